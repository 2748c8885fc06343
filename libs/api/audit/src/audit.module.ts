import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** Global: every feature that touches patient data records what it did. */
@Global()
@Module({ providers: [AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
