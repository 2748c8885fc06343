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
