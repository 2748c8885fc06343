-- Every statement bookClinicDay sends to PostgreSQL (seen with LOG_SQL=true), in order, as one
-- pgbench script: the reads before the transaction, the transaction (free slots, the clinic day,
-- FREE -> BOOKED, the visits under both exclusion constraints, the audit row), the live-board
-- notification after commit, and the reads that answer the mutation. Each run books its own
-- future day for one of 64 patients.
SELECT nextval('bench_day') AS k \gset
SELECT * FROM clinic_day WHERE idempotency_key = 'pgbench-:k';
SELECT id, name, time_zone, address FROM site WHERE id = ':site' LIMIT 1;
SELECT * FROM patient WHERE id = ('00000000-0000-4000-9000-' || lpad((:k % 64)::text, 12, '0'))::uuid LIMIT 1;
SELECT * FROM program_template WHERE program = 'BREAST' LIMIT 1;
BEGIN;
SELECT s.id, s.specialist_id, sp.specialty, s.room_id, s.starts_at, s.ends_at
  FROM slot s JOIN specialist sp ON sp.id = s.specialist_id
 WHERE s.site_id = ':site'
   AND s.starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND s.starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC'
   AND 'BREAST' = ANY(sp.programs) AND s.status = 'FREE'
 ORDER BY s.starts_at, s.id;
INSERT INTO clinic_day (patient_id, site_id, program, day, idempotency_key, booked_by_id)
VALUES (('00000000-0000-4000-9000-' || lpad((:k % 64)::text, 12, '0'))::uuid, ':site', 'BREAST',
        DATE '2200-01-01' + :k, 'pgbench-:k', ':actor')
RETURNING id AS day_id, status, booked_at \gset
UPDATE slot SET status = 'BOOKED'
 WHERE site_id = ':site' AND status = 'FREE'
   AND starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC';
INSERT INTO visit (clinic_day_id, patient_id, step, specialty, specialist_id, slot_id, room_id, starts_at, ends_at)
SELECT ':day_id', ('00000000-0000-4000-9000-' || lpad((:k % 64)::text, 12, '0'))::uuid,
       'step-' || sp.specialty, sp.specialty, s.specialist_id, s.id, s.room_id, s.starts_at, s.ends_at
  FROM slot s JOIN specialist sp ON sp.id = s.specialist_id
 WHERE s.site_id = ':site'
   AND s.starts_at >= (DATE '2200-01-01' + :k)::timestamp AT TIME ZONE 'UTC'
   AND s.starts_at < (DATE '2200-01-01' + :k + 1)::timestamp AT TIME ZONE 'UTC';
INSERT INTO audit_event (actor_id, actor_role, action, entity, entity_id, outcome)
VALUES (':actor', 'COORDINATOR', 'BOOK', 'ClinicDay', ':day_id', 'ALLOWED') RETURNING id, occurred_at;
COMMIT;
SELECT pg_notify('day_schedule_changed', '{"reason":"BOOKED"}');
SELECT * FROM clinic_day d JOIN site ON site.id = d.site_id JOIN patient p ON p.id = d.patient_id
 WHERE d.id = ':day_id';
SELECT p.id AS patient_id,
       coalesce(array_agg(DISTINCT c.submitted_by_id) FILTER (WHERE c.id IS NOT NULL), '{}') AS submitters,
       bool_or(a.id IS NOT NULL) AS on_agenda
  FROM patient p LEFT JOIN cancer_case c ON c.patient_id = p.id LEFT JOIN agenda_item a ON a.case_id = c.id
 WHERE p.id = ANY(ARRAY[('00000000-0000-4000-9000-' || lpad((:k % 64)::text, 12, '0'))::uuid])
 GROUP BY p.id;
INSERT INTO audit_event (actor_id, actor_role, action, entity, entity_id, outcome)
VALUES (':actor', 'COORDINATOR', 'READ', 'ClinicDay', ':day_id', 'ALLOWED') RETURNING id, occurred_at;
SELECT * FROM visit v LEFT JOIN specialist sp ON sp.id = v.specialist_id LEFT JOIN room r ON r.id = v.room_id
 WHERE v.clinic_day_id = ':day_id' ORDER BY v.starts_at ASC;
