import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, Roles } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { AuthService } from './auth.service.js';
import { LoginInput } from './dto/login.input.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { UserModel } from './models/user.model.js';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Sign in; wrong credentials get one generic error.',
  })
  login(
    @Args('input') input: LoginInput,
    @Context() context: { req?: { ip?: string } },
  ): Promise<AuthPayloadModel> {
    return this.auth.login(input.email, input.password, context.req?.ip ?? null);
  }

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.auth.me(actor);
  }

  @Roles('ADMIN')
  @Query(() => [UserModel], { description: 'All user accounts (admins).' })
  users(): Promise<UserModel[]> {
    return this.auth.listUsers();
  }
}
