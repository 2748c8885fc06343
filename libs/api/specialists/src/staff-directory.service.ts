import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClinicProgram } from '@oneday/domain';
import { DataSource, In } from 'typeorm';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';
import { Specialist } from './specialist.entity.js';
import type { RoomRecord, SiteRecord, StaffRecord } from './staff-records.js';

const toStaff = (s: Specialist): StaffRecord => ({
  id: s.id,
  siteId: s.siteId,
  name: s.name,
  specialty: s.specialty,
  programs: s.programs,
  defaultRoomId: s.defaultRoomId,
});

/**
 * The center's sites, rooms and specialists for other features. Reference data, read on its
 * own connection: a change elsewhere holds only foreign keys to it, which the database checks.
 */
@Injectable()
export class StaffDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async site(id: string): Promise<SiteRecord | null> {
    return this.dataSource.getRepository(Site).findOneBy({ id });
  }

  allSites(): Promise<SiteRecord[]> {
    return this.dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
  }

  allRooms(): Promise<RoomRecord[]> {
    return this.dataSource.getRepository(Room).find({ order: { name: 'ASC' } });
  }

  async sites(ids: readonly string[]): Promise<Map<string, SiteRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Site).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((s) => [s.id, s]));
  }

  async specialist(id: string): Promise<StaffRecord | null> {
    const row = await this.dataSource.getRepository(Specialist).findOneBy({ id });
    return row && toStaff(row);
  }

  async specialists(ids: readonly (string | null)[]): Promise<Map<string, StaffRecord>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Specialist).findBy({ id: In(wanted) });
    return new Map(rows.map((s) => [s.id, toStaff(s)]));
  }

  /** Everyone at a site (or at every site, for null), or those of them who serve a program. */
  async staffAt(siteId: string | null, program?: ClinicProgram): Promise<StaffRecord[]> {
    const query = this.dataSource
      .getRepository(Specialist)
      .createQueryBuilder('s')
      .orderBy('s.name');
    if (siteId) query.andWhere('s.site_id = :siteId', { siteId });
    if (program) query.andWhere(':program = ANY(s.programs)', { program });
    return (await query.getMany()).map(toStaff);
  }

  async rooms(ids: readonly (string | null)[]): Promise<Map<string, RoomRecord>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Room).findBy({ id: In(wanted) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async roomsAt(siteId: string): Promise<RoomRecord[]> {
    return this.dataSource.getRepository(Room).find({ where: { siteId }, order: { name: 'ASC' } });
  }
}
