/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($filter: AuditEventsFilter) {\n    auditEvents(filter: $filter) {\n      id\n      occurredAt\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      outcome\n      detail\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      displayName\n      role\n      active\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      ecog\n      priorTherapy\n      treatmentStarted\n      question\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n        birthDate\n        sex\n      }\n      submittedBy {\n        id\n        name\n        specialty\n      }\n      recommendation {\n        consensusPlan\n        modalities\n        guideline\n        guidelineVersion\n        trialDiscussed\n        followUps {\n          id\n          description\n          dueDate\n          doneAt\n        }\n      }\n      biomarkers {\n        name\n        value\n        observedOn\n      }\n      findings {\n        kind\n        name\n        value\n        unit\n        observedOn\n        text\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n      }\n      submittedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Programs {\n    programs {\n      program\n      name\n      steps {\n        key\n        label\n        specialty\n        required\n      }\n    }\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query FindPatients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n      }\n    }\n  }\n": typeof types.FindPatientsDocument,
    "\n  query ClinicDayOptions($input: ClinicDayOptionsInput!) {\n    clinicDayOptions(input: $input) {\n      feasible\n      reason\n      days {\n        date\n        options {\n          rank\n          arrivalAt\n          departureAt\n          spanMinutes\n          waitingMinutes\n          roomChanges\n          lunch {\n            startsAt\n            endsAt\n          }\n          visits {\n            stepKey\n            stepLabel\n            specialty\n            slotId\n            specialistName\n            room\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClinicDayOptionsDocument,
    "\n  mutation BookClinicDay($input: BookClinicDayInput!) {\n    bookClinicDay(input: $input) {\n      id\n      date\n      arrivalAt\n      departureAt\n      visits {\n        id\n      }\n    }\n  }\n": typeof types.BookClinicDayDocument,
    "\n  query DaySchedule($siteId: ID!, $date: String!) {\n    daySchedule(siteId: $siteId, date: $date) {\n      siteId\n      date\n      timeZone\n      rows {\n        specialistId\n        specialistName\n        specialtyTitle\n        slots {\n          id\n          startsAt\n          endsAt\n          status\n          blockReason\n        }\n        visits {\n          id\n          patientName\n          step\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.DayScheduleDocument,
    "\n  subscription DayScheduleChanged($siteId: ID!, $date: String!) {\n    dayScheduleChanged(siteId: $siteId, date: $date) {\n      reason\n    }\n  }\n": typeof types.DayScheduleChangedDocument,
    "\n  query PatientCases($patientId: String!) {\n    cases(filter: { patientId: $patientId }) {\n      id\n      program\n      histology\n      primarySite\n      stageGroup\n    }\n  }\n": typeof types.PatientCasesDocument,
    "\n  query PendingTrialReviews {\n    pendingTrialReviews {\n      clinicDayId\n      caseId\n      patientName\n      date\n    }\n  }\n": typeof types.PendingTrialReviewsDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      title\n      program\n      startsAt\n      capacityMinutes\n      status\n      agenda {\n        id\n      }\n    }\n    overdueFollowUps {\n      id\n      kind\n      description\n      ownerName\n      dueDate\n      patientName\n      caseId\n    }\n    sites {\n      id\n      timeZone\n    }\n  }\n": typeof types.ConferencesDocument,
    "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleConferenceDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  query Conference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n      program\n      startsAt\n      timeZone\n      capacityMinutes\n      status\n      currentAgendaItemId\n      agenda {\n        id\n        position\n        minutes\n        prospective\n        status\n        caseId\n        patientName\n        summary\n        urgency\n        presenterName\n        recommendation {\n          consensusPlan\n          modalities\n          followUps {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n      attendance {\n        specialistId\n        name\n        specialty\n      }\n    }\n    specialists {\n      id\n      name\n      specialtyTitle\n    }\n    trials {\n      id\n      nctId\n      title\n    }\n  }\n": typeof types.ConferenceDocument,
    "\n  query AgendaCandidates {\n    cases(filter: { status: \"SUBMITTED\" }) {\n      id\n      patient {\n        name\n      }\n      histology\n      urgency\n    }\n  }\n": typeof types.AgendaCandidatesDocument,
    "\n  mutation AddCaseToAgenda($input: AddCaseToAgendaInput!) {\n    addCaseToAgenda(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseToAgendaDocument,
    "\n  mutation BuildAgenda($id: ID!) {\n    buildAgenda(conferenceId: $id) {\n      id\n    }\n  }\n": typeof types.BuildAgendaDocument,
    "\n  mutation ReorderAgenda($id: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(conferenceId: $id, itemIds: $itemIds) {\n      id\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation RecordAttendance($id: ID!, $specialistId: ID!) {\n    recordAttendance(conferenceId: $id, specialistId: $specialistId) {\n      id\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordRecommendation($input: RecordRecommendationInput!) {\n    recordRecommendation(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRecommendationDocument,
    "\n  query ConferenceMetrics($from: DateTime!, $to: DateTime!) {\n    conferenceMetrics(from: $from, to: $to) {\n      conferences\n      casesPresented\n      prospectiveShare\n      stageDocumentedShare\n      trialsDiscussedShare\n      fullyAttendedConferences\n      followUpsDue\n      followUpsOnTime\n      followUpsOnTimeShare\n      attendance {\n        specialty\n        share\n      }\n    }\n  }\n": typeof types.ConferenceMetricsDocument,
    "\n  mutation PresentAgendaItem($id: ID!, $itemId: ID!) {\n    presentAgendaItem(conferenceId: $id, agendaItemId: $itemId) {\n      id\n      currentAgendaItemId\n    }\n  }\n": typeof types.PresentAgendaItemDocument,
    "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(conferenceId: $id) {\n      reason\n    }\n  }\n": typeof types.ConferenceChangedDocument,
    "\n  query MyItinerary($language: String) {\n    myItinerary(language: $language) {\n      id\n      date\n      program\n      arrivalAt\n      departureAt\n      whatToBring\n      patientLanguage\n      site {\n        id\n        name\n        address\n        timeZone\n      }\n      visits {\n        id\n        specialtyTitle\n        purpose\n        specialistName\n        room\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.MyItineraryDocument,
    "\n  query Patients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      sex\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n        transport\n      }\n    }\n  }\n": typeof types.PatientsDocument,
    "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n": typeof types.RegisterPatientDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      patientId\n      specialistId\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Trials {\n    trials {\n      id\n      nctId\n      title\n      phases\n      overallStatus\n      sponsor\n      cooperativeGroup\n      internal\n      sex\n      minimumAgeYears\n      maximumAgeYears\n      criteria {\n        programs\n        primarySites\n        histologies\n        stageMin\n        stageMax\n        biomarkers {\n          name\n          equals\n        }\n        psaMin\n        psaMax\n        gradeGroupMin\n        gradeGroupMax\n        ecogMax\n        priorTherapyRequired\n        priorTherapyExcluded\n        variants {\n          gene\n          variantClass\n        }\n      }\n    }\n  }\n": typeof types.TrialsDocument,
    "\n  mutation ImportTrials($json: String!) {\n    importTrials(json: $json) {\n      imported\n      updated\n      rejected\n      records {\n        nctId\n        outcome\n        reason\n      }\n    }\n  }\n": typeof types.ImportTrialsDocument,
    "\n  mutation UpdateTrialCriteria($input: TrialCriteriaInput!) {\n    updateTrialCriteria(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTrialCriteriaDocument,
    "\n  query TrialMatches($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      patient {\n        name\n        mrn\n      }\n      histology\n      stageGroup\n    }\n    trialMatches(caseId: $caseId) {\n      rank\n      overall\n      reasons\n      trial {\n        id\n        nctId\n        title\n        phases\n        overallStatus\n        internal\n        cooperativeGroup\n        sponsor\n        inclusionLines\n        exclusionLines\n        locations\n      }\n      criteria {\n        criterion\n        requirement\n        status\n        value\n        observedOn\n      }\n      review {\n        id\n        decision\n        reason\n        reviewerName\n        reviewedAt\n        patientInterest\n        contactConsent\n        consentWithdrawnAt\n      }\n    }\n  }\n": typeof types.TrialMatchesDocument,
    "\n  mutation RecordTrialReview($input: RecordTrialReviewInput!) {\n    recordTrialReview(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordTrialReviewDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($filter: AuditEventsFilter) {\n    auditEvents(filter: $filter) {\n      id\n      occurredAt\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      outcome\n      detail\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      displayName\n      role\n      active\n    }\n  }\n": types.UsersDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      ecog\n      priorTherapy\n      treatmentStarted\n      question\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n        birthDate\n        sex\n      }\n      submittedBy {\n        id\n        name\n        specialty\n      }\n      recommendation {\n        consensusPlan\n        modalities\n        guideline\n        guidelineVersion\n        trialDiscussed\n        followUps {\n          id\n          description\n          dueDate\n          doneAt\n        }\n      }\n      biomarkers {\n        name\n        value\n        observedOn\n      }\n      findings {\n        kind\n        name\n        value\n        unit\n        observedOn\n        text\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n      }\n      submittedBy {\n        id\n        name\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query Programs {\n    programs {\n      program\n      name\n      steps {\n        key\n        label\n        specialty\n        required\n      }\n    }\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n": types.ProgramsDocument,
    "\n  query FindPatients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n      }\n    }\n  }\n": types.FindPatientsDocument,
    "\n  query ClinicDayOptions($input: ClinicDayOptionsInput!) {\n    clinicDayOptions(input: $input) {\n      feasible\n      reason\n      days {\n        date\n        options {\n          rank\n          arrivalAt\n          departureAt\n          spanMinutes\n          waitingMinutes\n          roomChanges\n          lunch {\n            startsAt\n            endsAt\n          }\n          visits {\n            stepKey\n            stepLabel\n            specialty\n            slotId\n            specialistName\n            room\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": types.ClinicDayOptionsDocument,
    "\n  mutation BookClinicDay($input: BookClinicDayInput!) {\n    bookClinicDay(input: $input) {\n      id\n      date\n      arrivalAt\n      departureAt\n      visits {\n        id\n      }\n    }\n  }\n": types.BookClinicDayDocument,
    "\n  query DaySchedule($siteId: ID!, $date: String!) {\n    daySchedule(siteId: $siteId, date: $date) {\n      siteId\n      date\n      timeZone\n      rows {\n        specialistId\n        specialistName\n        specialtyTitle\n        slots {\n          id\n          startsAt\n          endsAt\n          status\n          blockReason\n        }\n        visits {\n          id\n          patientName\n          step\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.DayScheduleDocument,
    "\n  subscription DayScheduleChanged($siteId: ID!, $date: String!) {\n    dayScheduleChanged(siteId: $siteId, date: $date) {\n      reason\n    }\n  }\n": types.DayScheduleChangedDocument,
    "\n  query PatientCases($patientId: String!) {\n    cases(filter: { patientId: $patientId }) {\n      id\n      program\n      histology\n      primarySite\n      stageGroup\n    }\n  }\n": types.PatientCasesDocument,
    "\n  query PendingTrialReviews {\n    pendingTrialReviews {\n      clinicDayId\n      caseId\n      patientName\n      date\n    }\n  }\n": types.PendingTrialReviewsDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      title\n      program\n      startsAt\n      capacityMinutes\n      status\n      agenda {\n        id\n      }\n    }\n    overdueFollowUps {\n      id\n      kind\n      description\n      ownerName\n      dueDate\n      patientName\n      caseId\n    }\n    sites {\n      id\n      timeZone\n    }\n  }\n": types.ConferencesDocument,
    "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n    }\n  }\n": types.ScheduleConferenceDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  query Conference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n      program\n      startsAt\n      timeZone\n      capacityMinutes\n      status\n      currentAgendaItemId\n      agenda {\n        id\n        position\n        minutes\n        prospective\n        status\n        caseId\n        patientName\n        summary\n        urgency\n        presenterName\n        recommendation {\n          consensusPlan\n          modalities\n          followUps {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n      attendance {\n        specialistId\n        name\n        specialty\n      }\n    }\n    specialists {\n      id\n      name\n      specialtyTitle\n    }\n    trials {\n      id\n      nctId\n      title\n    }\n  }\n": types.ConferenceDocument,
    "\n  query AgendaCandidates {\n    cases(filter: { status: \"SUBMITTED\" }) {\n      id\n      patient {\n        name\n      }\n      histology\n      urgency\n    }\n  }\n": types.AgendaCandidatesDocument,
    "\n  mutation AddCaseToAgenda($input: AddCaseToAgendaInput!) {\n    addCaseToAgenda(input: $input) {\n      id\n    }\n  }\n": types.AddCaseToAgendaDocument,
    "\n  mutation BuildAgenda($id: ID!) {\n    buildAgenda(conferenceId: $id) {\n      id\n    }\n  }\n": types.BuildAgendaDocument,
    "\n  mutation ReorderAgenda($id: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(conferenceId: $id, itemIds: $itemIds) {\n      id\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation RecordAttendance($id: ID!, $specialistId: ID!) {\n    recordAttendance(conferenceId: $id, specialistId: $specialistId) {\n      id\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordRecommendation($input: RecordRecommendationInput!) {\n    recordRecommendation(input: $input) {\n      id\n    }\n  }\n": types.RecordRecommendationDocument,
    "\n  query ConferenceMetrics($from: DateTime!, $to: DateTime!) {\n    conferenceMetrics(from: $from, to: $to) {\n      conferences\n      casesPresented\n      prospectiveShare\n      stageDocumentedShare\n      trialsDiscussedShare\n      fullyAttendedConferences\n      followUpsDue\n      followUpsOnTime\n      followUpsOnTimeShare\n      attendance {\n        specialty\n        share\n      }\n    }\n  }\n": types.ConferenceMetricsDocument,
    "\n  mutation PresentAgendaItem($id: ID!, $itemId: ID!) {\n    presentAgendaItem(conferenceId: $id, agendaItemId: $itemId) {\n      id\n      currentAgendaItemId\n    }\n  }\n": types.PresentAgendaItemDocument,
    "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(conferenceId: $id) {\n      reason\n    }\n  }\n": types.ConferenceChangedDocument,
    "\n  query MyItinerary($language: String) {\n    myItinerary(language: $language) {\n      id\n      date\n      program\n      arrivalAt\n      departureAt\n      whatToBring\n      patientLanguage\n      site {\n        id\n        name\n        address\n        timeZone\n      }\n      visits {\n        id\n        specialtyTitle\n        purpose\n        specialistName\n        room\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.MyItineraryDocument,
    "\n  query Patients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      sex\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n        transport\n      }\n    }\n  }\n": types.PatientsDocument,
    "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n": types.RegisterPatientDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      patientId\n      specialistId\n    }\n  }\n": types.MeDocument,
    "\n  query Trials {\n    trials {\n      id\n      nctId\n      title\n      phases\n      overallStatus\n      sponsor\n      cooperativeGroup\n      internal\n      sex\n      minimumAgeYears\n      maximumAgeYears\n      criteria {\n        programs\n        primarySites\n        histologies\n        stageMin\n        stageMax\n        biomarkers {\n          name\n          equals\n        }\n        psaMin\n        psaMax\n        gradeGroupMin\n        gradeGroupMax\n        ecogMax\n        priorTherapyRequired\n        priorTherapyExcluded\n        variants {\n          gene\n          variantClass\n        }\n      }\n    }\n  }\n": types.TrialsDocument,
    "\n  mutation ImportTrials($json: String!) {\n    importTrials(json: $json) {\n      imported\n      updated\n      rejected\n      records {\n        nctId\n        outcome\n        reason\n      }\n    }\n  }\n": types.ImportTrialsDocument,
    "\n  mutation UpdateTrialCriteria($input: TrialCriteriaInput!) {\n    updateTrialCriteria(input: $input) {\n      id\n    }\n  }\n": types.UpdateTrialCriteriaDocument,
    "\n  query TrialMatches($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      patient {\n        name\n        mrn\n      }\n      histology\n      stageGroup\n    }\n    trialMatches(caseId: $caseId) {\n      rank\n      overall\n      reasons\n      trial {\n        id\n        nctId\n        title\n        phases\n        overallStatus\n        internal\n        cooperativeGroup\n        sponsor\n        inclusionLines\n        exclusionLines\n        locations\n      }\n      criteria {\n        criterion\n        requirement\n        status\n        value\n        observedOn\n      }\n      review {\n        id\n        decision\n        reason\n        reviewerName\n        reviewedAt\n        patientInterest\n        contactConsent\n        consentWithdrawnAt\n      }\n    }\n  }\n": types.TrialMatchesDocument,
    "\n  mutation RecordTrialReview($input: RecordTrialReviewInput!) {\n    recordTrialReview(input: $input) {\n      id\n    }\n  }\n": types.RecordTrialReviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventsFilter) {\n    auditEvents(filter: $filter) {\n      id\n      occurredAt\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      outcome\n      detail\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventsFilter) {\n    auditEvents(filter: $filter) {\n      id\n      occurredAt\n      actorId\n      actorRole\n      action\n      entity\n      entityId\n      outcome\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      email\n      displayName\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      email\n      displayName\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      ecog\n      priorTherapy\n      treatmentStarted\n      question\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n        birthDate\n        sex\n      }\n      submittedBy {\n        id\n        name\n        specialty\n      }\n      recommendation {\n        consensusPlan\n        modalities\n        guideline\n        guidelineVersion\n        trialDiscussed\n        followUps {\n          id\n          description\n          dueDate\n          doneAt\n        }\n      }\n      biomarkers {\n        name\n        value\n        observedOn\n      }\n      findings {\n        kind\n        name\n        value\n        unit\n        observedOn\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      ecog\n      priorTherapy\n      treatmentStarted\n      question\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n        birthDate\n        sex\n      }\n      submittedBy {\n        id\n        name\n        specialty\n      }\n      recommendation {\n        consensusPlan\n        modalities\n        guideline\n        guidelineVersion\n        trialDiscussed\n        followUps {\n          id\n          description\n          dueDate\n          doneAt\n        }\n      }\n      biomarkers {\n        name\n        value\n        observedOn\n      }\n      findings {\n        kind\n        name\n        value\n        unit\n        observedOn\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n      }\n      submittedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      id\n      program\n      primarySite\n      histology\n      clinicalT\n      clinicalN\n      clinicalM\n      stageGroup\n      urgency\n      status\n      submittedAt\n      patient {\n        id\n        name\n        mrn\n      }\n      submittedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs {\n    programs {\n      program\n      name\n      steps {\n        key\n        label\n        specialty\n        required\n      }\n    }\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Programs {\n    programs {\n      program\n      name\n      steps {\n        key\n        label\n        specialty\n        required\n      }\n    }\n    sites {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPatients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPatients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicDayOptions($input: ClinicDayOptionsInput!) {\n    clinicDayOptions(input: $input) {\n      feasible\n      reason\n      days {\n        date\n        options {\n          rank\n          arrivalAt\n          departureAt\n          spanMinutes\n          waitingMinutes\n          roomChanges\n          lunch {\n            startsAt\n            endsAt\n          }\n          visits {\n            stepKey\n            stepLabel\n            specialty\n            slotId\n            specialistName\n            room\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicDayOptions($input: ClinicDayOptionsInput!) {\n    clinicDayOptions(input: $input) {\n      feasible\n      reason\n      days {\n        date\n        options {\n          rank\n          arrivalAt\n          departureAt\n          spanMinutes\n          waitingMinutes\n          roomChanges\n          lunch {\n            startsAt\n            endsAt\n          }\n          visits {\n            stepKey\n            stepLabel\n            specialty\n            slotId\n            specialistName\n            room\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookClinicDay($input: BookClinicDayInput!) {\n    bookClinicDay(input: $input) {\n      id\n      date\n      arrivalAt\n      departureAt\n      visits {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookClinicDay($input: BookClinicDayInput!) {\n    bookClinicDay(input: $input) {\n      id\n      date\n      arrivalAt\n      departureAt\n      visits {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DaySchedule($siteId: ID!, $date: String!) {\n    daySchedule(siteId: $siteId, date: $date) {\n      siteId\n      date\n      timeZone\n      rows {\n        specialistId\n        specialistName\n        specialtyTitle\n        slots {\n          id\n          startsAt\n          endsAt\n          status\n          blockReason\n        }\n        visits {\n          id\n          patientName\n          step\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DaySchedule($siteId: ID!, $date: String!) {\n    daySchedule(siteId: $siteId, date: $date) {\n      siteId\n      date\n      timeZone\n      rows {\n        specialistId\n        specialistName\n        specialtyTitle\n        slots {\n          id\n          startsAt\n          endsAt\n          status\n          blockReason\n        }\n        visits {\n          id\n          patientName\n          step\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DayScheduleChanged($siteId: ID!, $date: String!) {\n    dayScheduleChanged(siteId: $siteId, date: $date) {\n      reason\n    }\n  }\n"): (typeof documents)["\n  subscription DayScheduleChanged($siteId: ID!, $date: String!) {\n    dayScheduleChanged(siteId: $siteId, date: $date) {\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientCases($patientId: String!) {\n    cases(filter: { patientId: $patientId }) {\n      id\n      program\n      histology\n      primarySite\n      stageGroup\n    }\n  }\n"): (typeof documents)["\n  query PatientCases($patientId: String!) {\n    cases(filter: { patientId: $patientId }) {\n      id\n      program\n      histology\n      primarySite\n      stageGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingTrialReviews {\n    pendingTrialReviews {\n      clinicDayId\n      caseId\n      patientName\n      date\n    }\n  }\n"): (typeof documents)["\n  query PendingTrialReviews {\n    pendingTrialReviews {\n      clinicDayId\n      caseId\n      patientName\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      title\n      program\n      startsAt\n      capacityMinutes\n      status\n      agenda {\n        id\n      }\n    }\n    overdueFollowUps {\n      id\n      kind\n      description\n      ownerName\n      dueDate\n      patientName\n      caseId\n    }\n    sites {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      title\n      program\n      startsAt\n      capacityMinutes\n      status\n      agenda {\n        id\n      }\n    }\n    overdueFollowUps {\n      id\n      kind\n      description\n      ownerName\n      dueDate\n      patientName\n      caseId\n    }\n    sites {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n      program\n      startsAt\n      timeZone\n      capacityMinutes\n      status\n      currentAgendaItemId\n      agenda {\n        id\n        position\n        minutes\n        prospective\n        status\n        caseId\n        patientName\n        summary\n        urgency\n        presenterName\n        recommendation {\n          consensusPlan\n          modalities\n          followUps {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n      attendance {\n        specialistId\n        name\n        specialty\n      }\n    }\n    specialists {\n      id\n      name\n      specialtyTitle\n    }\n    trials {\n      id\n      nctId\n      title\n    }\n  }\n"): (typeof documents)["\n  query Conference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n      program\n      startsAt\n      timeZone\n      capacityMinutes\n      status\n      currentAgendaItemId\n      agenda {\n        id\n        position\n        minutes\n        prospective\n        status\n        caseId\n        patientName\n        summary\n        urgency\n        presenterName\n        recommendation {\n          consensusPlan\n          modalities\n          followUps {\n            id\n            kind\n            description\n            dueDate\n          }\n        }\n      }\n      attendance {\n        specialistId\n        name\n        specialty\n      }\n    }\n    specialists {\n      id\n      name\n      specialtyTitle\n    }\n    trials {\n      id\n      nctId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaCandidates {\n    cases(filter: { status: \"SUBMITTED\" }) {\n      id\n      patient {\n        name\n      }\n      histology\n      urgency\n    }\n  }\n"): (typeof documents)["\n  query AgendaCandidates {\n    cases(filter: { status: \"SUBMITTED\" }) {\n      id\n      patient {\n        name\n      }\n      histology\n      urgency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseToAgenda($input: AddCaseToAgendaInput!) {\n    addCaseToAgenda(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseToAgenda($input: AddCaseToAgendaInput!) {\n    addCaseToAgenda(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildAgenda($id: ID!) {\n    buildAgenda(conferenceId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BuildAgenda($id: ID!) {\n    buildAgenda(conferenceId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($id: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(conferenceId: $id, itemIds: $itemIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAgenda($id: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(conferenceId: $id, itemIds: $itemIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($id: ID!, $specialistId: ID!) {\n    recordAttendance(conferenceId: $id, specialistId: $specialistId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($id: ID!, $specialistId: ID!) {\n    recordAttendance(conferenceId: $id, specialistId: $specialistId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecommendation($input: RecordRecommendationInput!) {\n    recordRecommendation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRecommendation($input: RecordRecommendationInput!) {\n    recordRecommendation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceMetrics($from: DateTime!, $to: DateTime!) {\n    conferenceMetrics(from: $from, to: $to) {\n      conferences\n      casesPresented\n      prospectiveShare\n      stageDocumentedShare\n      trialsDiscussedShare\n      fullyAttendedConferences\n      followUpsDue\n      followUpsOnTime\n      followUpsOnTimeShare\n      attendance {\n        specialty\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceMetrics($from: DateTime!, $to: DateTime!) {\n    conferenceMetrics(from: $from, to: $to) {\n      conferences\n      casesPresented\n      prospectiveShare\n      stageDocumentedShare\n      trialsDiscussedShare\n      fullyAttendedConferences\n      followUpsDue\n      followUpsOnTime\n      followUpsOnTimeShare\n      attendance {\n        specialty\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentAgendaItem($id: ID!, $itemId: ID!) {\n    presentAgendaItem(conferenceId: $id, agendaItemId: $itemId) {\n      id\n      currentAgendaItemId\n    }\n  }\n"): (typeof documents)["\n  mutation PresentAgendaItem($id: ID!, $itemId: ID!) {\n    presentAgendaItem(conferenceId: $id, agendaItemId: $itemId) {\n      id\n      currentAgendaItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(conferenceId: $id) {\n      reason\n    }\n  }\n"): (typeof documents)["\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(conferenceId: $id) {\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyItinerary($language: String) {\n    myItinerary(language: $language) {\n      id\n      date\n      program\n      arrivalAt\n      departureAt\n      whatToBring\n      patientLanguage\n      site {\n        id\n        name\n        address\n        timeZone\n      }\n      visits {\n        id\n        specialtyTitle\n        purpose\n        specialistName\n        room\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyItinerary($language: String) {\n    myItinerary(language: $language) {\n      id\n      date\n      program\n      arrivalAt\n      departureAt\n      whatToBring\n      patientLanguage\n      site {\n        id\n        name\n        address\n        timeZone\n      }\n      visits {\n        id\n        specialtyTitle\n        purpose\n        specialistName\n        room\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Patients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      sex\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n        transport\n      }\n    }\n  }\n"): (typeof documents)["\n  query Patients($search: String) {\n    patients(search: $search) {\n      id\n      mrn\n      givenName\n      familyName\n      birthDate\n      sex\n      language\n      needs {\n        interpreter\n        mobilityAssistance\n        transport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      patientId\n      specialistId\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      patientId\n      specialistId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trials {\n    trials {\n      id\n      nctId\n      title\n      phases\n      overallStatus\n      sponsor\n      cooperativeGroup\n      internal\n      sex\n      minimumAgeYears\n      maximumAgeYears\n      criteria {\n        programs\n        primarySites\n        histologies\n        stageMin\n        stageMax\n        biomarkers {\n          name\n          equals\n        }\n        psaMin\n        psaMax\n        gradeGroupMin\n        gradeGroupMax\n        ecogMax\n        priorTherapyRequired\n        priorTherapyExcluded\n        variants {\n          gene\n          variantClass\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trials {\n    trials {\n      id\n      nctId\n      title\n      phases\n      overallStatus\n      sponsor\n      cooperativeGroup\n      internal\n      sex\n      minimumAgeYears\n      maximumAgeYears\n      criteria {\n        programs\n        primarySites\n        histologies\n        stageMin\n        stageMax\n        biomarkers {\n          name\n          equals\n        }\n        psaMin\n        psaMax\n        gradeGroupMin\n        gradeGroupMax\n        ecogMax\n        priorTherapyRequired\n        priorTherapyExcluded\n        variants {\n          gene\n          variantClass\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTrials($json: String!) {\n    importTrials(json: $json) {\n      imported\n      updated\n      rejected\n      records {\n        nctId\n        outcome\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTrials($json: String!) {\n    importTrials(json: $json) {\n      imported\n      updated\n      rejected\n      records {\n        nctId\n        outcome\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrialCriteria($input: TrialCriteriaInput!) {\n    updateTrialCriteria(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrialCriteria($input: TrialCriteriaInput!) {\n    updateTrialCriteria(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrialMatches($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      patient {\n        name\n        mrn\n      }\n      histology\n      stageGroup\n    }\n    trialMatches(caseId: $caseId) {\n      rank\n      overall\n      reasons\n      trial {\n        id\n        nctId\n        title\n        phases\n        overallStatus\n        internal\n        cooperativeGroup\n        sponsor\n        inclusionLines\n        exclusionLines\n        locations\n      }\n      criteria {\n        criterion\n        requirement\n        status\n        value\n        observedOn\n      }\n      review {\n        id\n        decision\n        reason\n        reviewerName\n        reviewedAt\n        patientInterest\n        contactConsent\n        consentWithdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrialMatches($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      patient {\n        name\n        mrn\n      }\n      histology\n      stageGroup\n    }\n    trialMatches(caseId: $caseId) {\n      rank\n      overall\n      reasons\n      trial {\n        id\n        nctId\n        title\n        phases\n        overallStatus\n        internal\n        cooperativeGroup\n        sponsor\n        inclusionLines\n        exclusionLines\n        locations\n      }\n      criteria {\n        criterion\n        requirement\n        status\n        value\n        observedOn\n      }\n      review {\n        id\n        decision\n        reason\n        reviewerName\n        reviewedAt\n        patientInterest\n        contactConsent\n        consentWithdrawnAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrialReview($input: RecordTrialReviewInput!) {\n    recordTrialReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrialReview($input: RecordTrialReviewInput!) {\n    recordTrialReview(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;