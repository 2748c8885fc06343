import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@oneday/api-audit';
import { AuthModule } from '@oneday/api-auth';
import { CasesModule } from '@oneday/api-cases';
import { ClinicModule } from '@oneday/api-clinic';
import { formatClientError, inputValidationPipe, ChangesModule } from '@oneday/api-common';
import { ConferenceModule } from '@oneday/api-conference';
import { dataSourceOptions, QueryMetrics } from '@oneday/api-database';
import { FhirModule } from '@oneday/api-fhir';
import { PatientsModule } from '@oneday/api-patients';
import { SpecialistsModule } from '@oneday/api-specialists';
import { TrialsModule } from '@oneday/api-trials';
import type { Request } from 'express';
import type { ApiConfig } from './config.js';
import { GraphQLErrorsFilter } from './graphql-errors.filter.js';
import { depthRule, queryCostPlugin } from './graphql-limits.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';

const logger = new Logger('GraphQL');

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig & { databaseUrl: string }): DynamicModule {
    let schemaHost: GraphQLSchemaHost | undefined;
    const metrics = new QueryMetrics();
    return {
      module: AppModule,
      imports: [
        // Each feature registers its own tables (TypeOrmModule.forFeature); none lists another's.
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, metrics),
          autoLoadEntities: true,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphQLSchemaHost],
          useFactory: (host: GraphQLSchemaHost) => {
            schemaHost = host;
            return {
              autoSchemaFile: config.schemaFile ?? true,
              sortSchema: true,
              introspection: !config.production,
              hideSchemaDetailsFromClientErrors: config.production,
              includeStacktraceInErrorResponses: false,
              csrfPrevention: true,
              // Over WebSocket the bearer token arrives in connectionParams; the auth guard reads
              // it from the same place as for HTTP.
              context: ({
                req,
                connectionParams,
              }: {
                req?: Request;
                connectionParams?: Record<string, unknown>;
              }) =>
                req
                  ? { req }
                  : {
                      req: {
                        headers: {
                          authorization: String(connectionParams?.['authorization'] ?? ''),
                        },
                      },
                    },
              subscriptions: { 'graphql-ws': { path: '/graphql' } },
              validationRules: [depthRule],
              plugins: [queryCostPlugin(() => schemaHost!.schema)],
              formatError: (formatted, error) => {
                const shaped = formatClientError(formatted, error);
                if (shaped.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') logger.error(error);
                if (shaped.extensions?.['code'] === 'SERVICE_UNAVAILABLE')
                  logger.warn(`database unavailable: ${(error as Error).message}`);
                return shaped;
              },
            };
          },
        }),
        ...(config.webDist
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDist,
                exclude: ['/graphql', '/health', '/ready', '/metrics', '/fhir/{*path}'],
              }),
            ]
          : []),
        AuditModule,
        ChangesModule,
        AuthModule.forRoot({
          jwtSecret: config.jwtSecret,
          tokenTtlSeconds: config.tokenTtlSeconds,
        }),
        PatientsModule,
        SpecialistsModule,
        CasesModule,
        ConferenceModule,
        ClinicModule,
        TrialsModule.forRoot({ maxDataAgeDays: config.trialDataMaxAgeDays }),
        FhirModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorsFilter },
        { provide: QueryMetrics, useValue: metrics },
      ],
    };
  }
}
