import { hashPassword } from '@oneday/api-auth';
import {
  addLocalDays,
  atLocalTime,
  formatLocalDate,
  isoWeekday,
  localDateOf,
  mapCtgovStudy,
  parseClockTime,
  slotsFromWeeklyHours,
  type LocalDate,
} from '@oneday/domain';
import { readFileSync } from 'node:fs';
import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SITE_ID, demoId } from './demo-ids.js';
import { DEMO_PATIENTS, DEMO_ROOMS, DEMO_STAFF } from './demo-staff.js';
import { DEMO_TRIAL_CRITERIA } from './demo-trial-criteria.js';

const TIME_ZONE = 'America/Los_Angeles';
const SLOT_HORIZON_DAYS = 28;
const SESSIONS = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
] as const;

const roomId = (name: string) => demoId(2, DEMO_ROOMS.indexOf(name) + 1);
const specialistId = (index: number) => demoId(3, index + 1);
const patientId = (index: number) => demoId(4, index + 1);

async function insertMissing<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
}

/** The next weekday at least `after` days from today, in the site's calendar. */
function nextWeekday(today: LocalDate, after: number, weekday?: number): LocalDate {
  let day = addLocalDays(today, after);
  while (weekday ? isoWeekday(day) !== weekday : isoWeekday(day) > 5) day = addLocalDays(day, 1);
  return day;
}

/**
 * A demo center for trying the product: one site, staff for the three programs with four weeks
 * of slots, users for every role, patients, cases, a conference and real trials. Safe to run on
 * every start: fixed ids, and rows that exist are left alone.
 */
export async function seedDemoCenter(
  dataSource: DataSource,
  now: Date,
  trialFiles: string[],
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await insertMissing(manager, 'Site', [
      {
        id: DEMO_SITE_ID,
        name: 'OneDay Cancer Center, Mission Bay',
        timeZone: TIME_ZONE,
        address: '1600 Owens St, San Francisco, CA',
      },
    ]);
    await insertMissing(
      manager,
      'Room',
      DEMO_ROOMS.map((name) => ({ id: roomId(name), siteId: DEMO_SITE_ID, name })),
    );
    await insertMissing(
      manager,
      'Specialist',
      DEMO_STAFF.map((s, i) => ({
        id: specialistId(i),
        siteId: DEMO_SITE_ID,
        name: s.name,
        specialty: s.specialty,
        programs: s.programs,
        defaultRoomId: roomId(s.room),
      })),
    );
    const templates = DEMO_STAFF.flatMap((s, i) =>
      [1, 2, 3, 4, 5].flatMap((weekday) =>
        SESSIONS.map(([start, end], k) => ({
          id: demoId(5, i * 100 + weekday * 10 + k),
          specialistId: specialistId(i),
          siteId: DEMO_SITE_ID,
          roomId: roomId(s.room),
          isoWeekday: weekday,
          startMinute: parseClockTime(start),
          endMinute: parseClockTime(end),
          slotMinutes: s.slotMinutes,
        })),
      ),
    );
    await insertMissing(manager, 'AvailabilityTemplate', templates);

    const today = localDateOf(now, TIME_ZONE);
    const slots = DEMO_STAFF.flatMap((s, i) =>
      slotsFromWeeklyHours(
        templates.filter((t) => t.specialistId === specialistId(i)),
        today,
        SLOT_HORIZON_DAYS,
        TIME_ZONE,
      ).map((slot) => ({
        specialistId: specialistId(i),
        siteId: DEMO_SITE_ID,
        roomId: roomId(s.room),
        startsAt: slot.start,
        endsAt: slot.end,
        status: 'FREE' as const,
      })),
    );
    // Slots that already exist (same specialist, overlapping time) are skipped by the exclusion constraint.
    for (let i = 0; i < slots.length; i += 1000) {
      await insertMissing(manager, 'Slot', slots.slice(i, i + 1000));
    }

    await insertMissing(
      manager,
      'Patient',
      DEMO_PATIENTS.map((p, i) => ({
        id: patientId(i),
        ...p,
        needsInterpreter: p.needsInterpreter ?? false,
        needsMobilityAssistance: p.needsMobilityAssistance ?? false,
      })),
    );
    await insertMissing(
      manager,
      'User',
      DEMO_LOGINS.map((login, i) => ({
        id: demoId(6, i + 1),
        email: login.email,
        passwordHash,
        role: login.role,
        displayName: login.name,
        specialistId: login.role === 'PHYSICIAN' ? specialistId(0) : null,
        patientId: login.role === 'PATIENT' ? patientId(0) : null,
      })),
    );

    await seedCases(manager, today);
    await seedConference(manager, today);
    await seedClinicDay(manager, today);
    await seedTrials(manager, trialFiles);
    await manager.insert('AuditEvent', {
      actorId: null,
      actorRole: 'SYSTEM',
      action: 'SEED',
      entity: 'DemoCenter',
      entityId: DEMO_SITE_ID,
      outcome: 'ALLOWED',
    });
  });
}

/** The columns of a slot the demo day reads (the seed goes by table names, not entities). */
interface DemoSlot {
  id: string;
  specialistId: string;
  roomId: string;
  startsAt: Date;
  endsAt: Date;
}

async function seedCases(manager: EntityManager, today: LocalDate) {
  const observed = formatLocalDate(addLocalDays(today, -10));
  const rows: Record<string, unknown>[] = [
    {
      id: demoId(7, 1),
      patientId: patientId(0),
      submittedById: specialistId(0),
      program: 'BREAST',
      primarySite: 'Left breast, upper outer quadrant',
      histology: 'Invasive ductal carcinoma',
      clinicalT: 'cT2',
      clinicalN: 'cN1',
      clinicalM: 'cM0',
      stageGroup: 'IIB',
      biomarkers: {
        ER: { value: 'POSITIVE 90%', observedOn: observed },
        PR: { value: 'POSITIVE 40%', observedOn: observed },
        HER2: { value: 'NEGATIVE (IHC 1+)', observedOn: observed },
        'Ki-67': { value: '25%', observedOn: observed },
      },
      ecog: 0,
      question:
        'Neoadjuvant endocrine vs chemotherapy before surgery? Candidate for PALLAS-like trials?',
      findings: [
        {
          kind: 'IMAGING',
          name: 'Diagnostic mammogram',
          observedOn: observed,
          text: '2.8 cm spiculated mass, BI-RADS 5.',
        },
        {
          kind: 'PATHOLOGY',
          name: 'Core biopsy',
          observedOn: observed,
          text: 'IDC, grade 2. Axillary node FNA positive.',
        },
        { kind: 'LAB', name: 'Hemoglobin', value: '13.1', unit: 'g/dL', observedOn: observed },
      ],
      urgency: 'SOON',
      status: 'ON_AGENDA',
    },
    {
      id: demoId(7, 2),
      patientId: patientId(1),
      submittedById: specialistId(0),
      program: 'BREAST',
      primarySite: 'Right breast',
      histology: 'Invasive lobular carcinoma',
      clinicalT: 'cT1c',
      clinicalN: 'cN0',
      clinicalM: 'cM0',
      stageGroup: 'IA',
      biomarkers: {
        ER: { value: 'POSITIVE', observedOn: observed },
        HER2: { value: 'NEGATIVE', observedOn: observed },
      },
      ecog: 1,
      question:
        'Is MRI needed before breast-conserving surgery? Genetic testing given family history?',
      findings: [
        {
          kind: 'HISTORY',
          name: 'Family history',
          observedOn: observed,
          text: 'Mother and sister with breast cancer before 50.',
        },
      ],
      urgency: 'ROUTINE',
      status: 'ON_AGENDA',
    },
    {
      id: demoId(7, 3),
      patientId: patientId(3),
      submittedById: specialistId(2),
      program: 'PROSTATE',
      primarySite: 'Prostate',
      histology: 'Acinar adenocarcinoma',
      clinicalT: 'cT2b',
      clinicalN: 'cN0',
      clinicalM: 'cM0',
      stageGroup: 'IIB',
      biomarkers: {
        PSA: { value: '8.4 ng/mL', observedOn: observed },
        'Grade group': { value: '2', observedOn: observed },
      },
      ecog: 0,
      question: 'Active surveillance, prostatectomy or radiation for favorable intermediate risk?',
      findings: [
        {
          kind: 'IMAGING',
          name: 'Prostate MRI',
          observedOn: observed,
          text: 'PI-RADS 4 lesion, left peripheral zone.',
        },
      ],
      urgency: 'ROUTINE',
      status: 'SUBMITTED',
    },
    {
      id: demoId(7, 4),
      patientId: patientId(6),
      submittedById: specialistId(3),
      program: 'HEAD_AND_NECK',
      primarySite: 'Oropharynx, base of tongue',
      histology: 'Squamous cell carcinoma',
      clinicalT: 'cT2',
      clinicalN: 'cN1',
      clinicalM: 'cM0',
      stageGroup: 'I',
      biomarkers: { 'HPV/p16': { value: 'POSITIVE', observedOn: observed } },
      ecog: 1,
      question: 'Transoral robotic surgery vs definitive chemoradiation?',
      findings: [
        {
          kind: 'IMAGING',
          name: 'PET-CT',
          observedOn: observed,
          text: 'Avid base of tongue primary, single ipsilateral node.',
        },
      ],
      urgency: 'URGENT',
      status: 'SUBMITTED',
    },
  ];
  await insertMissing(manager, 'CancerCase', rows);
}

async function seedConference(manager: EntityManager, today: LocalDate) {
  const thursday = nextWeekday(today, 1, 4);
  const startsAt = atLocalTime(thursday, parseClockTime('07:30'), TIME_ZONE);
  await insertMissing(manager, 'Conference', [
    {
      id: demoId(8, 1),
      siteId: DEMO_SITE_ID,
      title: 'Breast Cancer Conference',
      program: 'BREAST',
      startsAt,
      capacityMinutes: 60,
    },
  ]);
  // ON CONFLICT cannot arbitrate the deferrable position constraint, so check first.
  if (await manager.existsBy('AgendaItem', { conferenceId: demoId(8, 1) })) return;
  await manager.insert('AgendaItem', [
    {
      id: demoId(9, 1),
      conferenceId: demoId(8, 1),
      caseId: demoId(7, 1),
      position: 1,
      presenterId: specialistId(0),
      minutes: 15,
      prospective: true,
    },
    {
      id: demoId(9, 2),
      conferenceId: demoId(8, 1),
      caseId: demoId(7, 2),
      position: 2,
      presenterId: specialistId(0),
      minutes: 10,
      prospective: true,
    },
  ]);
  await manager.update(
    'CancerCase',
    { id: In([demoId(7, 1), demoId(7, 2)]) },
    { firstOnAgendaAt: startsAt },
  );
}

/** Maria Alvarez's breast clinic day, so the patient login has a day to show. */
async function seedClinicDay(manager: EntityManager, today: LocalDate) {
  const clinicDayId = demoId(10, 1);
  if (await manager.existsBy('ClinicDay', { id: clinicDayId })) return;
  const day = nextWeekday(today, 3);
  const steps: [string, number][] = [
    ['NAVIGATOR_INTAKE', 11],
    ['IMAGING_REVIEW', 9],
    ['BREAST_SURGEON', 0],
    ['MEDICAL_ONCOLOGY', 4],
    ['RADIATION_ONCOLOGY', 6],
    ['GENETIC_COUNSELING', 8],
    ['TRIAL_ELIGIBILITY_REVIEW', 13],
    ['NAVIGATOR_WRAP_UP', 11],
  ];
  const { start: dayStart } = { start: atLocalTime(day, parseClockTime('08:00'), TIME_ZONE) };
  let earliest = dayStart;
  const visits: (Record<string, unknown> & { startsAt: Date; endsAt: Date })[] = [];
  for (const [step, staffIndex] of steps) {
    const slot = await manager
      .getRepository<DemoSlot>('Slot')
      .createQueryBuilder('s')
      .where('s.specialist_id = :sid AND s.status = :free AND s.starts_at >= :earliest', {
        sid: specialistId(staffIndex),
        free: 'FREE',
        earliest,
      })
      .orderBy('s.starts_at', 'ASC')
      .getOne();
    if (!slot || localDateOf(slot.startsAt, TIME_ZONE).day !== day.day) return;
    await manager.update('Slot', { id: slot.id }, { status: 'BOOKED' });
    visits.push({
      clinicDayId,
      patientId: patientId(0),
      step,
      specialty: DEMO_STAFF[staffIndex].specialty,
      specialistId: slot.specialistId,
      slotId: slot.id,
      roomId: slot.roomId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    });
    earliest = slot.endsAt;
  }
  // Lunch in the first midday gap of 45 minutes or more between her visits.
  const noon = atLocalTime(day, parseClockTime('11:00'), TIME_ZONE).getTime();
  const gap = visits.findIndex(
    (v, i) =>
      i + 1 < visits.length &&
      v.endsAt.getTime() >= noon &&
      visits[i + 1].startsAt.getTime() - v.endsAt.getTime() >= 45 * 60_000,
  );
  const lunchStartsAt = gap >= 0 ? visits[gap].endsAt : null;
  await manager.insert('ClinicDay', {
    id: clinicDayId,
    patientId: patientId(0),
    caseId: demoId(7, 1),
    siteId: DEMO_SITE_ID,
    program: 'BREAST',
    day: formatLocalDate(day),
    bookedById: demoId(6, 1),
    lunchStartsAt,
    lunchEndsAt: lunchStartsAt && new Date(lunchStartsAt.getTime() + 45 * 60_000),
  });
  await manager.insert('Visit', visits);
}

async function seedTrials(manager: EntityManager, files: string[]) {
  for (const [i, file] of files.entries()) {
    const mapped = mapCtgovStudy(JSON.parse(readFileSync(file, 'utf8')));
    if (!mapped.ok) continue;
    const { conditions: _conditions, ...trial } = mapped.trial;
    await insertMissing(manager, 'Trial', [
      {
        id: demoId(11, i + 1),
        ...trial,
        internal: i === 1,
        programs: ['BREAST'],
        siteIds: [DEMO_SITE_ID],
        criteria: (DEMO_TRIAL_CRITERIA[trial.nctId] ?? { programs: ['BREAST'] }) as Record<
          string,
          unknown
        >,
      },
    ]);
  }
}
