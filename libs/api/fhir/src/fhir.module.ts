import { Module } from '@nestjs/common';
import { ClinicModule } from '@oneday/api-clinic';
import { ConferenceModule } from '@oneday/api-conference';
import { PatientsModule } from '@oneday/api-patients';
import { FhirClinicalController } from './fhir-clinical.controller.js';
import { FhirDirectoryController } from './fhir-directory.controller.js';
import { FhirRecordsService } from './fhir-records.service.js';

/** Read-only FHIR R4 JSON under /fhir. */
@Module({
  imports: [ClinicModule, ConferenceModule, PatientsModule],
  controllers: [FhirDirectoryController, FhirClinicalController],
  providers: [FhirRecordsService],
})
export class FhirModule {}
