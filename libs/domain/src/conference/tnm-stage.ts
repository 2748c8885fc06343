import { parseStageGroup } from '../trials/stage-group.js';

export type StageProblem = {
  field: 'stageGroup' | 'clinicalM' | 'clinicalT' | 'clinicalN';
  message: string;
};

const T = /^c?T(X|is|0|[1-4][a-d]?)$/i;
const N = /^c?N(X|0|[1-3][a-c]?)$/i;
const M = /^c?M(0|1[a-c]?)$/i;

/**
 * Checks what holds across AJCC staging: well-formed categories, a known stage group, and M1
 * only with stage IV. Site-specific tables are not encoded here; the board reviews those.
 */
export function checkStage(input: {
  clinicalT?: string | null;
  clinicalN?: string | null;
  clinicalM?: string | null;
  stageGroup?: string | null;
}): StageProblem | null {
  if (input.clinicalT && !T.test(input.clinicalT))
    return { field: 'clinicalT', message: 'T category looks like cT2 or T1c.' };
  if (input.clinicalN && !N.test(input.clinicalN))
    return { field: 'clinicalN', message: 'N category looks like cN1 or N0.' };
  if (input.clinicalM && !M.test(input.clinicalM))
    return { field: 'clinicalM', message: 'M category is M0 or M1 (a-c).' };
  if (!input.stageGroup) return null;
  const stage = parseStageGroup(input.stageGroup);
  if (!stage) return { field: 'stageGroup', message: 'Stage group looks like IIB.' };
  // Stage IV without M1 exists (head and neck IVA, prostate IVA), so only this direction holds.
  if (input.clinicalM && /M1/i.test(input.clinicalM) && stage.major !== 4) {
    return { field: 'stageGroup', message: 'Distant metastasis (M1) means stage IV.' };
  }
  return null;
}
