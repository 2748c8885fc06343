import { atLocalTime, type LocalDate } from '../availability/local-date.js';
import type { Specialty } from '../clinic/specialty.js';
import type { ProgramTemplate } from './program-template.js';

/** A free slot of a specialist, as the scheduler sees it. */
export interface FreeSlot {
  slotId: string;
  specialistId: string;
  specialty: Specialty;
  roomId: string;
  start: Date;
  end: Date;
}

/** A step to place, with its order rules resolved to the steps actually in the day. */
export interface PlanStep {
  key: string;
  label: string;
  specialty: Specialty;
  durationMs: number;
  /** Keys that must come earlier. */
  preds: string[];
}

/** One way to do a step: a slot, used from its start for the step's duration. */
export interface Candidate {
  slotId: string;
  specialistId: string;
  roomId: string;
  start: number;
  end: number;
}

export interface LunchPlan {
  windowStart: number;
  windowEnd: number;
  durationMs: number;
}

/** Everything the optimiser needs, as plain numbers (epoch milliseconds). */
export interface ItineraryRequest {
  steps: PlanStep[];
  /** candidates[i] are the ways to do steps[i], sorted by start. */
  candidates: Candidate[][];
  /** Walking time between visits in different rooms. */
  changeoverMs: number;
  /** Added between any two visits (an interpreter's handover, for example). */
  minGapMs: number;
  maxWaitMs: number;
  lunch: LunchPlan | null;
  /** How the day is named in messages, e.g. "2026-12-03". */
  dayLabel: string;
}

export interface PatientNeedsForDay {
  interpreter: boolean;
  mobilityAssistance: boolean;
}

export interface PlanningSettings {
  /** Extra minutes between visits when an interpreter accompanies the patient. */
  interpreterExtraMinutes: number;
  /** Extra walking minutes between rooms for a patient with mobility needs. */
  mobilityExtraMinutes: number;
}

export const DEFAULT_PLANNING_SETTINGS: PlanningSettings = {
  interpreterExtraMinutes: 10,
  mobilityExtraMinutes: 10,
};

const MINUTE = 60_000;

/**
 * Turns a template, the steps chosen for this patient, the day's free slots and the patient's
 * needs into the optimiser's input. Optional steps are in the day only when chosen.
 */
export function buildItineraryRequest(input: {
  template: ProgramTemplate;
  optionalSteps: string[];
  slots: FreeSlot[];
  date: LocalDate;
  dayLabel: string;
  timeZone: string;
  needs: PatientNeedsForDay;
  settings?: PlanningSettings;
}): ItineraryRequest {
  const { template, needs } = input;
  const settings = input.settings ?? DEFAULT_PLANNING_SETTINGS;
  const chosen = template.steps.filter((s) => s.required || input.optionalSteps.includes(s.key));
  const keys = new Set(chosen.map((s) => s.key));
  const first = chosen.find((s) => s.position === 'FIRST')?.key;
  const last = chosen.find((s) => s.position === 'LAST')?.key;
  const steps: PlanStep[] = chosen.map((s) => {
    const preds = new Set(s.after.filter((k) => keys.has(k)));
    if (first && s.key !== first) preds.add(first);
    if (last && s.key === last) for (const k of keys) if (k !== last) preds.add(k);
    return {
      key: s.key,
      label: s.label,
      specialty: s.specialty,
      durationMs: s.durationMinutes * MINUTE,
      preds: [...preds],
    };
  });
  const candidates = steps.map((step) =>
    input.slots
      .filter(
        (slot) =>
          slot.specialty === step.specialty &&
          slot.end.getTime() - slot.start.getTime() >= step.durationMs,
      )
      .map((slot) => ({
        slotId: slot.slotId,
        specialistId: slot.specialistId,
        roomId: slot.roomId,
        start: slot.start.getTime(),
        end: slot.start.getTime() + step.durationMs,
      }))
      .sort((a, b) => a.start - b.start || a.slotId.localeCompare(b.slotId)),
  );
  const lunch = template.lunch;
  return {
    steps,
    candidates,
    changeoverMs:
      (template.changeoverMinutes +
        (needs.mobilityAssistance ? settings.mobilityExtraMinutes : 0)) *
      MINUTE,
    minGapMs: (needs.interpreter ? settings.interpreterExtraMinutes : 0) * MINUTE,
    maxWaitMs: template.maxWaitMinutes * MINUTE,
    lunch: lunch
      ? {
          windowStart: atLocalTime(input.date, lunch.windowStartMinute, input.timeZone).getTime(),
          windowEnd: atLocalTime(input.date, lunch.windowEndMinute, input.timeZone).getTime(),
          durationMs: lunch.durationMinutes * MINUTE,
        }
      : null,
    dayLabel: input.dayLabel,
  };
}
