/** One booked step of a proposed day. */
export interface PlacedVisit {
  stepKey: string;
  slotId: string;
  specialistId: string;
  roomId: string;
  start: number;
  end: number;
}

export interface Itinerary {
  /** In time order. */
  visits: PlacedVisit[];
  lunch: { start: number; end: number } | null;
  arrival: number;
  departure: number;
  spanMs: number;
  waitingMs: number;
  roomChanges: number;
}

export type ItineraryResult =
  | { feasible: true; options: Itinerary[] }
  | { feasible: false; reason: string; stepKey: string | null };

/** The ranking of DESIGN.md: shortest span, least waiting, fewest room changes, earlier arrival. */
export function compareItineraries(a: Itinerary, b: Itinerary): number {
  return (
    a.spanMs - b.spanMs ||
    a.waitingMs - b.waitingMs ||
    a.roomChanges - b.roomChanges ||
    a.arrival - b.arrival
  );
}
