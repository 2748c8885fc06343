import type { ClinicProgram, Specialty } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';

@Entity('specialist')
@Check(
  'specialist_specialty_check',
  `specialty IN ('BREAST_SURGEON','UROLOGIC_ONCOLOGIST','HEAD_AND_NECK_SURGEON','MEDICAL_ONCOLOGIST','RADIATION_ONCOLOGIST','PLASTIC_SURGEON','GENETIC_COUNSELOR','RADIOLOGIST','PATHOLOGIST','NURSE_NAVIGATOR','RESEARCH_NURSE','DIETITIAN','SPEECH_LANGUAGE_PATHOLOGIST','DENTAL_ONCOLOGIST','SOCIAL_WORKER')`,
)
@Index('specialist_site_id_idx', ['siteId'])
export class Specialist {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'specialist_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'specialist_site_id_fkey' })
  site?: Relation<Site>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  specialty!: Specialty;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  programs!: ClinicProgram[];

  @Column({ type: 'uuid', nullable: true })
  defaultRoomId!: string | null;

  @ManyToOne(() => Room)
  @JoinColumn({
    name: 'default_room_id',
    foreignKeyConstraintName: 'specialist_default_room_id_fkey',
  })
  defaultRoom?: Relation<Room>;
}
