import { baseUrl, DEMO_PASSWORD } from './browser.js';

/** A second coordinator, acting through the public API while the browser watches. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function tokenFor(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return data.login.token;
}

/** A weekday `after` or more days ahead, as the Los Angeles demo site counts days. */
export function weekdayAhead(after: number): string {
  const la = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(),
  );
  const day = new Date(`${la}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + after);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export async function patientId(token: string, search: string): Promise<string> {
  const data = await gql<{ patients: { id: string }[] }>(
    'query($s: String) { patients(search: $s) { id } }',
    { s: search },
    token,
  );
  return data.patients[0].id;
}

/** Books the best option of a breast day for a patient, as another coordinator would. */
export async function bookBest(token: string, patient: string, date: string): Promise<void> {
  const sites = await gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, token);
  const input = { patientId: patient, program: 'BREAST', siteId: sites.sites[0].id, date };
  const found = await gql<{
    clinicDayOptions: {
      days: {
        options: {
          lunch: { startsAt: string } | null;
          visits: { stepKey: string; slotId: string; startsAt: string }[];
        }[];
      }[];
    };
  }>(
    'query($input: ClinicDayOptionsInput!) { clinicDayOptions(input: $input) { days { options { lunch { startsAt } visits { stepKey slotId startsAt } } } } }',
    { input },
    token,
  );
  const [option] = found.clinicDayOptions.days[0].options;
  await gql(
    'mutation($input: BookClinicDayInput!) { bookClinicDay(input: $input) { id } }',
    {
      input: {
        ...input,
        idempotencyKey: `e2e-${patient}-${date}`,
        lunchStartsAt: option.lunch?.startsAt ?? null,
        visits: option.visits,
      },
    },
    token,
  );
}
