import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  AGENDA_ITEM_STATUSES,
  AUDIT_OUTCOMES,
  CASE_PROGRAMS,
  CASE_STATUSES,
  CLINIC_DAY_STATUSES,
  CLINIC_PROGRAMS,
  CONFERENCE_STATUSES,
  CRITERION_STATUSES,
  ELIGIBILITIES,
  FINDING_KINDS,
  FOLLOW_UP_KINDS,
  IMPORT_OUTCOMES,
  MODALITIES,
  PATIENT_INTERESTS,
  PATIENT_LANGUAGES,
  REQUIRED_SPECIALTIES,
  REVIEW_DECISIONS,
  ROLES,
  SEXES,
  SLOT_STATUSES,
  SPECIALTIES,
  STEP_POSITIONS,
  TRIAL_PHASES,
  TRIAL_SEXES,
  TRIAL_STATUSES,
  URGENCIES,
  VISIT_STATUSES,
} from '@oneday/domain';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { startTestApi, type TestApi } from './test-api.js';

/** Every closed vocabulary of the clinic, as the domain declares it. */
const ENUMS: Record<string, readonly string[]> = {
  Role: ROLES,
  ClinicProgram: CLINIC_PROGRAMS,
  CaseProgram: CASE_PROGRAMS,
  Specialty: SPECIALTIES,
  RequiredSpecialty: REQUIRED_SPECIALTIES,
  StepPosition: STEP_POSITIONS,
  ClinicDayStatus: CLINIC_DAY_STATUSES,
  VisitStatus: VISIT_STATUSES,
  SlotStatus: SLOT_STATUSES,
  Sex: SEXES,
  PatientLanguage: PATIENT_LANGUAGES,
  CaseStatus: CASE_STATUSES,
  Urgency: URGENCIES,
  FindingKind: FINDING_KINDS,
  ConferenceStatus: CONFERENCE_STATUSES,
  AgendaItemStatus: AGENDA_ITEM_STATUSES,
  Modality: MODALITIES,
  FollowUpKind: FOLLOW_UP_KINDS,
  TrialPhase: TRIAL_PHASES,
  TrialStatus: TRIAL_STATUSES,
  TrialSex: TRIAL_SEXES,
  CriterionStatus: CRITERION_STATUSES,
  Eligibility: ELIGIBILITIES,
  ReviewDecision: REVIEW_DECISIONS,
  PatientInterest: PATIENT_INTERESTS,
  ImportOutcome: IMPORT_OUTCOMES,
  AuditOutcome: AUDIT_OUTCOMES,
};

/** Type.field (or Query.field(argument)) and the enum it carries, list or not. */
const USES: [string, string][] = [
  ['User.role', 'Role'],
  ['ClinicDay.program', 'ClinicProgram'],
  ['ClinicDay.status', 'ClinicDayStatus'],
  ['ClinicDay.patientLanguage', 'PatientLanguage'],
  ['Visit.status', 'VisitStatus'],
  ['Visit.specialty', 'Specialty'],
  ['ProposedVisit.specialty', 'Specialty'],
  ['BoardRow.specialty', 'Specialty'],
  ['BoardSlot.status', 'SlotStatus'],
  ['Program.program', 'ClinicProgram'],
  ['ProgramStep.specialty', 'Specialty'],
  ['ProgramStep.position', 'StepPosition'],
  ['ProgramStepInput.specialty', 'Specialty'],
  ['ProgramStepInput.position', 'StepPosition'],
  ['UpdateProgramInput.program', 'ClinicProgram'],
  ['ClinicDayOptionsInput.program', 'ClinicProgram'],
  ['BookClinicDayInput.program', 'ClinicProgram'],
  ['Specialist.specialty', 'Specialty'],
  ['Specialist.programs', 'ClinicProgram'],
  ['Query.specialists(program)', 'ClinicProgram'],
  ['Query.specialists(specialty)', 'Specialty'],
  ['Query.myItinerary(language)', 'PatientLanguage'],
  ['Patient.sex', 'Sex'],
  ['RegisterPatientInput.sex', 'Sex'],
  ['Case.program', 'CaseProgram'],
  ['Case.status', 'CaseStatus'],
  ['Case.urgency', 'Urgency'],
  ['CasePatient.sex', 'Sex'],
  ['CaseClinician.specialty', 'Specialty'],
  ['Finding.kind', 'FindingKind'],
  ['FindingInput.kind', 'FindingKind'],
  ['SubmitCaseInput.program', 'CaseProgram'],
  ['SubmitCaseInput.urgency', 'Urgency'],
  ['CasesFilter.program', 'CaseProgram'],
  ['CasesFilter.status', 'CaseStatus'],
  ['Conference.program', 'CaseProgram'],
  ['Conference.status', 'ConferenceStatus'],
  ['ScheduleConferenceInput.program', 'CaseProgram'],
  ['AgendaItem.status', 'AgendaItemStatus'],
  ['AgendaItem.urgency', 'Urgency'],
  ['Attendee.specialty', 'Specialty'],
  ['SpecialtyAttendance.specialty', 'RequiredSpecialty'],
  ['Recommendation.modalities', 'Modality'],
  ['RecordRecommendationInput.modalities', 'Modality'],
  ['FollowUp.kind', 'FollowUpKind'],
  ['FollowUpInput.kind', 'FollowUpKind'],
  ['Trial.phases', 'TrialPhase'],
  ['Trial.overallStatus', 'TrialStatus'],
  ['Trial.programs', 'ClinicProgram'],
  ['Trial.sex', 'TrialSex'],
  ['TrialCriteria.programs', 'CaseProgram'],
  ['TrialCriteriaInput.programs', 'CaseProgram'],
  ['Query.trials(program)', 'CaseProgram'],
  ['CriterionResult.status', 'CriterionStatus'],
  ['TrialMatch.overall', 'Eligibility'],
  ['TrialReview.overall', 'Eligibility'],
  ['TrialReview.decision', 'ReviewDecision'],
  ['TrialReview.patientInterest', 'PatientInterest'],
  ['RecordTrialReviewInput.decision', 'ReviewDecision'],
  ['RecordTrialReviewInput.patientInterest', 'PatientInterest'],
  ['ImportedRecord.outcome', 'ImportOutcome'],
  ['AuditEvent.outcome', 'AuditOutcome'],
  ['AuditEventsFilter.outcome', 'AuditOutcome'],
];

/** Names that always carry a vocabulary value: none of them may be a free String. */
const VOCABULARY_NAMES = new Set([
  'program',
  'programs',
  'status',
  'overallStatus',
  'urgency',
  'specialty',
  'kind',
  'phase',
  'phases',
  'decision',
  'outcome',
  'overall',
  'modalities',
  'patientInterest',
  'sex',
]);

type Typed = GraphQLField<unknown, unknown> | GraphQLInputField | GraphQLArgument;

/** Every field of every object and input type, and every argument, by its place. */
function* everyField(schema: GraphQLSchema): Generator<[string, Typed]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!isObjectType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      yield [`${type.name}.${field.name}`, field];
      for (const arg of 'args' in field ? field.args : [])
        yield [`${type.name}.${field.name}(${arg.name})`, arg];
    }
  }
}

describe('the clinic vocabulary in the GraphQL schema', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let fields: Map<string, Typed>;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    schema = api.app.get(GraphQLSchemaHost).schema;
    fields = new Map(everyField(schema));
  });
  afterAll(() => api.close());

  it.each(Object.entries(ENUMS))('has the enum %s with the domain values', (name, values) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (!isEnumType(type)) return;
    expect(type.description).toBeTruthy();
    expect(
      type
        .getValues()
        .map((v) => v.value)
        .sort(),
    ).toEqual([...values].sort());
    expect(type.getValues().every((v) => v.name === v.value)).toBe(true);
  });

  it.each(USES)('%s is a %s', (place, enumName) => {
    const field = fields.get(place);
    expect(field && getNamedType(field.type).name).toBe(enumName);
  });

  const nameOf = (place: string) => place.replace(/^.*[.(]|\)$/g, '');

  it('has no String field or argument named like a vocabulary value', () => {
    const named = [...fields].filter(([place]) => VOCABULARY_NAMES.has(nameOf(place)));
    // The walk sees fields, input fields and arguments: the rule is not passing by finding nothing.
    expect(named.map(([place]) => place)).toEqual(
      expect.arrayContaining(
        USES.map(([place]) => place).filter((place) => VOCABULARY_NAMES.has(nameOf(place))),
      ),
    );
    const free = named
      .filter(([, field]) => getNamedType(field.type).name === 'String')
      .map(([place]) => place);
    expect(free).toEqual([]);
  });

  it('refuses a value outside an enum as BAD_USER_INPUT naming the field, never echoing it', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($filter: CasesFilter) { cases(filter: $filter) { id } }',
        variables: { filter: { status: '<script>LUNG</script>' } },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]).toMatchObject({
      message: 'status: Not one of the CaseStatus values.',
      extensions: { code: 'BAD_USER_INPUT', field: 'status' },
    });
    const literal = await api.gql('{ specialists(program: LUNG) { id } }');
    expect(literal.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
