import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PatientsModule } from '@oneday/api-patients';
import { SpecialistsModule } from '@oneday/api-specialists';
import { AvailabilityTemplate } from './availability-template.entity.js';
import { AvailabilityService } from './availability.service.js';
import { BookingResolver } from './booking.resolver.js';
import { BookingService } from './booking.service.js';
import { ClinicDayPlanner } from './clinic-day-planner.service.js';
import { ClinicDay } from './clinic-day.entity.js';
import { ClinicDaysResolver } from './clinic-days.resolver.js';
import { ClinicDaysService } from './clinic-days.service.js';
import { ClinicFhirController } from './clinic-fhir.controller.js';
import { DayScheduleResolver } from './day-schedule.resolver.js';
import { DayScheduleService } from './day-schedule.service.js';
import { FreeSlotsRepository } from './free-slots.repository.js';
import { ProgramTemplateRow } from './program-template.entity.js';
import { ProgramsResolver } from './programs.resolver.js';
import { ProgramsService } from './programs.service.js';
import { ScheduleEventsService } from './schedule-events.service.js';
import { Slot } from './slot.entity.js';
import { StaffCalendars } from './staff-calendars.service.js';
import { Visit } from './visit.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ClinicDay, Visit, ProgramTemplateRow, Slot, AvailabilityTemplate]),
    PatientsModule,
    SpecialistsModule,
  ],
  controllers: [ClinicFhirController],
  providers: [
    ClinicDaysService,
    ClinicDaysResolver,
    ProgramsService,
    ProgramsResolver,
    FreeSlotsRepository,
    ClinicDayPlanner,
    BookingService,
    BookingResolver,
    ScheduleEventsService,
    DayScheduleService,
    DayScheduleResolver,
    AvailabilityService,
    StaffCalendars,
  ],
  exports: [ClinicDaysService],
})
export class ClinicModule {}
