import { Controller, Get, Header, Param, Req, UseFilters } from '@nestjs/common';
import { CurrentActor, notFound, Roles } from '@oneday/api-common';
import { FHIR_JSON, fhirBase, FhirErrorsFilter, fhirId } from '@oneday/api-fhir';
import {
  toFhirBundle,
  toFhirConsent,
  toFhirResearchStudy,
  toFhirResearchSubject,
  type Actor,
} from '@oneday/domain';
import type { Request } from 'express';
import { TrialsService } from './trials.service.js';

/** Trials as ResearchStudy; a trial review as ResearchSubject and its Consent. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class TrialsFhirController {
  constructor(private readonly trials: TrialsService) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Get('ResearchStudy')
  @Header('content-type', FHIR_JSON)
  async studies(@Req() request: Request) {
    const studies = await this.trials.studies();
    return toFhirBundle('searchset', fhirBase(request), studies.map(toFhirResearchStudy));
  }

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Get('ResearchStudy/:id')
  @Header('content-type', FHIR_JSON)
  async study(@Param('id', fhirId) trialId: string) {
    const study = await this.trials.study(trialId);
    if (!study) throw notFound('ResearchStudy');
    return toFhirResearchStudy(study);
  }

  private async review(actor: Actor, reviewId: string) {
    const review = await this.trials.reviewRecord(actor, reviewId);
    if (!review) throw notFound('ResearchSubject');
    return review;
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('ResearchSubject/:id')
  @Header('content-type', FHIR_JSON)
  async researchSubject(@CurrentActor() actor: Actor, @Param('id', fhirId) reviewId: string) {
    return toFhirResearchSubject(await this.review(actor, reviewId));
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('Consent/:id')
  @Header('content-type', FHIR_JSON)
  async consent(@CurrentActor() actor: Actor, @Param('id', fhirId) reviewId: string) {
    const consent = toFhirConsent(await this.review(actor, reviewId));
    if (!consent) throw notFound('Consent');
    return consent;
  }
}
