import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AgendaItemStatusEnum,
  CaseProgramEnum,
  ConferenceStatusEnum,
  FollowUpKindEnum,
  ModalityEnum,
  RequiredSpecialtyEnum,
  SpecialtyEnum,
  UrgencyEnum,
} from '@oneday/api-common';
import type {
  AgendaItemStatus,
  CaseProgram,
  ConferenceStatus,
  FollowUpKind,
  Modality,
  RequiredSpecialty,
  Specialty,
  Urgency,
} from '@oneday/domain';

@ObjectType('FollowUp')
export class FollowUpModel {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowUpKindEnum)
  kind!: FollowUpKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  ownerName!: string | null;

  @Field()
  dueDate!: string;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => ID)
  caseId!: string;

  @Field()
  patientName!: string;
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  consensusPlan!: string;

  @Field(() => [ModalityEnum])
  modalities!: Modality[];

  @Field()
  stageDocumented!: boolean;

  @Field(() => String, { nullable: true })
  guideline!: string | null;

  @Field(() => String, { nullable: true })
  guidelineVersion!: string | null;

  @Field()
  trialDiscussed!: boolean;

  @Field(() => [ID])
  trialIds!: string[];

  @Field(() => String, { nullable: true })
  dissent!: string | null;

  @Field()
  recordedAt!: Date;

  @Field(() => [FollowUpModel])
  followUps!: FollowUpModel[];
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  minutes!: number;

  @Field()
  prospective!: boolean;

  @Field(() => AgendaItemStatusEnum)
  status!: AgendaItemStatus;

  @Field(() => ID)
  caseId!: string;

  @Field()
  patientName!: string;

  @Field()
  summary!: string;

  @Field(() => UrgencyEnum)
  urgency!: Urgency;

  @Field(() => String, { nullable: true })
  presenterName!: string | null;

  @Field(() => RecommendationModel, { nullable: true })
  recommendation!: RecommendationModel | null;
}

@ObjectType('Attendee')
export class AttendeeModel {
  @Field(() => ID)
  specialistId!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;
}

@ObjectType('Conference')
export class ConferenceModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CaseProgramEnum, { nullable: true })
  program!: CaseProgram | null;

  @Field()
  startsAt!: Date;

  @Field({ description: "The site's IANA time zone, for showing the start time." })
  timeZone!: string;

  @Field(() => Int)
  capacityMinutes!: number;

  @Field(() => ConferenceStatusEnum)
  status!: ConferenceStatus;

  @Field(() => [AgendaItemModel])
  agenda!: AgendaItemModel[];

  @Field(() => ID, { nullable: true, description: 'The case being presented now.' })
  currentAgendaItemId!: string | null;

  @Field(() => [AttendeeModel])
  attendance!: AttendeeModel[];
}

@ObjectType('ConferenceChange')
export class ConferenceChangeModel {
  @Field(() => ID)
  conferenceId!: string;

  @Field()
  reason!: string;
}

@ObjectType('SpecialtyAttendance')
export class SpecialtyAttendanceModel {
  @Field(() => RequiredSpecialtyEnum)
  specialty!: RequiredSpecialty;

  @Field(() => Number, { nullable: true })
  share!: number | null;
}

@ObjectType('ConferenceMetrics', { description: 'CoC Standard 2.5 figures for a period.' })
export class ConferenceMetricsModel {
  @Field(() => Int)
  conferences!: number;

  @Field(() => Int)
  casesPresented!: number;

  @Field(() => Number, { nullable: true })
  prospectiveShare!: number | null;

  @Field(() => Number, { nullable: true })
  stageDocumentedShare!: number | null;

  @Field(() => Number, { nullable: true })
  trialsDiscussedShare!: number | null;

  @Field(() => [SpecialtyAttendanceModel])
  attendance!: SpecialtyAttendanceModel[];

  @Field(() => Int)
  fullyAttendedConferences!: number;

  @Field(() => Int)
  followUpsDue!: number;

  @Field(() => Int)
  followUpsOnTime!: number;

  @Field(() => Number, { nullable: true })
  followUpsOnTimeShare!: number | null;
}
