import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@oneday/api-cases';
import { SpecialistsModule } from '@oneday/api-specialists';
import { AgendaItem } from './agenda-item.entity.js';
import { Attendance } from './attendance.entity.js';
import { CaseRecommendationResolver } from './case-recommendation.resolver.js';
import { Conference } from './conference.entity.js';
import { ConferencesResolver } from './conferences.resolver.js';
import { ConferencesService } from './conferences.service.js';
import { FollowUp } from './follow-up.entity.js';
import { RecommendationTrial } from './recommendation-trial.entity.js';
import { Recommendation } from './recommendation.entity.js';
import { RecommendationsRepository } from './recommendations.repository.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Conference,
      AgendaItem,
      Attendance,
      Recommendation,
      RecommendationTrial,
      FollowUp,
    ]),
    CasesModule,
    SpecialistsModule,
  ],
  providers: [
    RecommendationsRepository,
    ConferencesService,
    ConferencesResolver,
    CaseRecommendationResolver,
  ],
})
export class ConferenceModule {}
