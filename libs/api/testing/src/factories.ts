import {
  addLocalDays,
  atLocalTime,
  formatLocalDate,
  localDateOf,
  type Actor,
  type Role,
  type Specialty,
} from '@oneday/domain';
import type { DataSource } from 'typeorm';

export interface SiteRow {
  id: string;
  name: string;
  timeZone: string;
}
export interface BreastDay {
  site: SiteRow;
  /** yyyy-MM-dd in the site's zone, a week from today. */
  date: string;
  /** The specialist serving each specialty of the breast program. */
  specialists: Map<Specialty, string>;
  slotIds: string[];
}
export type TestActor = Actor & { email: string };

const PROGRAM_STEP_HOURS = { first: 8 * 60, last: 17 * 60 };

/**
 * Minimal rows inserted with SQL, readable defaults, overrides for what a test is about. Every
 * name is unique per call, so tests share nothing and depend on no seed and no order.
 */
export function factories(dataSource: DataSource) {
  let counter = 0;
  const next = () => ++counter;
  const insert = async (sql: string, parameters: unknown[]): Promise<string> => {
    const rows: { id: string }[] = await dataSource.query(`${sql} RETURNING id`, parameters);
    return rows[0].id;
  };

  const aSite = async (o: { name?: string; timeZone?: string } = {}): Promise<SiteRow> => {
    const site = {
      name: o.name ?? `Site ${next()}`,
      timeZone: o.timeZone ?? 'America/Los_Angeles',
    };
    const id = await insert(
      `INSERT INTO site (name, time_zone, address) VALUES ($1, $2, '1 Test Street')`,
      [site.name, site.timeZone],
    );
    return { id, ...site };
  };

  const aRoom = async (o: { siteId: string; name?: string }): Promise<string> =>
    insert(`INSERT INTO room (site_id, name) VALUES ($1, $2)`, [
      o.siteId,
      o.name ?? `Room ${next()}`,
    ]);

  const aSpecialist = async (
    o: {
      siteId?: string;
      specialty?: Specialty;
      programs?: string[];
      name?: string;
      roomId?: string | null;
    } = {},
  ): Promise<string> => {
    const siteId = o.siteId ?? (await aSite()).id;
    return insert(
      `INSERT INTO specialist (site_id, name, specialty, programs, default_room_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        siteId,
        o.name ?? `Dr. Test ${next()}`,
        o.specialty ?? 'BREAST_SURGEON',
        o.programs ?? ['BREAST'],
        o.roomId ?? null,
      ],
    );
  };

  const aPatient = async (
    o: {
      mrn?: string;
      givenName?: string;
      familyName?: string;
      birthDate?: string;
      sex?: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
      language?: string;
      needs?: { interpreter?: boolean; mobilityAssistance?: boolean; transport?: boolean };
    } = {},
  ): Promise<string> => {
    const n = next();
    return insert(
      `INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, language,
         needs_interpreter, needs_mobility_assistance, needs_transport)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        o.mrn ?? `TEST-${n}-${Math.random().toString(36).slice(2, 8)}`,
        o.givenName ?? 'Pat',
        o.familyName ?? `Tester${n}`,
        o.birthDate ?? '1970-05-17',
        o.sex ?? 'FEMALE',
        o.language ?? 'en',
        o.needs?.interpreter ?? false,
        o.needs?.mobilityAssistance ?? false,
        o.needs?.transport ?? false,
      ],
    );
  };

  /** A signed-up user as the services see them; a physician gets a specialist, a patient a record. */
  const anActor = async (
    role: Role,
    o: { email?: string; passwordHash?: string; specialistId?: string; patientId?: string } = {},
  ): Promise<TestActor> => {
    const specialistId = o.specialistId ?? (role === 'PHYSICIAN' ? await aSpecialist() : null);
    const patientId = o.patientId ?? (role === 'PATIENT' ? await aPatient() : null);
    const email = o.email ?? `${role.toLowerCase()}-${next()}-${Date.now()}@oneday.test`;
    const userId = await insert(
      `INSERT INTO app_user (email, password_hash, role, display_name, specialist_id, patient_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [email, o.passwordHash ?? 'no-password', role, `Test ${role}`, specialistId, patientId],
    );
    return { userId, role, specialistId, patientId, email };
  };

  const aCase = async (o: {
    patientId: string;
    submittedById: string;
    program?: 'BREAST' | 'PROSTATE' | 'HEAD_AND_NECK' | 'OTHER';
    status?: 'SUBMITTED' | 'ON_AGENDA' | 'DISCUSSED' | 'WITHDRAWN';
    question?: string;
  }): Promise<string> =>
    insert(
      `INSERT INTO cancer_case (patient_id, submitted_by_id, program, primary_site, histology,
         clinical_t, clinical_n, clinical_m, stage_group, question, status)
       VALUES ($1, $2, $3, 'Left breast', 'Invasive ductal carcinoma', 'T2', 'N0', 'M0', 'IIA', $4, $5)`,
      [
        o.patientId,
        o.submittedById,
        o.program ?? 'BREAST',
        o.question ?? 'Neoadjuvant therapy or surgery first?',
        o.status ?? 'SUBMITTED',
      ],
    );

  const aSlot = async (o: {
    specialistId: string;
    siteId: string;
    roomId: string;
    startsAt: Date;
    minutes: number;
    status?: 'FREE' | 'BOOKED' | 'BLOCKED';
  }): Promise<string> =>
    insert(
      `INSERT INTO slot (specialist_id, site_id, room_id, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        o.specialistId,
        o.siteId,
        o.roomId,
        o.startsAt,
        new Date(o.startsAt.getTime() + o.minutes * 60_000),
        o.status ?? 'FREE',
      ],
    );

  /**
   * A site with one specialist (and room) for every specialty of the breast program, each with
   * free back-to-back slots from 08:00 to 17:00 on one date, long enough for the longest step:
   * the planner finds options on it and booking can take them.
   */
  const aBreastDay = async (o: { site?: SiteRow; daysAhead?: number } = {}): Promise<BreastDay> => {
    const site = o.site ?? (await aSite());
    const [template]: { steps: { specialty: Specialty; durationMinutes: number }[] }[] =
      await dataSource.query(`SELECT steps FROM program_template WHERE program = 'BREAST'`);
    const minutes = Math.max(...template.steps.map((s) => s.durationMinutes));
    const date = addLocalDays(localDateOf(new Date(), site.timeZone), o.daysAhead ?? 7);
    const specialists = new Map<Specialty, string>();
    const slotIds: string[] = [];
    for (const specialty of new Set(template.steps.map((s) => s.specialty))) {
      const roomId = await aRoom({ siteId: site.id });
      const specialistId = await aSpecialist({ siteId: site.id, specialty, roomId });
      specialists.set(specialty, specialistId);
      for (let m = PROGRAM_STEP_HOURS.first; m + minutes <= PROGRAM_STEP_HOURS.last; m += minutes) {
        slotIds.push(
          await aSlot({
            specialistId,
            siteId: site.id,
            roomId,
            startsAt: atLocalTime(date, m, site.timeZone),
            minutes,
          }),
        );
      }
    }
    return { site, date: formatLocalDate(date), specialists, slotIds };
  };

  /** A registry trial with only what its table requires (import real records through the trials service). */
  const aTrial = async (
    o: { nctId?: string; title?: string; programs?: string[]; overallStatus?: string } = {},
  ): Promise<string> =>
    insert(
      `INSERT INTO trial (nct_id, title, overall_status, sponsor, programs) VALUES ($1, $2, $3, 'Test Sponsor', $4)`,
      [
        o.nctId ?? `NCT9${String(next()).padStart(7, '0')}`,
        o.title ?? 'A test trial',
        o.overallStatus ?? 'RECRUITING',
        o.programs ?? ['BREAST'],
      ],
    );

  /** How many rows a table holds, to show that a refused change wrote nothing. */
  const count = async (table: string, where = 'true', parameters: unknown[] = []) => {
    const [row]: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
      parameters,
    );
    return row.n;
  };

  return {
    aSite,
    aRoom,
    aSpecialist,
    aPatient,
    anActor,
    aCase,
    aSlot,
    aBreastDay,
    aTrial,
    count,
  };
}

export type Factories = ReturnType<typeof factories>;
