import { parseClockTime, type ProgramStep, type ProgramTemplate } from '@oneday/domain';
import type { UpdateProgramInput } from './dto/update-program.input.js';
import type { ProgramModel } from './models/program.model.js';
import type { ProgramTemplateRow } from './program-template.entity.js';

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export function toTemplate(row: ProgramTemplateRow): ProgramTemplate {
  return {
    program: row.program,
    name: row.name,
    steps: row.steps,
    changeoverMinutes: row.changeoverMinutes,
    maxWaitMinutes: row.maxWaitMinutes,
    lunch: row.lunch,
  };
}

export function toProgramModel(template: ProgramTemplate): ProgramModel {
  return {
    ...template,
    lunch: template.lunch
      ? {
          windowStart: clock(template.lunch.windowStartMinute),
          windowEnd: clock(template.lunch.windowEndMinute),
          durationMinutes: template.lunch.durationMinutes,
        }
      : null,
  };
}

export function templateFromInput(input: UpdateProgramInput): ProgramTemplate {
  return {
    program: input.program,
    name: input.name,
    changeoverMinutes: input.changeoverMinutes,
    maxWaitMinutes: input.maxWaitMinutes,
    lunch: input.lunch
      ? {
          windowStartMinute: parseClockTime(input.lunch.windowStart),
          windowEndMinute: parseClockTime(input.lunch.windowEnd),
          durationMinutes: input.lunch.durationMinutes,
        }
      : null,
    steps: input.steps.map((s): ProgramStep => ({
      key: s.key,
      label: s.label,
      specialty: s.specialty,
      durationMinutes: s.durationMinutes,
      required: s.required,
      after: s.after,
      position: s.position ?? null,
    })),
  };
}
