import { Module } from '@nestjs/common';
import { PatientsModule } from '@oneday/api-patients';
import { ClinicDaysResolver } from './clinic-days.resolver.js';
import { ClinicDaysService } from './clinic-days.service.js';

@Module({
  imports: [PatientsModule],
  providers: [ClinicDaysService, ClinicDaysResolver],
  exports: [ClinicDaysService],
})
export class ClinicModule {}
