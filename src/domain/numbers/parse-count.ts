import { isDashText, normalizeNumberText } from './normalize';

export type ParsedCell =
  | { kind: 'blank' }
  /** 「/」「-」「—」: an explicit "none", counted as 0 */
  | { kind: 'dash'; value: 0 }
  | { kind: 'value'; value: number }
  | { kind: 'invalid'; text: string };

/** Parses a count cell: a non-negative integer. Never throws. */
export function parseCount(raw: string | null | undefined): ParsedCell {
  if (raw == null) return { kind: 'blank' };
  const text = normalizeNumberText(raw);
  if (text === '') return { kind: 'blank' };
  if (isDashText(text)) return { kind: 'dash', value: 0 };
  // At most 12 digits (MAX_COUNT): no organ receives a trillion applications, and sums stay exact.
  if (!/^\d{1,12}$/.test(text)) return { kind: 'invalid', text: raw };
  return { kind: 'value', value: Number(text) };
}

/** The value a parsed cell contributes to the checked report: null unless it is a number. */
export function cellValue(parsed: ParsedCell): number | null {
  return parsed.kind === 'value' || parsed.kind === 'dash' ? parsed.value : null;
}
