import { createEvents, type EventAttributes } from 'ics';

export interface CalendarVisit {
  id: string;
  specialtyTitle: string;
  specialistName: string;
  room: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
}

/** The day as an .ics file (one event per visit, in UTC) for any calendar app. */
export function clinicDayCalendar(day: {
  id: string;
  site: { name: string; address: string };
  visits: CalendarVisit[];
}): string {
  const events: EventAttributes[] = day.visits.map((visit) => ({
    uid: `${visit.id}@oneday`,
    start: Date.parse(visit.startsAt),
    end: Date.parse(visit.endsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${visit.specialtyTitle}: ${visit.specialistName}`,
    description: visit.purpose,
    location: `${visit.room}, ${day.site.name}, ${day.site.address}`,
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(events, {
    productId: 'oneday/clinic-day',
    calName: 'OneDay clinic day',
  });
  if (error || !value) throw error ?? new Error('calendar file could not be made');
  return value;
}

export function downloadCalendar(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
