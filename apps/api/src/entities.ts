import { AuditEvent } from '@oneday/api-audit';
import { LoginAttempt, User } from '@oneday/api-auth';
import { ClinicDay, ProgramTemplateRow, Visit } from '@oneday/api-clinic';
import {
  AgendaItem,
  Attendance,
  CancerCase,
  Conference,
  FollowUp,
  Recommendation,
} from '@oneday/api-conference';
import { Patient } from '@oneday/api-patients';
import { AvailabilityTemplate, Room, Site, Slot, Specialist } from '@oneday/api-specialists';
import { Trial, TrialReview } from '@oneday/api-trials';

/** Every table the api maps; the migrations are the source of truth for their shape. */
export const ENTITIES = [
  Site,
  Room,
  Specialist,
  AvailabilityTemplate,
  Slot,
  Patient,
  User,
  LoginAttempt,
  CancerCase,
  Conference,
  AgendaItem,
  Attendance,
  Recommendation,
  FollowUp,
  ClinicDay,
  Visit,
  ProgramTemplateRow,
  Trial,
  TrialReview,
  AuditEvent,
];
