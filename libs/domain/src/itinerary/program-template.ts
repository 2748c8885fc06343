import type { ClinicProgram, Specialty } from '../clinic/specialty.js';

/** A step that must open or close the day. */
export const STEP_POSITIONS = ['FIRST', 'LAST'] as const;
export type StepPosition = (typeof STEP_POSITIONS)[number];

/** One step of a same-day clinic pathway. */
export interface ProgramStep {
  key: string;
  label: string;
  specialty: Specialty;
  durationMinutes: number;
  required: boolean;
  /** Steps that must come earlier in the day, when they are part of it. */
  after: string[];
  position: StepPosition | null;
}

export interface LunchRule {
  /** Minutes after local midnight. */
  windowStartMinute: number;
  windowEndMinute: number;
  durationMinutes: number;
}

export interface ProgramTemplate {
  program: ClinicProgram;
  name: string;
  steps: ProgramStep[];
  /** Walking time when consecutive visits are in different rooms. */
  changeoverMinutes: number;
  /** The longest a patient should wait between two visits (lunch aside). */
  maxWaitMinutes: number;
  lunch: LunchRule | null;
}

const step = (
  key: string,
  label: string,
  specialty: Specialty,
  durationMinutes: number,
  options: Partial<Pick<ProgramStep, 'required' | 'after' | 'position'>> = {},
): ProgramStep => ({
  key,
  label,
  specialty,
  durationMinutes,
  required: options.required ?? true,
  after: options.after ?? [],
  position: options.position ?? null,
});

const LUNCH: LunchRule = {
  windowStartMinute: 11 * 60 + 30,
  windowEndMinute: 13 * 60 + 30,
  durationMinutes: 30,
};
const ONCOLOGY_CONSULTS = ['MEDICAL_ONCOLOGY', 'RADIATION_ONCOLOGY'];

/**
 * The center's default pathways; coordinators can edit them. Durations leave five minutes of a
 * slot for walking to the next room, so consecutive slots can be used back to back.
 */
export const DEFAULT_PROGRAM_TEMPLATES: ProgramTemplate[] = [
  {
    program: 'BREAST',
    name: 'Breast cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: LUNCH,
    steps: [
      step('NAVIGATOR_INTAKE', 'Nurse navigator intake', 'NURSE_NAVIGATOR', 25, {
        position: 'FIRST',
      }),
      step('DIAGNOSTIC_MAMMOGRAM', 'Diagnostic mammogram', 'RADIOLOGIST', 25, { required: false }),
      step('IMAGING_REVIEW', 'Imaging review', 'RADIOLOGIST', 25, {
        after: ['DIAGNOSTIC_MAMMOGRAM'],
      }),
      step('BREAST_SURGERY', 'Breast surgeon consult', 'BREAST_SURGEON', 40, {
        after: ['IMAGING_REVIEW'],
      }),
      step('MEDICAL_ONCOLOGY', 'Medical oncology consult', 'MEDICAL_ONCOLOGIST', 40, {
        after: ['IMAGING_REVIEW'],
      }),
      step('RADIATION_ONCOLOGY', 'Radiation oncology consult', 'RADIATION_ONCOLOGIST', 40, {
        after: ['IMAGING_REVIEW'],
      }),
      step('GENETIC_COUNSELING', 'Genetic counseling', 'GENETIC_COUNSELOR', 40),
      step('PLASTIC_SURGERY', 'Plastic surgery consult', 'PLASTIC_SURGEON', 25, {
        required: false,
        after: ['BREAST_SURGERY'],
      }),
      step('TRIAL_ELIGIBILITY_REVIEW', 'Clinical-trial eligibility review', 'RESEARCH_NURSE', 25, {
        after: ['BREAST_SURGERY', ...ONCOLOGY_CONSULTS],
      }),
      step('NAVIGATOR_WRAP_UP', 'Nurse navigator wrap-up', 'NURSE_NAVIGATOR', 25, {
        position: 'LAST',
      }),
    ],
  },
  {
    program: 'PROSTATE',
    name: 'Prostate cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: LUNCH,
    steps: [
      step('NAVIGATOR_INTAKE', 'Nurse navigator intake', 'NURSE_NAVIGATOR', 25, {
        position: 'FIRST',
      }),
      step('UROLOGIC_ONCOLOGY', 'Urologic oncology consult', 'UROLOGIC_ONCOLOGIST', 40),
      step('RADIATION_ONCOLOGY', 'Radiation oncology consult', 'RADIATION_ONCOLOGIST', 40),
      step('MEDICAL_ONCOLOGY', 'Medical oncology consult', 'MEDICAL_ONCOLOGIST', 40),
      step('GENETIC_COUNSELING', 'Genetic counseling', 'GENETIC_COUNSELOR', 40, {
        required: false,
      }),
      step('TRIAL_ELIGIBILITY_REVIEW', 'Clinical-trial eligibility review', 'RESEARCH_NURSE', 25, {
        after: ['UROLOGIC_ONCOLOGY', ...ONCOLOGY_CONSULTS],
      }),
      step('NAVIGATOR_WRAP_UP', 'Nurse navigator wrap-up', 'NURSE_NAVIGATOR', 25, {
        position: 'LAST',
      }),
    ],
  },
  {
    program: 'HEAD_AND_NECK',
    name: 'Head and neck cancer same-day clinic',
    changeoverMinutes: 5,
    maxWaitMinutes: 60,
    lunch: LUNCH,
    steps: [
      step('NAVIGATOR_INTAKE', 'Nurse navigator intake', 'NURSE_NAVIGATOR', 25, {
        position: 'FIRST',
      }),
      step('HEAD_AND_NECK_SURGERY', 'Head and neck surgeon consult', 'HEAD_AND_NECK_SURGEON', 40),
      step('RADIATION_ONCOLOGY', 'Radiation oncology consult', 'RADIATION_ONCOLOGIST', 40),
      step('MEDICAL_ONCOLOGY', 'Medical oncology consult', 'MEDICAL_ONCOLOGIST', 40),
      step('DENTAL_ONCOLOGY', 'Dental oncology exam', 'DENTAL_ONCOLOGIST', 25),
      step('SPEECH_SWALLOW', 'Speech and swallowing evaluation', 'SPEECH_LANGUAGE_PATHOLOGIST', 40),
      step('NUTRITION', 'Nutrition consult', 'DIETITIAN', 25),
      step('TRIAL_ELIGIBILITY_REVIEW', 'Clinical-trial eligibility review', 'RESEARCH_NURSE', 25, {
        after: ['HEAD_AND_NECK_SURGERY', ...ONCOLOGY_CONSULTS],
      }),
      step('NAVIGATOR_WRAP_UP', 'Nurse navigator wrap-up', 'NURSE_NAVIGATOR', 25, {
        position: 'LAST',
      }),
    ],
  },
];

export type TemplateProblem = { field: string; message: string };

/**
 * Checks an edited template: known step keys in `after`, no cycles, one FIRST and one LAST at
 * most, a trial eligibility review always present and required (the mission says so).
 */
export function validateTemplate(template: ProgramTemplate): TemplateProblem | null {
  const keys = new Set<string>();
  for (const [i, s] of template.steps.entries()) {
    if (!/^[A-Z][A-Z0-9_]{1,48}$/.test(s.key))
      return { field: `steps.${i}.key`, message: 'Step keys are UPPER_SNAKE_CASE.' };
    if (keys.has(s.key))
      return { field: `steps.${i}.key`, message: `Step ${s.key} appears twice.` };
    if (s.durationMinutes < 5 || s.durationMinutes > 240) {
      return { field: `steps.${i}.durationMinutes`, message: 'A step lasts 5 to 240 minutes.' };
    }
    keys.add(s.key);
  }
  for (const [i, s] of template.steps.entries()) {
    const unknown = s.after.find((k) => !keys.has(k) || k === s.key);
    if (unknown)
      return { field: `steps.${i}.after`, message: `${s.key} cannot come after ${unknown}.` };
  }
  if (template.steps.filter((s) => s.position === 'FIRST').length > 1) {
    return { field: 'steps', message: 'Only one step can be first.' };
  }
  if (template.steps.filter((s) => s.position === 'LAST').length > 1) {
    return { field: 'steps', message: 'Only one step can be last.' };
  }
  const trial = template.steps.find((s) => s.specialty === 'RESEARCH_NURSE');
  if (!trial?.required) {
    return {
      field: 'steps',
      message: 'Every clinic day includes a required clinical-trial eligibility review.',
    };
  }
  if (hasCycle(template.steps))
    return { field: 'steps', message: 'The order rules go round in a circle.' };
  if (template.changeoverMinutes < 0 || template.changeoverMinutes > 60) {
    return { field: 'changeoverMinutes', message: 'Changeover is 0 to 60 minutes.' };
  }
  if (template.maxWaitMinutes < 0 || template.maxWaitMinutes > 480) {
    return { field: 'maxWaitMinutes', message: 'The longest wait is 0 to 480 minutes.' };
  }
  return null;
}

function hasCycle(steps: ProgramStep[]): boolean {
  const after = new Map(steps.map((s) => [s.key, s.after]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string): boolean => {
    if (state.get(key) === 'done') return false;
    if (state.get(key) === 'visiting') return true;
    state.set(key, 'visiting');
    const cyclic = (after.get(key) ?? []).some(visit);
    state.set(key, 'done');
    return cyclic;
  };
  return steps.some((s) => visit(s.key));
}
