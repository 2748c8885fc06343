import { formatInSiteZone } from '@oneday/domain';

export const clock = (iso: string, zone: string) =>
  formatInSiteZone(iso, zone, { hour: 'numeric', minute: '2-digit' });

export const longDate = (date: string) =>
  formatInSiteZone(`${date}T12:00:00Z`, 'UTC', { weekday: 'long', month: 'long', day: 'numeric' });

export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}
