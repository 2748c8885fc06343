import type { ClinicProgram, Specialty } from '@oneday/domain';

/** A site as other features see it. */
export interface SiteRecord {
  id: string;
  name: string;
  timeZone: string;
  address: string;
}

export interface RoomRecord {
  id: string;
  siteId: string;
  name: string;
}

/** A specialist as other features see it. */
export interface StaffRecord {
  id: string;
  siteId: string;
  name: string;
  specialty: Specialty;
  programs: ClinicProgram[];
  defaultRoomId: string | null;
}
