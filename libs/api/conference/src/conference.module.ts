import { Module } from '@nestjs/common';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

@Module({ providers: [CasesService, CasesResolver], exports: [CasesService] })
export class ConferenceModule {}
