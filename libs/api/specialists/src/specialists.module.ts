import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityTemplate } from './availability-template.entity.js';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';
import { Slot } from './slot.entity.js';
import { Specialist } from './specialist.entity.js';
import { SpecialistsResolver } from './specialists.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([Site, Room, Specialist, AvailabilityTemplate, Slot])],
  providers: [SpecialistsResolver],
})
export class SpecialistsModule {}
