import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@oneday/api-common';
import { QueryMetrics } from '@oneday/api-database';

/** Prometheus text format; counters only, nothing about any patient. */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: QueryMetrics) {}

  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  read(): string {
    const counter = (name: string, help: string, value: number) =>
      `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`;
    return [
      counter('oneday_db_queries_total', 'Statements sent to PostgreSQL.', this.metrics.queries),
      counter(
        'oneday_db_slow_queries_total',
        'Statements slower than the slow-query threshold.',
        this.metrics.slowQueries,
      ),
      counter(
        'oneday_db_failed_queries_total',
        'Statements PostgreSQL refused or could not run.',
        this.metrics.failedQueries,
      ),
    ].join('');
  }
}
