import { Module } from '@nestjs/common';
import { ClinicModule } from '@oneday/api-clinic';
import { PatientsModule } from '@oneday/api-patients';
import { SpecialistsModule } from '@oneday/api-specialists';
import { FhirClinicalController } from './fhir-clinical.controller.js';
import { FhirDirectoryController } from './fhir-directory.controller.js';
import { FhirRecordsService } from './fhir-records.service.js';

/** Read-only FHIR R4 JSON under /fhir. */
@Module({
  imports: [ClinicModule, PatientsModule, SpecialistsModule],
  controllers: [FhirDirectoryController, FhirClinicalController],
  providers: [FhirRecordsService],
})
export class FhirModule {}
