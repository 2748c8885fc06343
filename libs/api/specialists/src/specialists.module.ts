import { Module } from '@nestjs/common';
import { SpecialistsResolver } from './specialists.resolver.js';

@Module({ providers: [SpecialistsResolver] })
export class SpecialistsModule {}
