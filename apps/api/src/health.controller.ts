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

  /** Readiness: the database answers and no migration is pending. */
  @Public()
  @Get('ready')
  async ready() {
    try {
      const pending = await this.dataSource.showMigrations();
      if (pending) throw new Error('migrations pending');
      return { status: 'ready' };
    } catch {
      throw new HttpException({ status: 'unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
