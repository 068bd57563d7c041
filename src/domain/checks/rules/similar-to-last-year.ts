// `similar-to-last-year` (SPEC §6): 「内容雷同」 — a narrative copied from last year's report is a
// finding reviewers look for. Similarity is the Dice coefficient of the two texts' character
// bigram multisets (whitespace ignored): 2·|A∩B| / (|A|+|B|); a warning at 0.8 or more.
// Short texts (「无。」) are alike every year by nature and are not compared.
// sharedPassages() gives the UI the copied stretches to highlight.
import { BoundedCache } from '../memo';
import { NARRATIVE_FIELDS, narrativeText } from '../narrative-fields';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

export const SIMILARITY_THRESHOLD = 0.8;
/** characters (whitespace ignored) below which a text is not compared */
export const MIN_COMPARED_LENGTH = 20;

type Profile = { counts: Map<number, number>; size: number; length: number };

const WHITESPACE = /\s+/gu;

function buildProfile(text: string): Profile {
  const t = text.replace(WHITESPACE, '');
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    // UTF-16 units: every CJK character of a report is in the BMP, so one unit is one character.
    const key = t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, size: Math.max(0, t.length - 1), length: t.length };
}

const profiles = new BoundedCache<string, Profile>(200);
const pairs = new BoundedCache<string, BoundedCache<string, number>>(200);
const profileOf = (text: string) => profiles.get(text, buildProfile);

function dice(a: Profile, b: Profile): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size && a.length === b.length ? 1 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, n] of small.counts) shared += Math.min(n, large.counts.get(key) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Dice similarity (0…1) of two texts' character bigrams, whitespace ignored. Memoised. */
export function textSimilarity(a: string, b: string): number {
  return pairs.get(a, () => new BoundedCache(20)).get(b, () => dice(profileOf(a), profileOf(b)));
}

export type Passage = { start: number; end: number };

/**
 * The stretches of `a` (offsets into `a`, end exclusive, merged when they overlap or touch)
 * that also occur in `b` with at least `minLength` characters — what to highlight as copied.
 */
export function sharedPassages(a: string, b: string, minLength = 8): Passage[] {
  if (minLength < 1 || a.length < minLength || b.length < minLength) return [];
  const grams = new Set<string>();
  for (let i = 0; i + minLength <= b.length; i++) grams.add(b.slice(i, i + minLength));
  const out: Passage[] = [];
  let current: Passage | null = null;
  for (let i = 0; i + minLength <= a.length; i++) {
    if (!grams.has(a.slice(i, i + minLength))) continue;
    if (current && i <= current.end) current.end = i + minLength;
    else {
      current = { start: i, end: i + minLength };
      out.push(current);
    }
  }
  return out;
}

export function similarToLastYearChecks(ctx: RuleContext): CheckResult[] {
  const previous = ctx.previous;
  if (previous === null) return [];
  const out: CheckResult[] = [];
  for (const field of NARRATIVE_FIELDS) {
    const text = narrativeText(ctx.draft, field.part, field.key);
    const last = narrativeText(previous, field.part, field.key);
    if (profileOf(text).length < MIN_COMPARED_LENGTH || profileOf(last).length < MIN_COMPARED_LENGTH)
      continue;
    const similarity = textSimilarity(text, last);
    const similar = similarity >= SIMILARITY_THRESHOLD;
    // Floored, so a text shown as 「80%」 is always one that was flagged.
    const percent = Math.floor(similarity * 100 + 1e-9);
    out.push(
      makeResult(
        'similar-to-last-year',
        `similar-to-last-year:${field.id}`,
        similar ? 'failed' : 'passed',
        similar
          ? `${field.where}与上年报告内容雷同（相似度${percent}%）`
          : `${field.where}与上年报告相似度${percent}%`,
        {
          part: field.part,
          fields: [field.id],
          fingerprint: String(percent),
          ...(similar ? { hint: '请按本年度实际工作情况撰写，不要照搬上年报告' } : {}),
        },
      ),
    );
  }
  return out;
}
