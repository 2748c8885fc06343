import { graphql } from '@oneday/shared-types';

export const ProgramsDocument = graphql(`
  query Programs {
    programs {
      program
      name
      steps {
        key
        label
        specialty
        required
      }
    }
    sites {
      id
      name
      timeZone
    }
  }
`);

export const FindPatientsDocument = graphql(`
  query FindPatients($search: String) {
    patients(search: $search) {
      id
      mrn
      givenName
      familyName
      birthDate
      language
      needs {
        interpreter
        mobilityAssistance
      }
    }
  }
`);

export const ClinicDayOptionsDocument = graphql(`
  query ClinicDayOptions($input: ClinicDayOptionsInput!) {
    clinicDayOptions(input: $input) {
      feasible
      reason
      days {
        date
        options {
          rank
          arrivalAt
          departureAt
          spanMinutes
          waitingMinutes
          roomChanges
          lunch {
            startsAt
            endsAt
          }
          visits {
            stepKey
            stepLabel
            specialty
            slotId
            specialistName
            room
            startsAt
            endsAt
          }
        }
      }
    }
  }
`);

export const BookClinicDayDocument = graphql(`
  mutation BookClinicDay($input: BookClinicDayInput!) {
    bookClinicDay(input: $input) {
      id
      date
      arrivalAt
      departureAt
      visits {
        id
      }
    }
  }
`);

export const DayScheduleDocument = graphql(`
  query DaySchedule($siteId: ID!, $date: String!) {
    daySchedule(siteId: $siteId, date: $date) {
      siteId
      date
      timeZone
      rows {
        specialistId
        specialistName
        specialtyTitle
        slots {
          id
          startsAt
          endsAt
          status
          blockReason
        }
        visits {
          id
          patientName
          step
          startsAt
          endsAt
        }
      }
    }
  }
`);

export const DayScheduleChangedDocument = graphql(`
  subscription DayScheduleChanged($siteId: ID!, $date: String!) {
    dayScheduleChanged(siteId: $siteId, date: $date) {
      reason
    }
  }
`);

export const PatientCasesDocument = graphql(`
  query PatientCases($patientId: String!) {
    cases(filter: { patientId: $patientId }) {
      id
      program
      histology
      primarySite
      stageGroup
    }
  }
`);

export const PendingTrialReviewsDocument = graphql(`
  query PendingTrialReviews {
    pendingTrialReviews {
      clinicDayId
      caseId
      patientName
      date
    }
  }
`);
