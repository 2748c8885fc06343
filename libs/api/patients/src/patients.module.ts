import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PatientAccessRepository } from './patient-access.repository.js';
import { Patient } from './patient.entity.js';
import { PatientsResolver } from './patients.resolver.js';
import { PatientsService } from './patients.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Patient])],
  providers: [PatientAccessRepository, PatientsService, PatientsResolver],
  exports: [PatientsService, PatientAccessRepository],
})
export class PatientsModule {}
