// Helpers for the narrative parts: sub-item markers 「（一）」…「（七）」 and sub-item headings
// that may stand alone (「（一）主动公开情况」) or lead the text (「…需要说明的事项：无。」).
import { coverage, lcsLength, normalizeLabel } from './label-match';

const NUMERALS = '一二三四五六七八九十';
const MARKER = /^[（(]\s*([一二三四五六七八九十])\s*[）)]\s*/u;

/** Chinese characters and full-width punctuation: between them a gap of spaces is no word break. */
const CJK = '\\u3000-\\u303F\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/**
 * Two or more spaces (or ideographic spaces) beside a Chinese character inside a line (not a tab: a
 * table's cells in a narrative keep theirs):
 * padding of a justified line laid out by spaces (pypdf's layout mode spreads 「予以公            开及」
 * over the line's width), never a word break in Chinese prose.
 */
const GAP = '[ \\u00A0\\u3000]{2,}';
const PADDING = new RegExp(`(?<=[${CJK}])${GAP}(?=\\S)|(?<=\\S)${GAP}(?=[${CJK}])`, 'gu');

/** The lines with a justified line's padding beside Chinese characters taken out. */
export function unpadded(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(PADDING, ''));
}

/** Trimmed non-empty lines, a justified line's padding beside Chinese characters taken out. */
export function contentLines(lines: readonly string[]): string[] {
  return unpadded(lines)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** 「1.」「1、」「（1）」: how some reports number their sub-items instead of 「（一）」. */
const ARABIC_MARKER = /^(?:[（(]\s*([1-9])\s*[）)]|([1-9])\s*[.．、](?![0-9０-９]))\s*/u;

/**
 * 「（三）…」 → { n: 3, rest: '…' }; null when the line does not start with a sub-item marker.
 * With `arabic`, 「3.…」「（3）…」 too, marked `arabic` (they number lists inside sub-items as
 * often as sub-items, so a caller takes them only before a sub-item's heading).
 */
export function subItemMarker(
  line: string,
  opts: { arabic?: boolean } = {},
): { n: number; rest: string; arabic: boolean } | null {
  const m = MARKER.exec(line);
  if (m) return { n: NUMERALS.indexOf(m[1]!) + 1, rest: line.slice(m[0].length).trim(), arabic: false };
  const a = opts.arabic ? ARABIC_MARKER.exec(line) : null;
  if (!a) return null;
  return { n: Number(a[1] ?? a[2]), rest: line.slice(a[0].length).trim(), arabic: true };
}

/** A heading must contain this much of its label, in order. */
const HEADING_COVERAGE = 0.7;
/**
 * A short heading in the author's words (「（一）主动公开」「（四）平台建设」) needs less: what
 * makes it a heading is its place — after the marker, alone on its line or before 「。」「：」 —
 * and that it holds no number and no sentence.
 */
const SHORT_HEADING_COVERAGE = 0.3;
/** Most of a short heading must be words of its label (「本年度未收取信息处理费」 is a sentence). */
const SHORT_HEADING_OWN = 0.75;
function isShortHeading(head: string, labelForm: string): boolean {
  if (head.length < 2 || head.length > 16 || /[0-9０-９，,、]/u.test(head)) return false;
  const shared = coverage(head, labelForm) * labelForm.length;
  return shared / labelForm.length >= SHORT_HEADING_COVERAGE && shared / head.length >= SHORT_HEADING_OWN;
}

/**
 * 「（四）平台载体建设方面。」: a short title ending in 「方面」 before its mark is a heading in the author's words
 * when at least half of it is its label's (「平台…建设」 of 「政府信息公开平台建设情况」) — words of their own
 * (「载体」) pushed it under SHORT_HEADING_OWN, but 「…方面。」 right after the marker opens no sentence.
 */
const ASPECT_HEADING = /^\s*([^。：:；;，,、0-9０-９]{2,12}?)(?:工作)?方面\s*[。：:；;]/u;
export function isAspectHeading(rest: string, label: string): boolean {
  const m = ASPECT_HEADING.exec(rest);
  if (!m) return false;
  const head = normalizeLabel(m[1]!);
  const form = normalizeLabel(label.replace(MARKER, ''));
  if (head.length < 2 || form === '') return false;
  const shared = lcsLength(head, form);
  return shared >= 2 && shared / head.length >= 0.5;
}

/** A heading sits at the start of its line; only this much of a line is compared with it. */
const HEADING_WINDOW = 80;

/** How much of the label (without its marker) the start of the text covers. */
export function headingCoverage(text: string, label: string): number {
  return coverage(normalizeLabel(text.slice(0, HEADING_WINDOW)), normalizeLabel(label.replace(MARKER, '')));
}

/**
 * The text of a sub-item line without its heading: '' for a heading on its own line, the text
 * after 「。」「：」 when the line opens with the heading, else the line unchanged.
 */
export function stripHeading(rest: string, label: string): string {
  const labelForm = normalizeLabel(label.replace(MARKER, ''));
  if (labelForm === '') return rest;
  const sep = rest.search(/[。：:；;]/u);
  const tail = sep < 0 ? '' : rest.slice(sep + 1).trim();
  if (tail !== '') {
    // 「主动公开方面。」: 「方面」 is a heading's word (inline-items.ts HEADING_TAIL), not the label's.
    const head = normalizeLabel(rest.slice(0, sep)).replace(/(?:工作)?方面$/u, '');
    // Published headings pad the label (「本行政机关政府信息公开工作年度报告数据统计需要说明的事项」).
    const isHeading =
      (head.length <= labelForm.length * 3 + 4 && coverage(head, labelForm) >= HEADING_COVERAGE) ||
      isShortHeading(head, labelForm) ||
      isAspectHeading(rest, label);
    return isHeading ? tail : rest;
  }
  // A heading does not end a sentence: 「已按要求落实上级年度政务公开工作要点。」 is the item's text.
  if (/[。！？!?；;]\s*$/u.test(rest)) return rest;
  const whole = normalizeLabel(rest).replace(/(?:工作)?方面$/u, '');
  return (whole.length <= labelForm.length * 2 + 4 && coverage(whole, labelForm) >= HEADING_COVERAGE) ||
    isShortHeading(whole, labelForm)
    ? ''
    : rest;
}

/** A short line without a sentence in it (「（二）改进情况」): a heading however it is worded. */
export function isBareHeading(rest: string): boolean {
  return normalizeLabel(rest).length <= 16 && !/[。；;，,]/u.test(rest);
}

/**
 * How well a sub-item's heading fits a label: `own` the share of the heading's words that are the
 * label's (in order), `cov` the share of the label it says; null when it is no heading of that
 * label — under three quarters of its words, or too little of the label for its length.
 */
function headingFit(head: string, label: string): { own: number; cov: number } | null {
  const form = normalizeLabel(label.replace(MARKER, ''));
  if (head === '' || form === '') return null;
  const shared = lcsLength(head, form);
  const own = shared / head.length;
  const cov = shared / form.length;
  return own >= SHORT_HEADING_OWN &&
    (cov >= HEADING_COVERAGE || (cov >= SHORT_HEADING_COVERAGE && head.length <= 16))
    ? { own, cov }
    : null;
}

/**
 * The sub-item a marked heading names in its own words, when that is not the one its number says
 * (part 一 numbered in the author's order: 「（一）平台建设情况（二）政府信息管理情况（三）主动公开情况」,
 * or 「（三）政府信息平台建设情况」 after a sub-item left out, 平潭苏平片区 2022): the key whose label
 * explains the heading clearly better than the numbered key's; null for a sentence, a heading in
 * other words, or one that fits its number as well.
 */
export function namedSubItem<K extends string>(
  rest: string,
  numbered: K | undefined,
  keys: readonly K[],
  labels: Record<K, string>,
): K | null {
  const sep = rest.search(/[。：:；;]/u);
  const head = normalizeLabel(sep < 0 ? rest : rest.slice(0, sep));
  if (head.length < 2 || head.length > 24 || /[0-9０-９]/u.test(head)) return null;
  if (sep < 0 && /[，,]/u.test(rest)) return null;
  let best: { key: K; own: number; cov: number } | null = null;
  for (const key of keys) {
    const fit = headingFit(head, labels[key]);
    if (fit && (!best || fit.own > best.own || (fit.own === best.own && fit.cov > best.cov)))
      best = { key, ...fit };
  }
  if (!best || best.key === numbered) return null;
  // The heading's phrases in another order than its label's (「政府信息主动公开情况」 for 「主动公开政府信息
  // 情况」): an in-order match gives the other label (「政府信息公开…情况」) the most words, but the pairs of
  // characters it shares say it is its number's.
  if (numbered !== undefined && pairShare(head, labels[numbered]) >= pairShare(head, labels[best.key]))
    return null;
  const own = numbered === undefined ? null : headingFit(head, labels[numbered]);
  return own === null || own.own + 0.15 < best.own ? best.key : null;
}

/** The share of a heading's pairs of adjacent characters that its label also has, in any order. */
function pairShare(head: string, label: string): number {
  const form = normalizeLabel(label.replace(MARKER, ''));
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const own = new Set(pairs(form));
  const mine = pairs(head);
  return mine.length === 0 ? 0 : mine.filter((p) => own.has(p)).length / mine.length;
}
