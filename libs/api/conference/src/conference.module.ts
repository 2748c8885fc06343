import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItem } from './agenda-item.entity.js';
import { Attendance } from './attendance.entity.js';
import { CancerCase } from './cancer-case.entity.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { Conference } from './conference.entity.js';
import { ConferencesResolver } from './conferences.resolver.js';
import { ConferencesService } from './conferences.service.js';
import { FollowUp } from './follow-up.entity.js';
import { Recommendation } from './recommendation.entity.js';
import { RecommendationsRepository } from './recommendations.repository.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CancerCase,
      Conference,
      AgendaItem,
      Attendance,
      Recommendation,
      FollowUp,
    ]),
  ],
  providers: [
    CasesService,
    CasesResolver,
    RecommendationsRepository,
    ConferencesService,
    ConferencesResolver,
  ],
  exports: [CasesService],
})
export class ConferenceModule {}
