import { useQuery } from '@apollo/client/react';
import { REQUIRED_SPECIALTY_LABEL } from '@oneday/web-vocabulary';
import Papa from 'papaparse';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ConferenceMetricsDocument } from './graphql.js';

const DAY = 86_400_000;
const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;

export function MetricsPage() {
  const [from, setFrom] = useState(() =>
    new Date(Date.now() - 90 * DAY).toISOString().slice(0, 10),
  );
  const [to, setTo] = useState(() => new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
  const { data, error } = useQuery(ConferenceMetricsDocument, {
    variables: {
      from: new Date(`${from}T00:00:00Z`).toISOString(),
      to: new Date(`${to}T00:00:00Z`).toISOString(),
    },
    skip: !from || !to,
  });
  const m = data?.conferenceMetrics;
  const rows = m
    ? [
        ['Conferences', String(m.conferences)],
        ['Cases presented', String(m.casesPresented)],
        ['Presented prospectively', percent(m.prospectiveShare)],
        ['Stage documented', percent(m.stageDocumentedShare)],
        ['Clinical trials discussed', percent(m.trialsDiscussedShare)],
        ['Conferences with every required specialty', String(m.fullyAttendedConferences)],
        ['Follow-ups due', String(m.followUpsDue)],
        ['Follow-ups done on time', `${m.followUpsOnTime} (${percent(m.followUpsOnTimeShare)})`],
        ...m.attendance.map((a) => [
          `Attendance: ${REQUIRED_SPECIALTY_LABEL[a.specialty]}`,
          percent(a.share),
        ]),
      ]
    : [];

  const exportCsv = () => {
    const csv = Papa.unparse({
      fields: ['measure', 'value', 'from', 'to'],
      data: rows.map(([measure, value]) => [measure, value, from, to]),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `coc-2.5-${from}-${to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-labelledby="metrics-title">
      <h1 id="metrics-title">Cancer Conference report (CoC Standard 2.5)</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor="metrics-from">From</label>
          <input
            id="metrics-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="metrics-to">To</label>
          <input id="metrics-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="button" onClick={exportCsv} disabled={!m}>
          Export CSV
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {m && (
        <div className="two-columns">
          <table className="data-table">
            <caption className="visually-hidden">Figures for the period</caption>
            <tbody>
              {rows.map(([measure, value]) => (
                <tr key={measure}>
                  <th scope="row">{measure}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <figure className="card chart" aria-label="Attendance of required specialties">
            <figcaption>Share of conferences each required specialty attended</figcaption>
            <ResponsiveContainer width="100%" height={280}>
              <BarChart
                data={m.attendance.map((a) => ({
                  name: REQUIRED_SPECIALTY_LABEL[a.specialty],
                  share: Math.round((a.share ?? 0) * 100),
                }))}
                layout="vertical"
                margin={{ left: 20, right: 60 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 100]} unit="%" />
                <YAxis type="category" dataKey="name" width={150} />
                <Bar dataKey="share" fill="#0b5c7a" isAnimationActive={false}>
                  <LabelList
                    dataKey="share"
                    position="right"
                    formatter={(v: unknown) => `${String(v)}%`}
                  />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </figure>
        </div>
      )}
    </section>
  );
}
