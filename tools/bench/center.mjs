// Grows the demo center to 60 specialists: copies of the seeded ones, with the same weekly hours
// set through the api (so their slots are made the way a coordinator's would be).
import pg from 'pg';
import { gql } from './api.mjs';

const SET_HOURS =
  'mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { slotsCreated } }';

export async function growCenter(base, token, databaseUrl, total = 60) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: added } = await db.query(
      `INSERT INTO specialist (site_id, name, specialty, programs, default_room_id)
       SELECT site_id, name || ' (' || n || ')', specialty, programs, default_room_id
         FROM specialist, generate_series(2, 4) n
        ORDER BY n, name LIMIT $1 - (SELECT count(*) FROM specialist)
       RETURNING id, (SELECT s.id FROM specialist s WHERE s.name = split_part(specialist.name, ' (', 1)) AS original`,
      [total],
    );
    for (const { id, original } of added) {
      const { rows: hours } = await db.query(
        `SELECT iso_weekday AS "isoWeekday", to_char(make_time(start_minute / 60, start_minute % 60, 0), 'HH24:MI') AS start,
                to_char(make_time(end_minute / 60, end_minute % 60, 0), 'HH24:MI') AS end, slot_minutes AS "slotMinutes"
           FROM availability_template WHERE specialist_id = $1`,
        [original],
      );
      await gql(base, SET_HOURS, { input: { specialistId: id, hours, horizonDays: 28 } }, token);
    }
    const { rows } = await db.query('SELECT count(*)::int AS n FROM specialist');
    return rows[0].n;
  } finally {
    await db.end();
  }
}
