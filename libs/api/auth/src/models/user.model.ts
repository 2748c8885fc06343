import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@oneday/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a signed-in user may do.' });

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
