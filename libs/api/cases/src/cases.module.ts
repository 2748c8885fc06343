import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PatientRelationsSource, PatientsModule } from '@oneday/api-patients';
import { SpecialistsModule } from '@oneday/api-specialists';
import { CancerCase } from './cancer-case.entity.js';
import { CaseRelationsSource } from './case-relations.source.js';
import { CasesFhirController } from './cases-fhir.controller.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

/**
 * A patient's cases, before and after any conference. Global because it provides the
 * patients feature's PatientRelationsSource (patients sits below cases and cannot import it).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CancerCase]), PatientsModule, SpecialistsModule],
  controllers: [CasesFhirController],
  providers: [
    CasesService,
    CasesResolver,
    CaseRelationsSource,
    { provide: PatientRelationsSource, useExisting: CaseRelationsSource },
  ],
  exports: [CasesService, PatientRelationsSource],
})
export class CasesModule {}
