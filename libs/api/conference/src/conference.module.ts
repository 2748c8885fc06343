import { Module } from '@nestjs/common';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { ConferencesResolver } from './conferences.resolver.js';
import { ConferencesService } from './conferences.service.js';
import { RecommendationsRepository } from './recommendations.repository.js';

@Module({
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
