import { Controller, Get, Header, Param, Req, UseFilters } from '@nestjs/common';
import { notFound, Roles } from '@oneday/api-common';
import { FHIR_JSON, fhirBase, FhirErrorsFilter, fhirId } from '@oneday/api-fhir';
import {
  toFhirBundle,
  toFhirPractitioner,
  toFhirPractitionerRole,
  toFhirRoomLocation,
  toFhirSiteLocation,
} from '@oneday/domain';
import type { Request } from 'express';
import { StaffDirectory } from './staff-directory.service.js';

/** The center's directory as FHIR: who works where. No patient data. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
@Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
export class DirectoryFhirController {
  constructor(private readonly directory: StaffDirectory) {}

  private async specialist(id: string) {
    const found = await this.directory.specialist(id);
    if (!found) throw notFound('Practitioner');
    return found;
  }

  @Get('Practitioner')
  @Header('content-type', FHIR_JSON)
  async practitioners(@Req() request: Request) {
    const specialists = await this.directory.staffAt(null);
    return toFhirBundle('searchset', fhirBase(request), specialists.map(toFhirPractitioner));
  }

  @Get('Practitioner/:id')
  @Header('content-type', FHIR_JSON)
  async practitioner(@Param('id', fhirId) specialistId: string) {
    return toFhirPractitioner(await this.specialist(specialistId));
  }

  @Get('PractitionerRole')
  @Header('content-type', FHIR_JSON)
  async practitionerRoles(@Req() request: Request) {
    const specialists = await this.directory.staffAt(null);
    return toFhirBundle('searchset', fhirBase(request), specialists.map(toFhirPractitionerRole));
  }

  @Get('PractitionerRole/:id')
  @Header('content-type', FHIR_JSON)
  async practitionerRole(@Param('id', fhirId) specialistId: string) {
    return toFhirPractitionerRole(await this.specialist(specialistId));
  }

  @Get('Location')
  @Header('content-type', FHIR_JSON)
  async locations(@Req() request: Request) {
    const [sites, rooms] = await Promise.all([
      this.directory.allSites(),
      this.directory.allRooms(),
    ]);
    return toFhirBundle('searchset', fhirBase(request), [
      ...sites.map(toFhirSiteLocation),
      ...rooms.map(toFhirRoomLocation),
    ]);
  }

  @Get('Location/:id')
  @Header('content-type', FHIR_JSON)
  async location(@Param('id', fhirId) locationId: string) {
    const site = await this.directory.site(locationId);
    if (site) return toFhirSiteLocation(site);
    const room = (await this.directory.rooms([locationId])).get(locationId);
    if (!room) throw notFound('Location');
    return toFhirRoomLocation(room);
  }
}
