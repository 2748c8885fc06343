import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, notFound, UnitOfWork } from '@oneday/api-common';
import {
  validateTemplate,
  type Actor,
  type ClinicProgram,
  type ProgramTemplate,
} from '@oneday/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CLINIC_CHANGES } from './clinic.changes.js';
import { ProgramTemplateRow } from './program-template.entity.js';
import { toTemplate } from './program.mapper.js';

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(): Promise<ProgramTemplate[]> {
    const rows = await this.dataSource
      .getRepository(ProgramTemplateRow)
      .find({ order: { program: 'ASC' } });
    return rows.map(toTemplate);
  }

  async get(program: ClinicProgram, manager: EntityManager): Promise<ProgramTemplate> {
    const row = await manager.findOneBy(ProgramTemplateRow, { program });
    if (!row) throw notFound('Program');
    return toTemplate(row);
  }

  async update(actor: Actor, template: ProgramTemplate): Promise<ProgramTemplate> {
    const problem = validateTemplate(template);
    if (problem) throw badInput(problem.field, problem.message);
    if (
      template.lunch &&
      template.lunch.windowEndMinute - template.lunch.windowStartMinute <
        template.lunch.durationMinutes
    ) {
      throw badInput('lunch', 'The lunch window must be at least as long as the lunch break.');
    }
    return this.uow.run(CLINIC_CHANGES.updateProgram, actor, async ({ manager, audit }) => {
      const exists = await manager.existsBy(ProgramTemplateRow, { program: template.program });
      if (!exists) throw notFound('Program');
      await manager.update(
        ProgramTemplateRow,
        { program: template.program },
        {
          name: template.name,
          steps: template.steps,
          changeoverMinutes: template.changeoverMinutes,
          maxWaitMinutes: template.maxWaitMinutes,
          lunch: template.lunch,
          updatedById: actor.userId,
        },
      );
      audit({ action: 'UPDATE', entity: 'ProgramTemplate', entityId: template.program });
      return template;
    });
  }
}
