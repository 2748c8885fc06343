import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/** Queries slower than this are logged with their SQL (never their parameters: they hold PHI). */
export const SLOW_QUERY_MS = 250;

/**
 * TypeORM's logger for the api: counts every statement sent to PostgreSQL (read by /metrics, so
 * an operator or the benchmark can see queries per request), and warns about slow or failed ones.
 */
export class QueryMetrics implements Logger {
  private readonly logger = new NestLogger('Database');
  /** LOG_SQL=true prints every statement (never its parameters), to see what a request costs. */
  private readonly printEach = process.env['LOG_SQL'] === 'true';
  queries = 0;
  slowQueries = 0;
  failedQueries = 0;

  logQuery(query: string): void {
    this.queries++;
    if (this.printEach) this.logger.log(query.replace(/\s+/g, ' '));
  }

  logQuerySlow(time: number, query: string): void {
    this.slowQueries++;
    this.logger.warn(`slow query (${time} ms): ${query.replace(/\s+/g, ' ').slice(0, 300)}`);
  }

  logQueryError(): void {
    // The error itself travels up to the caller, which decides what the client and the log see.
    this.failedQueries++;
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
