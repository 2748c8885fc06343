import { graphql } from '@oneday/shared-types';

export const SubmitCaseDocument = graphql(`
  mutation SubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      id
    }
  }
`);

export const ConferencesDocument = graphql(`
  query Conferences($from: DateTime!, $to: DateTime!) {
    conferences(from: $from, to: $to) {
      id
      title
      program
      startsAt
      capacityMinutes
      status
      agenda {
        id
      }
    }
    overdueFollowUps {
      id
      kind
      description
      ownerName
      dueDate
      patientName
      caseId
    }
    sites {
      id
      timeZone
    }
  }
`);

export const ScheduleConferenceDocument = graphql(`
  mutation ScheduleConference($input: ScheduleConferenceInput!) {
    scheduleConference(input: $input) {
      id
    }
  }
`);

export const CompleteFollowUpDocument = graphql(`
  mutation CompleteFollowUp($id: ID!) {
    completeFollowUp(id: $id) {
      id
    }
  }
`);

export const ConferenceDocument = graphql(`
  query Conference($id: ID!) {
    conference(id: $id) {
      id
      title
      program
      startsAt
      timeZone
      capacityMinutes
      status
      currentAgendaItemId
      agenda {
        id
        position
        minutes
        prospective
        status
        caseId
        patientName
        summary
        urgency
        presenterName
        recommendation {
          consensusPlan
          modalities
          followUps {
            id
            kind
            description
            dueDate
          }
        }
      }
      attendance {
        specialistId
        name
        specialty
      }
    }
    specialists {
      id
      name
      specialtyTitle
    }
    trials {
      id
      nctId
      title
    }
  }
`);

export const AgendaCandidatesDocument = graphql(`
  query AgendaCandidates {
    cases(filter: { status: SUBMITTED }) {
      id
      patient {
        name
      }
      histology
      urgency
    }
  }
`);

export const AddCaseToAgendaDocument = graphql(`
  mutation AddCaseToAgenda($input: AddCaseToAgendaInput!) {
    addCaseToAgenda(input: $input) {
      id
    }
  }
`);

export const BuildAgendaDocument = graphql(`
  mutation BuildAgenda($id: ID!) {
    buildAgenda(conferenceId: $id) {
      id
    }
  }
`);

export const ReorderAgendaDocument = graphql(`
  mutation ReorderAgenda($id: ID!, $itemIds: [ID!]!) {
    reorderAgenda(conferenceId: $id, itemIds: $itemIds) {
      id
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($id: ID!, $specialistId: ID!) {
    recordAttendance(conferenceId: $id, specialistId: $specialistId) {
      id
    }
  }
`);

export const RecordRecommendationDocument = graphql(`
  mutation RecordRecommendation($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) {
      id
    }
  }
`);

export const ConferenceMetricsDocument = graphql(`
  query ConferenceMetrics($from: DateTime!, $to: DateTime!) {
    conferenceMetrics(from: $from, to: $to) {
      conferences
      casesPresented
      prospectiveShare
      stageDocumentedShare
      trialsDiscussedShare
      fullyAttendedConferences
      followUpsDue
      followUpsOnTime
      followUpsOnTimeShare
      attendance {
        specialty
        share
      }
    }
  }
`);

export const PresentAgendaItemDocument = graphql(`
  mutation PresentAgendaItem($id: ID!, $itemId: ID!) {
    presentAgendaItem(conferenceId: $id, agendaItemId: $itemId) {
      id
      currentAgendaItemId
    }
  }
`);

export const ConferenceChangedDocument = graphql(`
  subscription ConferenceChanged($id: ID!) {
    conferenceChanged(conferenceId: $id) {
      reason
    }
  }
`);
