import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Signed JWT; send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
