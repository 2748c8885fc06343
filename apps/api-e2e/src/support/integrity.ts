import type { TestDatabase } from './database.js';

/** Pairs of booked visits that overlap in time for one specialist or for one patient. */
export const OVERLAPPING_VISITS = `
  SELECT a.id AS first, b.id AS second
    FROM visit a JOIN visit b
      ON a.id < b.id AND a.status = 'BOOKED' AND b.status = 'BOOKED'
     AND (a.specialist_id = b.specialist_id OR a.patient_id = b.patient_id)
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;

/**
 * Whatever happened to the api processes, the database tells one consistent story: no overlaps,
 * no clinic day without its visits, and slots marked booked exactly when a booked visit holds them.
 */
export async function integrityProblems(db: TestDatabase) {
  const [overlaps, emptyDays, strandedVisits, orphanSlots] = await Promise.all([
    db.query(OVERLAPPING_VISITS),
    db.query(`SELECT d.id FROM clinic_day d
               WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.clinic_day_id = d.id)`),
    db.query(`SELECT v.id FROM visit v JOIN clinic_day d ON d.id = v.clinic_day_id
               LEFT JOIN slot s ON s.id = v.slot_id
               WHERE v.status = 'BOOKED' AND (d.status <> 'BOOKED' OR s.status IS DISTINCT FROM 'BOOKED')`),
    db.query(`SELECT s.id FROM slot s
               WHERE s.status = 'BOOKED'
                 AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.slot_id = s.id AND v.status = 'BOOKED')`),
  ]);
  return { overlaps, emptyDays, strandedVisits, orphanSlots };
}

export const NO_PROBLEMS = { overlaps: [], emptyDays: [], strandedVisits: [], orphanSlots: [] };
