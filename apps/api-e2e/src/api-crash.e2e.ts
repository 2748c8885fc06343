import { demoCenter, runBookingClients, weekdaysAhead } from './support/booking-clients.js';
import { integrityProblems, NO_PROBLEMS } from './support/integrity.js';
import { twoApiProcessesOnOneDatabase } from './support/two-api-processes.js';

describe('an api process killed in the middle of bookings', () => {
  const setup = twoApiProcessesOnOneDatabase();

  it('leaves no partial clinic day, and the other instance keeps booking', async () => {
    const [doomed, survivor] = setup.apis;
    const token = await survivor.login('coordinator@oneday.test');
    const { siteId, patientIds } = await demoCenter(survivor, token);
    const dates = weekdaysAhead(3, 6);
    const start = Date.now();
    let killedAt = Infinity;
    // SIGKILL: no shutdown hook runs, open transactions die with their connections.
    const kill = setTimeout(() => {
      killedAt = Date.now();
      doomed.process.kill('SIGKILL');
    }, 4000);
    const tally = await runBookingClients({
      apis: setup.apis,
      token,
      siteId,
      patientIds,
      dates,
      clients: 8,
      until: () => Date.now() - start > 10_000,
    });
    clearTimeout(kill);

    expect(doomed.process.signalCode).toBe('SIGKILL');
    expect(tally.unexpected).toEqual([]);
    // Requests to the killed instance went unanswered; the survivor kept booking afterwards.
    expect(tally.unanswered).toBeGreaterThan(0);
    expect(tally.booked.filter((day) => day.at > killedAt).length).toBeGreaterThan(0);
    expect(await integrityProblems(setup.db)).toEqual(NO_PROBLEMS);
    expect((await fetch(`${survivor.base}/ready`)).status).toBe(200);
  });
});
