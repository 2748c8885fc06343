import { Module } from '@nestjs/common';
import { FhirMetadataController } from './fhir-metadata.controller.js';

/** Read-only FHIR R4 JSON under /fhir: the CapabilityStatement here, resources in their features. */
@Module({ controllers: [FhirMetadataController] })
export class FhirModule {}
