import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@oneday/api-common';
import type { Role } from '@oneday/domain';

/** A user account as the client sees it: never the password hash. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true })
  specialistId!: string | null;

  @Field(() => String, { nullable: true })
  patientId!: string | null;

  @Field()
  active!: boolean;
}
