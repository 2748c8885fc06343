import type { CaseRecord } from '@oneday/api-cases';
import {
  trialPhasesOf,
  trialStatusOf,
  type CaseFacts,
  type TrialCriteria,
  type TrialFacts,
} from '@oneday/domain';
import type { TrialCriteriaInput } from './dto/trial-criteria.input.js';
import type { TrialCriteriaModel, TrialModel } from './models/trial.model.js';
import type { Trial } from './trial.entity.js';

export function criteriaModel(c: TrialCriteria): TrialCriteriaModel {
  return {
    programs: c.programs ?? [],
    primarySites: c.primarySites ?? [],
    histologies: c.histologies ?? [],
    stageMin: c.stageRange?.min ?? null,
    stageMax: c.stageRange?.max ?? null,
    biomarkers: c.biomarkers ?? [],
    psaMin: c.psaRange?.min ?? null,
    psaMax: c.psaRange?.max ?? null,
    gradeGroupMin: c.gradeGroupRange?.min ?? null,
    gradeGroupMax: c.gradeGroupRange?.max ?? null,
    ecogMax: c.ecogMax ?? null,
    priorTherapyRequired: c.priorTherapyRequired ?? [],
    priorTherapyExcluded: c.priorTherapyExcluded ?? [],
    variants: c.variants ?? [],
  };
}

const range = <T>(min: T | null | undefined, max: T | null | undefined) =>
  min == null && max == null
    ? undefined
    : { ...(min != null ? { min } : {}), ...(max != null ? { max } : {}) };

export function criteriaFromInput(input: TrialCriteriaInput): TrialCriteria {
  return {
    programs: input.programs,
    primarySites: input.primarySites,
    histologies: input.histologies,
    stageRange: range(input.stageMin, input.stageMax),
    biomarkers: input.biomarkers.map((b) => ({ name: b.name, equals: b.equals })),
    psaRange: range(input.psaMin, input.psaMax),
    gradeGroupRange: range(input.gradeGroupMin, input.gradeGroupMax),
    ...(input.ecogMax != null ? { ecogMax: input.ecogMax } : {}),
    priorTherapyRequired: input.priorTherapyRequired,
    priorTherapyExcluded: input.priorTherapyExcluded,
    variants: input.variants.map((v) => ({ gene: v.gene, variantClass: v.variantClass })),
  };
}

export function toTrialModel(trial: Trial): TrialModel {
  return {
    ...trial,
    phases: trialPhasesOf(trial.phases),
    overallStatus: trialStatusOf(trial.overallStatus),
    criteria: criteriaModel(trial.criteria as TrialCriteria),
  };
}

export function trialFacts(trial: Trial): TrialFacts {
  return {
    id: trial.id,
    nctId: trial.nctId,
    title: trial.title,
    // The registry's columns are plain text; the center reads them within its vocabulary.
    phases: trialPhasesOf(trial.phases),
    overallStatus: trialStatusOf(trial.overallStatus),
    internal: trial.internal,
    sex: trial.sex,
    minimumAgeYears: trial.minimumAgeYears,
    maximumAgeYears: trial.maximumAgeYears,
    criteria: trial.criteria as TrialCriteria,
  };
}

/** Needs the case loaded with its patient. */
export function caseFacts(row: CaseRecord): CaseFacts {
  return {
    program: row.program,
    primarySite: row.primarySite,
    histology: row.histology,
    stageGroup: row.stageGroup,
    biomarkers: row.biomarkers,
    ecog: row.ecog,
    priorTherapy: row.priorTherapy,
    birthDate: row.patient.birthDate,
    sex: row.patient.sex,
  };
}
