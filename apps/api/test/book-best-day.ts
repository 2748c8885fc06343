import { DEMO_SITE_ID } from '../src/seed/demo-ids.js';
import type { TestApi } from './test-api.js';

const OPTIONS = `query($input: ClinicDayOptionsInput!) { clinicDayOptions(input: $input) {
  days { options { lunch { startsAt } visits { stepKey slotId startsAt } } } } }`;
const BOOK = `mutation($input: BookClinicDayInput!) { bookClinicDay(input: $input) { id visits { id step specialty startsAt } } }`;

interface Option {
  lunch: { startsAt: string } | null;
  visits: { stepKey: string; slotId: string; startsAt: string }[];
}

export interface BookedDay {
  id: string;
  visits: { id: string; step: string; specialty: string; startsAt: string }[];
}

/** As a coordinator does it: ask for the demo site's breast options on a date, book the first. */
export async function bookBestDay(
  api: TestApi,
  coordinator: string,
  patientId: string,
  date: string,
  idempotencyKey: string,
): Promise<BookedDay> {
  const input = { patientId, program: 'BREAST', siteId: DEMO_SITE_ID, date };
  const options = await api.gql<{ clinicDayOptions: { days: { options: Option[] }[] } }>(
    OPTIONS,
    { input },
    coordinator,
  );
  const [option] = options.data!.clinicDayOptions.days[0].options;
  const booked = await api.gql<{ bookClinicDay: BookedDay }>(
    BOOK,
    {
      input: {
        ...input,
        idempotencyKey,
        lunchStartsAt: option.lunch?.startsAt ?? null,
        visits: option.visits,
      },
    },
    coordinator,
  );
  if (!booked.data) throw new Error(JSON.stringify(booked.errors));
  return booked.data.bookClinicDay;
}
