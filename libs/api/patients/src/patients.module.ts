import { Module } from '@nestjs/common';
import { PatientAccessRepository } from './patient-access.repository.js';
import { PatientsResolver } from './patients.resolver.js';
import { PatientsService } from './patients.service.js';

@Module({
  providers: [PatientAccessRepository, PatientsService, PatientsResolver],
  exports: [PatientsService, PatientAccessRepository],
})
export class PatientsModule {}
