import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A place where clinic days happen; every clinic time is computed in its zone. */
@Entity('site')
@Unique('site_name_key', ['name'])
export class Site {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'site_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA zone, e.g. America/Los_Angeles. */
  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'text', default: '' })
  address!: string;
}
