import { stageInRange } from './stage-group.js';
import type { CaseFacts, TrialFacts } from './trial-criteria.js';

/** One criterion against a case: missing or stale data is UNKNOWN, never NOT_MET. */
export const CRITERION_STATUSES = ['MET', 'NOT_MET', 'UNKNOWN'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** A case against a whole trial. */
export const ELIGIBILITIES = ['ELIGIBLE', 'POSSIBLY_ELIGIBLE', 'NOT_ELIGIBLE'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

export interface CriterionResult {
  criterion: string;
  /** What the trial asks, in words. */
  requirement: string;
  status: CriterionStatus;
  /** The case's value that decided it, or why it is unknown. */
  value: string | null;
  observedOn: string | null;
}

export interface TrialEvaluation {
  trialId: string;
  overall: Eligibility;
  criteria: CriterionResult[];
}

export interface EvaluationSettings {
  /** A biomarker or lab older than this counts as UNKNOWN, not MET. */
  maxDataAgeDays: number;
}

export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = { maxDataAgeDays: 180 };

const DAY = 86_400_000;
const words = (text: string) => text.toLowerCase();

function ageOn(birthDate: string, asOf: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = asOf.getUTCFullYear() - y;
  if (asOf.getUTCMonth() + 1 < m || (asOf.getUTCMonth() + 1 === m && asOf.getUTCDate() < d)) age--;
  return age;
}

const firstNumber = (text: string): number | null => {
  const match = /-?\d+(\.\d+)?/.exec(text);
  return match ? Number(match[0]) : null;
};

/**
 * Evaluates one case against one trial. Missing or stale data is UNKNOWN, never NOT_MET: only
 * a value that contradicts the rule excludes the patient. Overall: any NOT_MET -> NOT_ELIGIBLE;
 * otherwise any UNKNOWN -> POSSIBLY_ELIGIBLE; otherwise ELIGIBLE.
 */
export function evaluateTrial(
  facts: CaseFacts,
  trial: TrialFacts,
  asOf: Date,
  settings: EvaluationSettings = DEFAULT_EVALUATION_SETTINGS,
): TrialEvaluation {
  const results: CriterionResult[] = [];
  const c = trial.criteria;
  const add = (
    criterion: string,
    requirement: string,
    status: CriterionStatus,
    value: string | null,
    observedOn: string | null = null,
  ) => results.push({ criterion, requirement, status, value, observedOn });

  /** A dated value, or the reason it cannot be used. */
  const marker = (name: string): { value: string; observedOn: string } | { missing: string } => {
    const key = Object.keys(facts.biomarkers).find((k) => k.toLowerCase() === name.toLowerCase());
    const found = key ? facts.biomarkers[key] : undefined;
    if (!found) return { missing: 'not recorded' };
    const age = (asOf.getTime() - Date.parse(`${found.observedOn}T00:00:00Z`)) / DAY;
    if (!(age <= settings.maxDataAgeDays))
      return {
        missing: `${found.value} from ${found.observedOn} is older than ${settings.maxDataAgeDays} days`,
      };
    return found;
  };

  if (c.programs?.length) {
    add(
      'PROGRAM',
      `program ${c.programs.join(' or ')}`,
      c.programs.includes(facts.program) ? 'MET' : 'NOT_MET',
      facts.program,
    );
  }
  if (c.primarySites?.length) {
    const site = facts.primarySite.trim();
    add(
      'PRIMARY_SITE',
      `primary site: ${c.primarySites.join(' or ')}`,
      !site
        ? 'UNKNOWN'
        : c.primarySites.some((w) => words(site).includes(words(w)))
          ? 'MET'
          : 'NOT_MET',
      site || null,
    );
  }
  if (c.histologies?.length) {
    const histology = facts.histology.trim();
    add(
      'HISTOLOGY',
      `histology: ${c.histologies.join(' or ')}`,
      !histology
        ? 'UNKNOWN'
        : c.histologies.some((w) => words(histology).includes(words(w)))
          ? 'MET'
          : 'NOT_MET',
      histology || null,
    );
  }
  if (c.stageRange && (c.stageRange.min || c.stageRange.max)) {
    const { min, max } = c.stageRange;
    const requirement =
      min && min === max ? `stage ${min}` : `stage ${min ?? '0'} to ${max ?? 'IV'}`;
    const inRange = facts.stageGroup
      ? stageInRange(facts.stageGroup, c.stageRange.min, c.stageRange.max)
      : null;
    add(
      'STAGE',
      requirement,
      inRange === null ? 'UNKNOWN' : inRange ? 'MET' : 'NOT_MET',
      facts.stageGroup,
    );
  }
  for (const rule of c.biomarkers ?? []) {
    const found = marker(rule.name);
    const requirement = `${rule.name} ${rule.equals.toLowerCase()}`;
    if ('missing' in found)
      add(`BIOMARKER_${rule.name.toUpperCase()}`, requirement, 'UNKNOWN', found.missing);
    else {
      const positive = /\bpos/i.test(found.value);
      const negative = /\bneg/i.test(found.value);
      const wanted = rule.equals.toUpperCase();
      const status =
        wanted === 'POSITIVE'
          ? positive
            ? 'MET'
            : negative
              ? 'NOT_MET'
              : 'UNKNOWN'
          : wanted === 'NEGATIVE'
            ? negative
              ? 'MET'
              : positive
                ? 'NOT_MET'
                : 'UNKNOWN'
            : words(found.value).includes(words(rule.equals))
              ? 'MET'
              : 'NOT_MET';
      add(
        `BIOMARKER_${rule.name.toUpperCase()}`,
        requirement,
        status,
        found.value,
        found.observedOn,
      );
    }
  }
  const numeric = (
    criterion: string,
    name: string,
    range: { min?: number; max?: number } | undefined,
    unit: string,
  ): void => {
    if (!range || (range.min === undefined && range.max === undefined)) return;
    const requirement = `${name} ${range.min ?? '…'} to ${range.max ?? '…'}${unit}`;
    const found = marker(name);
    if ('missing' in found) {
      add(criterion, requirement, 'UNKNOWN', found.missing);
      return;
    }
    const value = firstNumber(found.value);
    if (value === null) {
      add(criterion, requirement, 'UNKNOWN', found.value, found.observedOn);
      return;
    }
    const ok =
      (range.min === undefined || value >= range.min) &&
      (range.max === undefined || value <= range.max);
    add(criterion, requirement, ok ? 'MET' : 'NOT_MET', found.value, found.observedOn);
  };
  numeric('PSA', 'PSA', c.psaRange, ' ng/mL');
  numeric('GRADE_GROUP', 'Grade group', c.gradeGroupRange, '');

  if (trial.minimumAgeYears !== null || trial.maximumAgeYears !== null) {
    const requirement = `age ${trial.minimumAgeYears ?? 0}${trial.maximumAgeYears === null ? '+' : ` to ${trial.maximumAgeYears}`}`;
    if (!facts.birthDate) add('AGE', requirement, 'UNKNOWN', 'birth date not recorded');
    else {
      const age = ageOn(facts.birthDate, asOf);
      const ok =
        (trial.minimumAgeYears === null || age >= trial.minimumAgeYears) &&
        (trial.maximumAgeYears === null || age <= trial.maximumAgeYears);
      add('AGE', requirement, ok ? 'MET' : 'NOT_MET', `${age}`);
    }
  }
  if (trial.sex !== 'ALL') {
    const known = facts.sex === 'FEMALE' || facts.sex === 'MALE';
    add(
      'SEX',
      `sex ${trial.sex.toLowerCase()}`,
      !known ? 'UNKNOWN' : facts.sex === trial.sex ? 'MET' : 'NOT_MET',
      facts.sex,
    );
  }
  if (c.ecogMax !== undefined) {
    add(
      'ECOG',
      `ECOG ${c.ecogMax} or better`,
      facts.ecog === null ? 'UNKNOWN' : facts.ecog <= c.ecogMax ? 'MET' : 'NOT_MET',
      facts.ecog === null ? null : String(facts.ecog),
    );
  }
  const therapy = facts.priorTherapy.map(words);
  for (const required of c.priorTherapyRequired ?? []) {
    add(
      `PRIOR_${required.toUpperCase()}`,
      `prior ${required}`,
      therapy.some((t) => t.includes(words(required)))
        ? 'MET'
        : therapy.length
          ? 'NOT_MET'
          : 'UNKNOWN',
      facts.priorTherapy.join(', ') || null,
    );
  }
  for (const excluded of c.priorTherapyExcluded ?? []) {
    // No recorded therapy is not proof of none: unknown until the history says so.
    add(
      `NO_PRIOR_${excluded.toUpperCase()}`,
      `no prior ${excluded}`,
      therapy.some((t) => t.includes(words(excluded)))
        ? 'NOT_MET'
        : therapy.length
          ? 'MET'
          : 'UNKNOWN',
      facts.priorTherapy.join(', ') || null,
    );
  }
  for (const variant of c.variants ?? []) {
    const found = marker(variant.gene);
    const requirement = `${variant.gene} ${variant.variantClass.toLowerCase()} variant`;
    if ('missing' in found)
      add(`VARIANT_${variant.gene.toUpperCase()}`, requirement, 'UNKNOWN', found.missing);
    else
      add(
        `VARIANT_${variant.gene.toUpperCase()}`,
        requirement,
        words(found.value).includes(words(variant.variantClass)) ? 'MET' : 'NOT_MET',
        found.value,
        found.observedOn,
      );
  }

  const overall: Eligibility = results.some((r) => r.status === 'NOT_MET')
    ? 'NOT_ELIGIBLE'
    : results.some((r) => r.status === 'UNKNOWN')
      ? 'POSSIBLY_ELIGIBLE'
      : 'ELIGIBLE';
  return { trialId: trial.id, overall, criteria: results };
}
