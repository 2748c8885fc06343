import type { Specialty } from '@oneday/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Conference } from './conference.entity.js';

@Entity('attendance')
@Unique('attendance_conference_id_specialist_id_key', ['conferenceId', 'specialistId'])
export class Attendance {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'attendance_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference)
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'attendance_conference_id_fkey' })
  conference?: Relation<Conference>;

  @ForeignKey('specialist', { name: 'attendance_specialist_id_fkey' })
  @Column({ type: 'uuid' })
  specialistId!: string;

  /** The specialty they attended as, kept even if the specialist's record changes later. */
  @Column({ type: 'text' })
  specialty!: Specialty;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
