import { Global, Module } from '@nestjs/common';
import { LiveEventsService } from './live-events.service.js';
import { UnitOfWork } from './unit-of-work.js';

/** Global: every feature makes its changes through the unit of work. Needs an AuditLog provider. */
@Global()
@Module({ providers: [LiveEventsService, UnitOfWork], exports: [LiveEventsService, UnitOfWork] })
export class ChangesModule {}
