-- What bookClinicDay asks of PostgreSQL for one day of 8 visits, as one pgbench transaction:
-- the day's reads, the clinic day, FREE -> BOOKED, the visits under both exclusion constraints,
-- the audit row; then, once committed, the live-board notification. Every transaction books its
-- own future day, for one of 64 patients.
SELECT nextval('bench_day') AS k \gset
SELECT id AS patient FROM patient WHERE mrn = 'PGBENCH-' || :k % 64 \gset
BEGIN;
SELECT id FROM clinic_day WHERE idempotency_key = 'pgbench-:k';
SELECT id, status FROM clinic_day WHERE patient_id = ':patient' AND day = DATE '2200-01-01' + :k AND status = 'BOOKED';
SELECT id, specialist_id, room_id, starts_at, ends_at FROM slot
 WHERE site_id = ':site' AND status = 'FREE'
   AND starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC'
 ORDER BY starts_at;
SELECT starts_at, ends_at FROM visit
 WHERE patient_id = ':patient' AND status = 'BOOKED'
   AND starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC';
INSERT INTO clinic_day (patient_id, site_id, program, day, idempotency_key, booked_by_id)
VALUES (':patient', ':site', 'BREAST', DATE '2200-01-01' + :k, 'pgbench-:k', ':actor')
RETURNING id AS day_id \gset
UPDATE slot SET status = 'BOOKED'
 WHERE site_id = ':site' AND status = 'FREE'
   AND starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC';
INSERT INTO visit (clinic_day_id, patient_id, step, specialty, specialist_id, slot_id, room_id, starts_at, ends_at)
SELECT ':day_id', ':patient', 'step-' || sp.specialty, sp.specialty, s.specialist_id, s.id, s.room_id, s.starts_at, s.ends_at
  FROM slot s JOIN specialist sp ON sp.id = s.specialist_id
 WHERE s.site_id = ':site'
   AND s.starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND s.starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC';
INSERT INTO audit_event (actor_id, actor_role, action, entity, entity_id, outcome)
VALUES (':actor', 'COORDINATOR', 'BOOK', 'ClinicDay', ':day_id', 'ALLOWED');
COMMIT;
SELECT pg_notify('day_schedule_changed', '{"reason":"BOOKED"}');
