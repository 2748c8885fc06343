/** Times are shown in the site's zone, never the browser's: the patient travels to the site. */
export function formatInSiteZone(
  iso: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(new Date(iso));
}
