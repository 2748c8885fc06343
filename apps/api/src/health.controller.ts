import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@oneday/api-common';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Public()
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and no migration is pending; a load balancer reads this. */
  @Public()
  @Get('ready')
  async ready() {
    let pending: boolean;
    try {
      pending = await this.dataSource.showMigrations();
    } catch {
      throw new HttpException(
        { status: 'unavailable', database: 'unreachable' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    if (pending)
      throw new HttpException(
        { status: 'unavailable', database: 'migrations pending' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    return { status: 'ready' };
  }
}
