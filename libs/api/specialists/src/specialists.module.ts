import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryFhirController } from './directory-fhir.controller.js';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';
import { Specialist } from './specialist.entity.js';
import { SpecialistsResolver } from './specialists.resolver.js';
import { StaffDirectory } from './staff-directory.service.js';

/** Sites, rooms and specialists: the staff directory other features look people up in. */
@Module({
  imports: [TypeOrmModule.forFeature([Site, Room, Specialist])],
  controllers: [DirectoryFhirController],
  providers: [SpecialistsResolver, StaffDirectory],
  exports: [StaffDirectory],
})
export class SpecialistsModule {}
