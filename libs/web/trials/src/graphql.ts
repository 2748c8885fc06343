import { graphql } from '@oneday/shared-types';

export const TrialsDocument = graphql(`
  query Trials {
    trials {
      id
      nctId
      title
      phases
      overallStatus
      sponsor
      cooperativeGroup
      internal
      sex
      minimumAgeYears
      maximumAgeYears
      criteria {
        programs
        primarySites
        histologies
        stageMin
        stageMax
        biomarkers {
          name
          equals
        }
        psaMin
        psaMax
        gradeGroupMin
        gradeGroupMax
        ecogMax
        priorTherapyRequired
        priorTherapyExcluded
        variants {
          gene
          variantClass
        }
      }
    }
  }
`);

export const ImportTrialsDocument = graphql(`
  mutation ImportTrials($json: String!) {
    importTrials(json: $json) {
      imported
      updated
      rejected
      records {
        nctId
        outcome
        reason
      }
    }
  }
`);

export const UpdateTrialCriteriaDocument = graphql(`
  mutation UpdateTrialCriteria($input: TrialCriteriaInput!) {
    updateTrialCriteria(input: $input) {
      id
    }
  }
`);

export const TrialMatchesDocument = graphql(`
  query TrialMatches($caseId: ID!) {
    case(id: $caseId) {
      id
      patient {
        name
        mrn
      }
      histology
      stageGroup
    }
    trialMatches(caseId: $caseId) {
      rank
      overall
      reasons
      trial {
        id
        nctId
        title
        phases
        overallStatus
        internal
        cooperativeGroup
        sponsor
        inclusionLines
        exclusionLines
        locations
      }
      criteria {
        criterion
        requirement
        status
        value
        observedOn
      }
      review {
        id
        decision
        reason
        reviewerName
        reviewedAt
        patientInterest
        contactConsent
        consentWithdrawnAt
      }
    }
  }
`);

export const RecordTrialReviewDocument = graphql(`
  mutation RecordTrialReview($input: RecordTrialReviewInput!) {
    recordTrialReview(input: $input) {
      id
    }
  }
`);
