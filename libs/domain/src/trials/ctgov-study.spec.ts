import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ageInYears,
  detectCooperativeGroup,
  mapCtgovStudy,
  splitEligibility,
} from './ctgov-study.js';
import { TRIAL_PHASES, TRIAL_STATUSES } from './vocabulary.js';

const record = (nct: string) =>
  JSON.parse(readFileSync(resolve('apps/api/src/seed/data', `${nct}.json`), 'utf8')) as unknown;

describe('mapCtgovStudy on real ClinicalTrials.gov records', () => {
  it('maps PALLAS (NCT02513394): phase 3, Alliance, no upper age bound', () => {
    const mapped = mapCtgovStudy(record('NCT02513394'));
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.trial).toMatchObject({
      nctId: 'NCT02513394',
      phases: ['PHASE3'],
      overallStatus: 'ACTIVE_NOT_RECRUITING',
      sponsor: 'Alliance Foundation Trials, LLC.',
      cooperativeGroup: 'Alliance',
      sex: 'ALL',
      minimumAgeYears: 18,
      maximumAgeYears: null,
    });
    expect(mapped.trial.inclusionLines.length).toBeGreaterThan(3);
    expect(mapped.trial.locations).toHaveLength(437);
    expect(mapped.trial.exclusionLines.length).toBeGreaterThan(3);
  });

  it('maps NCT03377387: two phases, female only', () => {
    const mapped = mapCtgovStudy(record('NCT03377387'));
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.trial.phases).toEqual(['PHASE1', 'PHASE2']);
    expect(mapped.trial.sex).toBe('FEMALE');
    expect(mapped.trial.sponsor).toBe('Memorial Sloan Kettering Cancer Center');
    expect(mapped.trial.cooperativeGroup).toBeNull();
    expect(mapped.trial.locations[0]).toBe(
      'Hartford Healthcare Cancer Institute @ Hartford Hospital, Hartford, Connecticut, United States',
    );
  });

  it('refuses a record without an NCT id and never throws on junk', () => {
    expect(mapCtgovStudy({ protocolSection: {} })).toEqual({
      ok: false,
      reason: 'missing or malformed NCT id',
    });
    fc.assert(fc.property(fc.anything(), (junk) => typeof mapCtgovStudy(junk).ok === 'boolean'));
  });

  it('keeps statuses and phases within the registry vocabulary', () => {
    const study = (overallStatus: unknown, phases: unknown) => ({
      protocolSection: {
        identificationModule: { nctId: 'NCT00000001', briefTitle: 'A trial' },
        statusModule: { overallStatus },
        designModule: { phases },
      },
    });
    const mapped = mapCtgovStudy(study('SOMETHING_NEW', ['PHASE2', 'PHASE9', 42, 'NA']));
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.trial.overallStatus).toBe('UNKNOWN');
    expect(mapped.trial.phases).toEqual(['PHASE2', 'NA']);
    const recruiting = mapCtgovStudy(study('RECRUITING', undefined));
    expect(recruiting.ok && recruiting.trial).toMatchObject({
      overallStatus: 'RECRUITING',
      phases: [],
    });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (status, phases) => {
        const result = mapCtgovStudy(study(status, phases));
        return (
          result.ok &&
          (TRIAL_STATUSES as readonly string[]).includes(result.trial.overallStatus) &&
          result.trial.phases.every((p) => (TRIAL_PHASES as readonly string[]).includes(p))
        );
      }),
    );
  });
});

describe('trial text helpers', () => {
  it('reads ages in CT.gov units', () => {
    expect(ageInYears('18 Years')).toBe(18);
    expect(ageInYears('6 Months')).toBe(0);
    expect(ageInYears('N/A')).toBeNull();
    expect(ageInYears(undefined)).toBeNull();
  });

  it('detects cooperative groups by name', () => {
    expect(detectCooperativeGroup(['SWOG Cancer Research Network'])).toBe('SWOG');
    expect(detectCooperativeGroup(['ECOG-ACRIN Cancer Research Group'])).toBe('ECOG-ACRIN');
    expect(detectCooperativeGroup(['Pfizer'])).toBeNull();
  });

  it('splits eligibility text into inclusion and exclusion lines', () => {
    const text =
      'Inclusion Criteria:\n\n* Age 18 or older\n* ECOG 0-1\n\nExclusion Criteria:\n\n1. Pregnancy';
    expect(splitEligibility(text)).toEqual({
      inclusion: ['Age 18 or older', 'ECOG 0-1'],
      exclusion: ['Pregnancy'],
    });
  });
});
