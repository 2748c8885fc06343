import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Patient } from './patient.entity.js';
import { PatientsFhirController } from './patients-fhir.controller.js';
import { PatientsResolver } from './patients.resolver.js';
import { PatientsService } from './patients.service.js';

/** Needs a PatientRelationsSource, which the cases feature provides. */
@Module({
  imports: [TypeOrmModule.forFeature([Patient])],
  controllers: [PatientsFhirController],
  providers: [PatientsService, PatientsResolver],
  exports: [PatientsService],
})
export class PatientsModule {}
