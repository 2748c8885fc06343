import { Controller, Get, Header, UseFilters } from '@nestjs/common';
import { Public } from '@oneday/api-common';
import { FhirErrorsFilter } from './fhir-errors.filter.js';
import { capabilityStatement, FHIR_JSON } from './fhir-http.js';

/** What this FHIR server offers; each feature serves its own resources under /fhir. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class FhirMetadataController {
  @Public()
  @Get('metadata')
  @Header('content-type', FHIR_JSON)
  metadata() {
    return capabilityStatement();
  }
}
