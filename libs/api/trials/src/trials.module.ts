import { Module } from '@nestjs/common';
import { ConferenceModule } from '@oneday/api-conference';
import { TrialsResolver } from './trials.resolver.js';
import { TrialsService } from './trials.service.js';

@Module({ imports: [ConferenceModule], providers: [TrialsService, TrialsResolver] })
export class TrialsModule {}
