import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CaseProgramEnum,
  CaseStatusEnum,
  FindingKindEnum,
  SexEnum,
  SpecialtyEnum,
  UrgencyEnum,
} from '@oneday/api-common';
import type { CaseProgram, CaseStatus, FindingKind, Sex, Specialty, Urgency } from '@oneday/domain';

@ObjectType('CasePatient', { description: 'Who the case is about, as the board needs to know.' })
export class CasePatientModel {
  @Field(() => ID)
  id!: string;

  @Field()
  mrn!: string;

  @Field()
  name!: string;

  @Field()
  birthDate!: string;

  @Field(() => SexEnum)
  sex!: Sex;
}

@ObjectType('CaseClinician')
export class CaseClinicianModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;
}

@ObjectType('Biomarker')
export class BiomarkerModel {
  @Field()
  name!: string;

  @Field()
  value!: string;

  @Field({ description: 'yyyy-MM-dd' })
  observedOn!: string;
}

@ObjectType('Finding')
export class FindingModel {
  @Field(() => FindingKindEnum)
  kind!: FindingKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field()
  observedOn!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType('Case')
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CasePatientModel)
  patient!: CasePatientModel;

  @Field(() => CaseClinicianModel)
  submittedBy!: CaseClinicianModel;

  @Field(() => CaseProgramEnum)
  program!: CaseProgram;

  @Field()
  primarySite!: string;

  @Field()
  histology!: string;

  @Field(() => String, { nullable: true })
  clinicalT!: string | null;

  @Field(() => String, { nullable: true })
  clinicalN!: string | null;

  @Field(() => String, { nullable: true })
  clinicalM!: string | null;

  @Field(() => String, { nullable: true })
  stageGroup!: string | null;

  @Field(() => [BiomarkerModel])
  biomarkers!: BiomarkerModel[];

  @Field(() => Int, { nullable: true })
  ecog!: number | null;

  @Field(() => [String])
  priorTherapy!: string[];

  @Field()
  treatmentStarted!: boolean;

  @Field()
  question!: string;

  @Field(() => [FindingModel])
  findings!: FindingModel[];

  @Field(() => UrgencyEnum)
  urgency!: Urgency;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field()
  submittedAt!: Date;
}
