import type { ClinicProgram } from '../clinic/specialty.js';
import {
  trialPhasesOf,
  trialStatusOf,
  type TrialPhase,
  type TrialSex,
  type TrialStatus,
} from './vocabulary.js';

/** The fields of a ClinicalTrials.gov API v2 study that the registry keeps. */
export interface TrialRecord {
  nctId: string;
  title: string;
  phases: TrialPhase[];
  overallStatus: TrialStatus;
  sponsor: string;
  collaborators: string[];
  cooperativeGroup: string | null;
  conditions: string[];
  sex: TrialSex;
  minimumAgeYears: number | null;
  /** Null when the record gives no maximum: no upper bound. */
  maximumAgeYears: number | null;
  eligibilityText: string;
  inclusionLines: string[];
  exclusionLines: string[];
  /** Where the trial runs: "facility, city, state, country". */
  locations: string[];
}

export type StudyMapping = { ok: true; trial: TrialRecord } | { ok: false; reason: string };

// Cooperative groups as they appear in sponsor and collaborator names.
const COOPERATIVE_GROUPS: readonly [RegExp, string][] = [
  [/\bNRG\b/i, 'NRG Oncology'],
  [/\bNSABP\b/i, 'NSABP'],
  [/\bRTOG\b/i, 'RTOG'],
  [/\bSWOG\b/i, 'SWOG'],
  [/\bAlliance\b/i, 'Alliance'],
  [/\bECOG[- ]ACRIN\b/i, 'ECOG-ACRIN'],
  [/\bNCORP\b/i, 'NCI NCORP'],
  [/\bChildren's Oncology Group\b/i, "Children's Oncology Group"],
  [/\bCanadian Cancer Trials Group\b/i, 'CCTG'],
];

export function detectCooperativeGroup(names: readonly string[]): string | null {
  for (const [pattern, group] of COOPERATIVE_GROUPS) {
    if (names.some((name) => pattern.test(name))) return group;
  }
  return null;
}

const AGE = /^(\d+(?:\.\d+)?)\s*(Year|Years|Month|Months|Week|Weeks|Day|Days)$/i;

/** "18 Years" -> 18; "6 Months" -> 0 (whole years); anything else -> null. */
export function ageInYears(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = AGE.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  const perYear = unit.startsWith('year')
    ? 1
    : unit.startsWith('month')
      ? 12
      : unit.startsWith('week')
        ? 52
        : 365;
  return Math.floor(value / perYear);
}

/** Splits CT.gov free text into the inclusion and exclusion lines a reviewer reads. */
export function splitEligibility(text: string): { inclusion: string[]; exclusion: string[] } {
  const inclusion: string[] = [];
  const exclusion: string[] = [];
  let current = inclusion;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/^inclusion criteria:?$/i.test(line)) {
      current = inclusion;
      continue;
    }
    if (/^exclusion criteria:?$/i.test(line)) {
      current = exclusion;
      continue;
    }
    current.push(line.replace(/^([*\-•]|\d+[.)])\s*/, ''));
  }
  return { inclusion, exclusion };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Maps one API v2 study; unknown keys are ignored, a missing NCT id or title is refused. */
export function mapCtgovStudy(study: unknown): StudyMapping {
  const protocol = obj(obj(study)['protocolSection']);
  const identification = obj(protocol['identificationModule']);
  const nctId = str(identification['nctId']);
  if (!/^NCT\d{8}$/.test(nctId)) return { ok: false, reason: 'missing or malformed NCT id' };
  const title = str(identification['briefTitle']) || str(identification['officialTitle']);
  if (!title) return { ok: false, reason: `${nctId}: no title` };
  const sponsors = obj(protocol['sponsorCollaboratorsModule']);
  const sponsor = str(obj(sponsors['leadSponsor'])['name']);
  const collaborators = (Array.isArray(sponsors['collaborators']) ? sponsors['collaborators'] : [])
    .map((c) => str(obj(c)['name']))
    .filter(Boolean);
  const eligibility = obj(protocol['eligibilityModule']);
  const eligibilityText = str(eligibility['eligibilityCriteria']);
  const { inclusion, exclusion } = splitEligibility(eligibilityText);
  const sex = str(eligibility['sex']).toUpperCase();
  const phases = obj(protocol['designModule'])['phases'];
  const conditions = obj(protocol['conditionsModule'])['conditions'];
  const locations = obj(protocol['contactsLocationsModule'])['locations'];
  return {
    ok: true,
    trial: {
      nctId,
      title,
      phases: trialPhasesOf(Array.isArray(phases) ? phases.map(str) : []),
      overallStatus: trialStatusOf(str(obj(protocol['statusModule'])['overallStatus'])),
      sponsor,
      collaborators,
      // The lead sponsor names the group running the trial; collaborators only when it names none.
      cooperativeGroup: detectCooperativeGroup([sponsor]) ?? detectCooperativeGroup(collaborators),
      conditions: Array.isArray(conditions) ? conditions.map(str).filter(Boolean) : [],
      sex: sex === 'FEMALE' || sex === 'MALE' ? sex : 'ALL',
      minimumAgeYears: ageInYears(eligibility['minimumAge']),
      maximumAgeYears: ageInYears(eligibility['maximumAge']),
      eligibilityText,
      inclusionLines: inclusion,
      exclusionLines: exclusion,
      locations: (Array.isArray(locations) ? locations : [])
        .map((l) =>
          ['facility', 'city', 'state', 'country']
            .map((k) => str(obj(l)[k]))
            .filter(Boolean)
            .join(', '),
        )
        .filter(Boolean),
    },
  };
}

const PROGRAM_WORDS: readonly [RegExp, ClinicProgram][] = [
  [/breast/i, 'BREAST'],
  [/prostat/i, 'PROSTATE'],
  [
    /head and neck|oropharyn|larynx|laryng|oral cavity|nasopharyn|hypopharyn|tongue/i,
    'HEAD_AND_NECK',
  ],
];

/** The center's programs a trial's conditions belong to (a new import starts from these). */
export function programsFromConditions(conditions: readonly string[]): ClinicProgram[] {
  return PROGRAM_WORDS.filter(([pattern]) => conditions.some((c) => pattern.test(c))).map(
    ([, program]) => program,
  );
}
