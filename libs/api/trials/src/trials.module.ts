import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@oneday/api-cases';
import { ClinicModule } from '@oneday/api-clinic';
import type { EvaluationSettings } from '@oneday/domain';
import { TrialReview } from './trial-review.entity.js';
import { Trial } from './trial.entity.js';
import { TrialsFhirController } from './trials-fhir.controller.js';
import { TrialsResolver } from './trials.resolver.js';
import { TRIAL_EVALUATION_SETTINGS } from './trials.service.js';
import { TrialsService } from './trials.service.js';

@Module({})
export class TrialsModule {
  static forRoot(settings: EvaluationSettings): DynamicModule {
    return {
      module: TrialsModule,
      imports: [TypeOrmModule.forFeature([Trial, TrialReview]), CasesModule, ClinicModule],
      controllers: [TrialsFhirController],
      providers: [
        { provide: TRIAL_EVALUATION_SETTINGS, useValue: settings },
        TrialsService,
        TrialsResolver,
      ],
    };
  }
}
