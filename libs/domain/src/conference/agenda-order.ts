/** How soon the board should see a case. */
export const URGENCIES = ['ROUTINE', 'SOON', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface AgendaCandidate {
  id: string;
  urgency: Urgency;
  /** Treatment already started: presented retrospectively, after prospective cases. */
  treatmentStarted: boolean;
  submittedAt: Date;
  minutes: number;
}

export interface ProposedAgenda {
  /** In presentation order, fitting the conference's capacity. */
  scheduled: string[];
  /** Cases that do not fit this time, to carry to the next conference. */
  overflow: string[];
  minutesUsed: number;
}

const URGENCY_RANK: Record<Urgency, number> = { URGENT: 0, SOON: 1, ROUTINE: 2 };

/**
 * The chair's proposed order: prospective cases first (CoC 2.5 counts them), then urgency, then
 * the longest-waiting. Cases are taken in that order while they fit the capacity; a case that
 * does not fit waits, but a shorter one after it may still fit.
 */
export function proposeAgenda(
  candidates: readonly AgendaCandidate[],
  capacityMinutes: number,
): ProposedAgenda {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(a.treatmentStarted) - Number(b.treatmentStarted) ||
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      a.submittedAt.getTime() - b.submittedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
  const scheduled: string[] = [];
  const overflow: string[] = [];
  let minutesUsed = 0;
  for (const c of ordered) {
    if (minutesUsed + c.minutes <= capacityMinutes) {
      scheduled.push(c.id);
      minutesUsed += c.minutes;
    } else {
      overflow.push(c.id);
    }
  }
  return { scheduled, overflow, minutesUsed };
}
