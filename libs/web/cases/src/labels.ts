export const PROGRAM_NAMES: Record<string, string> = {
  BREAST: 'Breast',
  PROSTATE: 'Prostate',
  HEAD_AND_NECK: 'Head and neck',
  OTHER: 'Other',
};

export const CASE_STATUS_NAMES: Record<string, string> = {
  SUBMITTED: 'Submitted',
  ON_AGENDA: 'On agenda',
  DISCUSSED: 'Discussed',
  WITHDRAWN: 'Withdrawn',
};

export const stageOf = (c: {
  clinicalT?: string | null;
  clinicalN?: string | null;
  clinicalM?: string | null;
  stageGroup?: string | null;
}) =>
  [
    [c.clinicalT, c.clinicalN, c.clinicalM].filter(Boolean).join(' '),
    c.stageGroup && `stage ${c.stageGroup}`,
  ]
    .filter(Boolean)
    .join(', ') || 'Not staged';
