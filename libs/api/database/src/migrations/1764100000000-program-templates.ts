import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The center's default pathways as this migration seeded them, copied here as data: a migration
 * is frozen, so a later change of the domain's templates never changes what it inserts.
 */
const SEEDED_TEMPLATES = [
  {
    program: 'BREAST',
    name: 'Breast cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: {
      windowStartMinute: 690,
      windowEndMinute: 810,
      durationMinutes: 30,
    },
    steps: [
      {
        key: 'NAVIGATOR_INTAKE',
        label: 'Nurse navigator intake',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'FIRST',
      },
      {
        key: 'DIAGNOSTIC_MAMMOGRAM',
        label: 'Diagnostic mammogram',
        specialty: 'RADIOLOGIST',
        durationMinutes: 25,
        required: false,
        after: [],
        position: null,
      },
      {
        key: 'IMAGING_REVIEW',
        label: 'Imaging review',
        specialty: 'RADIOLOGIST',
        durationMinutes: 25,
        required: true,
        after: ['DIAGNOSTIC_MAMMOGRAM'],
        position: null,
      },
      {
        key: 'BREAST_SURGERY',
        label: 'Breast surgeon consult',
        specialty: 'BREAST_SURGEON',
        durationMinutes: 40,
        required: true,
        after: ['IMAGING_REVIEW'],
        position: null,
      },
      {
        key: 'MEDICAL_ONCOLOGY',
        label: 'Medical oncology consult',
        specialty: 'MEDICAL_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: ['IMAGING_REVIEW'],
        position: null,
      },
      {
        key: 'RADIATION_ONCOLOGY',
        label: 'Radiation oncology consult',
        specialty: 'RADIATION_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: ['IMAGING_REVIEW'],
        position: null,
      },
      {
        key: 'GENETIC_COUNSELING',
        label: 'Genetic counseling',
        specialty: 'GENETIC_COUNSELOR',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'PLASTIC_SURGERY',
        label: 'Plastic surgery consult',
        specialty: 'PLASTIC_SURGEON',
        durationMinutes: 25,
        required: false,
        after: ['BREAST_SURGERY'],
        position: null,
      },
      {
        key: 'TRIAL_ELIGIBILITY_REVIEW',
        label: 'Clinical-trial eligibility review',
        specialty: 'RESEARCH_NURSE',
        durationMinutes: 25,
        required: true,
        after: ['BREAST_SURGERY', 'MEDICAL_ONCOLOGY', 'RADIATION_ONCOLOGY'],
        position: null,
      },
      {
        key: 'NAVIGATOR_WRAP_UP',
        label: 'Nurse navigator wrap-up',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'LAST',
      },
    ],
  },
  {
    program: 'PROSTATE',
    name: 'Prostate cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: {
      windowStartMinute: 690,
      windowEndMinute: 810,
      durationMinutes: 30,
    },
    steps: [
      {
        key: 'NAVIGATOR_INTAKE',
        label: 'Nurse navigator intake',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'FIRST',
      },
      {
        key: 'UROLOGIC_ONCOLOGY',
        label: 'Urologic oncology consult',
        specialty: 'UROLOGIC_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'RADIATION_ONCOLOGY',
        label: 'Radiation oncology consult',
        specialty: 'RADIATION_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'MEDICAL_ONCOLOGY',
        label: 'Medical oncology consult',
        specialty: 'MEDICAL_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'GENETIC_COUNSELING',
        label: 'Genetic counseling',
        specialty: 'GENETIC_COUNSELOR',
        durationMinutes: 40,
        required: false,
        after: [],
        position: null,
      },
      {
        key: 'TRIAL_ELIGIBILITY_REVIEW',
        label: 'Clinical-trial eligibility review',
        specialty: 'RESEARCH_NURSE',
        durationMinutes: 25,
        required: true,
        after: ['UROLOGIC_ONCOLOGY', 'MEDICAL_ONCOLOGY', 'RADIATION_ONCOLOGY'],
        position: null,
      },
      {
        key: 'NAVIGATOR_WRAP_UP',
        label: 'Nurse navigator wrap-up',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'LAST',
      },
    ],
  },
  {
    program: 'HEAD_AND_NECK',
    name: 'Head and neck cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: {
      windowStartMinute: 690,
      windowEndMinute: 810,
      durationMinutes: 30,
    },
    steps: [
      {
        key: 'NAVIGATOR_INTAKE',
        label: 'Nurse navigator intake',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'FIRST',
      },
      {
        key: 'HEAD_AND_NECK_SURGERY',
        label: 'Head and neck surgeon consult',
        specialty: 'HEAD_AND_NECK_SURGEON',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'RADIATION_ONCOLOGY',
        label: 'Radiation oncology consult',
        specialty: 'RADIATION_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'MEDICAL_ONCOLOGY',
        label: 'Medical oncology consult',
        specialty: 'MEDICAL_ONCOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'DENTAL_ONCOLOGY',
        label: 'Dental oncology exam',
        specialty: 'DENTAL_ONCOLOGIST',
        durationMinutes: 25,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'SPEECH_SWALLOW',
        label: 'Speech and swallowing evaluation',
        specialty: 'SPEECH_LANGUAGE_PATHOLOGIST',
        durationMinutes: 40,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'NUTRITION',
        label: 'Nutrition consult',
        specialty: 'DIETITIAN',
        durationMinutes: 25,
        required: true,
        after: [],
        position: null,
      },
      {
        key: 'TRIAL_ELIGIBILITY_REVIEW',
        label: 'Clinical-trial eligibility review',
        specialty: 'RESEARCH_NURSE',
        durationMinutes: 25,
        required: true,
        after: ['HEAD_AND_NECK_SURGERY', 'MEDICAL_ONCOLOGY', 'RADIATION_ONCOLOGY'],
        position: null,
      },
      {
        key: 'NAVIGATOR_WRAP_UP',
        label: 'Nurse navigator wrap-up',
        specialty: 'NURSE_NAVIGATOR',
        durationMinutes: 25,
        required: true,
        after: [],
        position: 'LAST',
      },
    ],
  },
];

/** Editable same-day pathways, seeded with the center's defaults; a clinic day's lunch break. */
export class ProgramTemplates1764100000000 implements MigrationInterface {
  name = 'ProgramTemplates1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_template (
        program text NOT NULL,
        name text NOT NULL,
        steps jsonb NOT NULL,
        changeover_minutes integer NOT NULL,
        max_wait_minutes integer NOT NULL,
        lunch jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid,
        CONSTRAINT program_template_pkey PRIMARY KEY (program),
        CONSTRAINT program_template_program_check CHECK (program IN ('BREAST','PROSTATE','HEAD_AND_NECK')),
        CONSTRAINT program_template_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
      )`);
    for (const t of SEEDED_TEMPLATES) {
      await q.query(
        `INSERT INTO program_template (program, name, steps, changeover_minutes, max_wait_minutes, lunch)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          t.program,
          t.name,
          JSON.stringify(t.steps),
          t.changeoverMinutes,
          t.maxWaitMinutes,
          JSON.stringify(t.lunch),
        ],
      );
    }
    await q.query(
      `ALTER TABLE clinic_day ADD COLUMN lunch_starts_at timestamptz, ADD COLUMN lunch_ends_at timestamptz`,
    );
    await q.query(`CREATE INDEX visit_starts_at_idx ON visit (starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_starts_at_idx`);
    await q.query(`ALTER TABLE clinic_day DROP COLUMN lunch_starts_at, DROP COLUMN lunch_ends_at`);
    await q.query(`DROP TABLE program_template`);
  }
}
