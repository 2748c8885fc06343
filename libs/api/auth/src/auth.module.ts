import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { TokenService } from './token.service.js';
import { User } from './user.entity.js';

@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [JwtModule.register({}), TypeOrmModule.forFeature([User, LoginAttempt])],
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        TokenService,
        AuthService,
        AuthResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AuthService, TokenService],
    };
  }
}
