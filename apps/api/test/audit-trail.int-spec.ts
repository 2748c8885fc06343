import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { bookBestDay } from './book-best-day.js';
import { weekdayAhead } from './clinic-dates.js';
import { startTestApi, type TestApi } from './test-api.js';

interface Event {
  email: string | null;
  action: string;
  entity: string;
  outcome: string;
  n: number;
}

/**
 * A scripted morning: every read and change of patient data it makes leaves exactly the audit
 * events listed here, the refused ones included.
 */
describe('the audit trail of a scripted session', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('records every PHI read and change, by whom and with what outcome', async () => {
    const [{ since }] = await api.dataSource.query('SELECT clock_timestamp() AS since');
    const coordinator = await api.loginAs('coordinator@oneday.test');
    const physician = await api.loginAs('physician@oneday.test');
    const patient = await api.loginAs('patient@oneday.test');
    const aisha = demoId(4, 3);
    const date = weekdayAhead(9);

    await api.gql('{ patients(search: "Aisha") { id } }', {}, coordinator);
    await api.gql('query($id: ID!) { patient(id: $id) { id } }', { id: aisha }, coordinator);
    await bookBestDay(api, coordinator, aisha, date, 'audit-trail-0001');
    await api.gql(
      'query($s: ID!, $d: String!) { daySchedule(siteId: $s, date: $d) { date } }',
      { s: DEMO_SITE_ID, d: date },
      coordinator,
    );
    await api.gql('{ pendingTrialReviews { clinicDayId } }', {}, coordinator);

    await api.gql('{ cases { id } }', {}, physician);
    await api.gql(
      'query($id: ID!) { trialMatches(caseId: $id) { rank } }',
      { id: demoId(7, 1) },
      physician,
    );
    await api.gql('{ overdueFollowUps { id } }', {}, physician);

    expect((await api.gql('{ myItinerary { id } }', {}, patient)).errors).toBeUndefined();
    const refused = await api.gql(
      'query($id: ID!) { patient(id: $id) { id } }',
      { id: aisha },
      patient,
    );
    expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    const events: Event[] = await api.dataSource.query(
      `SELECT u.email, e.action, e.entity, e.outcome, count(*)::int AS n
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.occurred_at >= $1
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [since],
    );
    expect(events).toEqual([
      {
        email: 'coordinator@oneday.test',
        action: 'BOOK',
        entity: 'ClinicDay',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'LOGIN',
        entity: 'User',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'READ',
        entity: 'ClinicDay',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'READ',
        entity: 'DaySchedule',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'READ',
        entity: 'Patient',
        outcome: 'ALLOWED',
        n: 2,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'SEARCH',
        entity: 'ClinicDay',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'coordinator@oneday.test',
        action: 'SEARCH',
        entity: 'Patient',
        outcome: 'ALLOWED',
        n: 1,
      },
      { email: 'patient@oneday.test', action: 'LOGIN', entity: 'User', outcome: 'ALLOWED', n: 1 },
      {
        email: 'patient@oneday.test',
        action: 'READ',
        entity: 'Itinerary',
        outcome: 'ALLOWED',
        n: 1,
      },
      { email: 'patient@oneday.test', action: 'READ', entity: 'Patient', outcome: 'DENIED', n: 1 },
      { email: 'physician@oneday.test', action: 'LOGIN', entity: 'User', outcome: 'ALLOWED', n: 1 },
      { email: 'physician@oneday.test', action: 'READ', entity: 'Case', outcome: 'ALLOWED', n: 1 },
      {
        email: 'physician@oneday.test',
        action: 'SEARCH',
        entity: 'Case',
        outcome: 'ALLOWED',
        n: 1,
      },
      {
        email: 'physician@oneday.test',
        action: 'SEARCH',
        entity: 'FollowUp',
        outcome: 'ALLOWED',
        n: 1,
      },
    ]);
  });
});
