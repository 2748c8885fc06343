/** A label map's values in its order, for a select, radios or checkboxes. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  Object.entries(labels) as [K, string][];

/** The vocabulary value an input sent back (a select's value is plain text), if it is one. */
export const valueOf = <K extends string>(labels: Record<K, string>, text: string): K | null =>
  Object.hasOwn(labels, text) ? (text as K) : null;
