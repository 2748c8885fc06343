import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kept in the database, not in memory, so every api instance sees the same lockout. */
@Entity('login_attempt')
@Index('login_attempt_email_attempted_at_idx', ['email', 'attemptedAt'])
@Index('login_attempt_client_address_attempted_at_idx', ['clientAddress', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'login_attempt_pkey' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  /** The client's address as the api saw it (behind a proxy: set TRUST_PROXY). */
  @Column({ type: 'text', nullable: true })
  clientAddress!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
