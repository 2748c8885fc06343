import fc from 'fast-check';
import { proposeAgenda, type AgendaCandidate } from './agenda-order.js';
import { conferenceMetrics } from './conference-metrics.js';
import { checkStage } from './tnm-stage.js';

const at = (day: number) => new Date(Date.UTC(2026, 10, day));

describe('proposeAgenda', () => {
  it('orders prospective cases first, then urgency, then waiting time, within capacity', () => {
    const agenda = proposeAgenda(
      [
        {
          id: 'retro-urgent',
          urgency: 'URGENT',
          treatmentStarted: true,
          submittedAt: at(1),
          minutes: 10,
        },
        {
          id: 'routine-old',
          urgency: 'ROUTINE',
          treatmentStarted: false,
          submittedAt: at(1),
          minutes: 10,
        },
        {
          id: 'routine-new',
          urgency: 'ROUTINE',
          treatmentStarted: false,
          submittedAt: at(5),
          minutes: 10,
        },
        { id: 'soon', urgency: 'SOON', treatmentStarted: false, submittedAt: at(9), minutes: 15 },
        {
          id: 'urgent-long',
          urgency: 'URGENT',
          treatmentStarted: false,
          submittedAt: at(9),
          minutes: 30,
        },
      ],
      60,
    );
    expect(agenda).toEqual({
      scheduled: ['urgent-long', 'soon', 'routine-old'],
      overflow: ['routine-new', 'retro-urgent'],
      minutesUsed: 55,
    });
  });

  const candidates = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      urgency: fc.constantFrom('URGENT' as const, 'SOON' as const, 'ROUTINE' as const),
      treatmentStarted: fc.boolean(),
      submittedAt: fc.date({ min: at(1), max: at(28), noInvalidDate: true }),
      minutes: fc.integer({ min: 5, max: 30 }),
    }),
    { selector: (c) => c.id, maxLength: 12 },
  );

  it('never exceeds capacity, loses no case, and ignores input order', () => {
    fc.assert(
      fc.property(
        candidates,
        fc.integer({ min: 0, max: 120 }),
        (list: AgendaCandidate[], capacity) => {
          const agenda = proposeAgenda(list, capacity);
          expect(agenda.minutesUsed).toBeLessThanOrEqual(capacity);
          expect([...agenda.scheduled, ...agenda.overflow].sort()).toEqual(
            list.map((c) => c.id).sort(),
          );
          expect(proposeAgenda([...list].reverse(), capacity)).toEqual(agenda);
          const started = new Map(list.map((c) => [c.id, c.treatmentStarted]));
          const firstRetro = agenda.scheduled.findIndex((id) => started.get(id));
          if (firstRetro >= 0)
            expect(agenda.scheduled.slice(firstRetro).every((id) => started.get(id))).toBe(true);
        },
      ),
    );
  });
});

describe('checkStage', () => {
  it('accepts consistent staging and names the field that is wrong', () => {
    expect(
      checkStage({ clinicalT: 'cT2', clinicalN: 'cN1', clinicalM: 'cM0', stageGroup: 'IIB' }),
    ).toBeNull();
    expect(checkStage({ clinicalM: 'cM1', stageGroup: 'IIB' })).toEqual({
      field: 'stageGroup',
      message: 'Distant metastasis (M1) means stage IV.',
    });
    expect(checkStage({ clinicalT: 'T9' })?.field).toBe('clinicalT');
    expect(checkStage({ stageGroup: 'V' })?.field).toBe('stageGroup');
    // Head and neck stage IVA without distant metastasis is real.
    expect(
      checkStage({ clinicalT: 'cT4a', clinicalN: 'cN2', clinicalM: 'cM0', stageGroup: 'IVA' }),
    ).toBeNull();
  });
});

describe('conferenceMetrics', () => {
  it('computes the CoC 2.5 figures of a known data set exactly', () => {
    const metrics = conferenceMetrics({
      conferences: [
        {
          id: 'c1',
          attendedSpecialties: [
            'BREAST_SURGEON',
            'MEDICAL_ONCOLOGIST',
            'RADIATION_ONCOLOGIST',
            'RADIOLOGIST',
            'PATHOLOGIST',
          ],
        },
        {
          id: 'c2',
          attendedSpecialties: ['UROLOGIC_ONCOLOGIST', 'MEDICAL_ONCOLOGIST', 'NURSE_NAVIGATOR'],
        },
      ],
      presented: [
        { conferenceId: 'c1', prospective: true, stageDocumented: true, trialDiscussed: true },
        { conferenceId: 'c1', prospective: true, stageDocumented: true, trialDiscussed: false },
        { conferenceId: 'c2', prospective: false, stageDocumented: false, trialDiscussed: false },
        { conferenceId: 'c2', prospective: true, stageDocumented: true, trialDiscussed: false },
      ],
      followUps: [
        { dueDate: '2026-11-10', doneOn: '2026-11-09' },
        { dueDate: '2026-11-10', doneOn: '2026-11-12' },
        { dueDate: '2026-11-15', doneOn: null },
        { dueDate: '2026-12-30', doneOn: null },
      ],
      asOf: '2026-11-24',
    });
    expect(metrics).toEqual({
      conferences: 2,
      casesPresented: 4,
      prospectiveShare: 0.75,
      stageDocumentedShare: 0.75,
      trialsDiscussedShare: 0.25,
      attendance: [
        { specialty: 'SURGERY', share: 1 },
        { specialty: 'MEDICAL_ONCOLOGY', share: 1 },
        { specialty: 'RADIATION_ONCOLOGY', share: 0.5 },
        { specialty: 'DIAGNOSTIC_RADIOLOGY', share: 0.5 },
        { specialty: 'PATHOLOGY', share: 0.5 },
      ],
      fullyAttendedConferences: 1,
      followUpsDue: 3,
      followUpsOnTime: 1,
      followUpsOnTimeShare: 1 / 3,
    });
  });

  it('has no shares, not zero shares, when nothing happened', () => {
    const empty = conferenceMetrics({
      conferences: [],
      presented: [],
      followUps: [],
      asOf: '2026-11-24',
    });
    expect(empty.prospectiveShare).toBeNull();
    expect(empty.followUpsOnTimeShare).toBeNull();
  });
});
