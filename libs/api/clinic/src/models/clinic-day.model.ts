import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  ClinicDayStatusEnum,
  ClinicProgramEnum,
  PatientLanguageEnum,
  SpecialtyEnum,
  VisitStatusEnum,
} from '@oneday/api-common';
import type {
  ClinicDayStatus,
  ClinicProgram,
  PatientLanguage,
  Specialty,
  VisitStatus,
} from '@oneday/domain';
import { TimeRangeModel } from './clinic-day-options.model.js';

@ObjectType('Visit', { description: "One step of a patient's clinic day." })
export class VisitModel {
  @Field(() => ID)
  id!: string;

  @Field()
  step!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;

  @Field({ description: 'The specialty as the clinic names it, e.g. "Radiation oncologist".' })
  specialtyTitle!: string;

  @Field({ description: 'Why the patient sees this specialist, in plain words.' })
  purpose!: string;

  @Field()
  specialistName!: string;

  @Field()
  room!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => VisitStatusEnum)
  status!: VisitStatus;
}

@ObjectType('ClinicSite')
export class ClinicSiteModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  address!: string;

  @Field({ description: 'IANA time zone every time of the day is shown in.' })
  timeZone!: string;
}

@ObjectType('ClinicDay')
export class ClinicDayModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field({ description: 'yyyy-MM-dd, in the site zone' })
  date!: string;

  @Field(() => ClinicProgramEnum)
  program!: ClinicProgram;

  @Field(() => ClinicDayStatusEnum)
  status!: ClinicDayStatus;

  @Field(() => ClinicSiteModel)
  site!: ClinicSiteModel;

  @Field(() => [VisitModel])
  visits!: VisitModel[];

  @Field(() => Date, { nullable: true, description: 'Start of the first visit.' })
  arrivalAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the last visit.' })
  departureAt!: Date | null;

  @Field(() => TimeRangeModel, {
    nullable: true,
    description: 'The lunch break, if the day has one.',
  })
  lunch!: TimeRangeModel | null;

  @Field(() => [String])
  whatToBring!: string[];

  @Field(() => PatientLanguageEnum, {
    description: 'The language of the patient’s own pages, from their record.',
  })
  patientLanguage!: PatientLanguage;
}
