import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Site } from './site.entity.js';

@Entity('room')
@Unique('room_site_id_name_key', ['siteId', 'name'])
export class Room {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'room_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'room_site_id_fkey' })
  site?: Relation<Site>;

  @Column({ type: 'text' })
  name!: string;
}
