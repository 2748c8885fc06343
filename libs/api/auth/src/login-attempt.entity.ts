import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kept in the database, not in memory, so every api instance sees the same lockout. */
@Entity('login_attempt')
@Index('login_attempt_email_attempted_at_idx', ['email', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'login_attempt_pkey' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
