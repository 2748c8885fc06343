const STAGE = /^(0|I{1,3}|IV)([A-C])?$/;
const MAJOR: Record<string, number> = { '0': 0, I: 1, II: 2, III: 3, IV: 4 };

/** "IIB" -> { major: 2, minor: 2 }; null when it is not an AJCC stage group. */
export function parseStageGroup(text: string): { major: number; minor: number } | null {
  const match = STAGE.exec(
    text
      .trim()
      .toUpperCase()
      .replace(/^STAGE\s+/, ''),
  );
  if (!match) return null;
  return { major: MAJOR[match[1]], minor: match[2] ? match[2].charCodeAt(0) - 64 : 0 };
}

/**
 * Whether a stage falls in a range. A bound without a letter covers all its substages:
 * "II" to "III" includes IIA and IIIC.
 */
export function stageInRange(stage: string, min?: string, max?: string): boolean | null {
  const s = parseStageGroup(stage);
  if (!s) return null;
  const lo = min ? parseStageGroup(min) : null;
  const hi = max ? parseStageGroup(max) : null;
  if ((min && !lo) || (max && !hi)) return null;
  const aboveMin =
    !lo || s.major > lo.major || (s.major === lo.major && (lo.minor === 0 || s.minor >= lo.minor));
  const belowMax =
    !hi ||
    s.major < hi.major ||
    (s.major === hi.major && (hi.minor === 0 || (s.minor !== 0 && s.minor <= hi.minor)));
  return aboveMin && belowMax;
}
