import { Field, InputType } from '@nestjs/graphql';
import { SexEnum } from '@oneday/api-common';
import { SEXES, type Sex } from '@oneday/domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

@InputType()
export class RegisterPatientInput {
  @Field({ description: 'Medical record number: letters, digits and dashes.' })
  @Matches(/^[A-Za-z0-9-]{3,32}$/, { message: 'MRN must be 3 to 32 letters, digits or dashes.' })
  mrn!: string;

  @Field()
  @Length(1, 100)
  givenName!: string;

  @Field()
  @Length(1, 100)
  familyName!: string;

  @Field({ description: 'yyyy-MM-dd' })
  @IsISO8601({ strict: true }, { message: 'Birth date must be a yyyy-MM-dd date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Birth date must be a yyyy-MM-dd date.' })
  birthDate!: string;

  @Field(() => SexEnum)
  @IsIn(SEXES)
  sex!: Sex;

  @Field({ nullable: true, defaultValue: 'en' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'Language must be a BCP 47 tag such as en or es.',
  })
  language?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsInterpreter?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsMobilityAssistance?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsTransport?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ()-]{7,20}$/, { message: 'Phone must be 7 to 20 digits, spaces or +()-.' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
