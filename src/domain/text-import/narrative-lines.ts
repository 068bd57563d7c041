// Helpers for the narrative parts: sub-item markers 「（一）」…「（七）」 and sub-item headings
// that may stand alone (「（一）主动公开情况」) or lead the text (「…需要说明的事项：无。」).
import { coverage, normalizeLabel } from './label-match';

const NUMERALS = '一二三四五六七八九十';
const MARKER = /^[（(]\s*([一二三四五六七八九十])\s*[）)]\s*/u;

/** Trimmed non-empty lines. */
export function contentLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '');
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
    const head = normalizeLabel(rest.slice(0, sep));
    // Published headings pad the label (「本行政机关政府信息公开工作年度报告数据统计需要说明的事项」).
    const isHeading =
      (head.length <= labelForm.length * 3 + 4 && coverage(head, labelForm) >= HEADING_COVERAGE) ||
      isShortHeading(head, labelForm);
    return isHeading ? tail : rest;
  }
  // A heading does not end a sentence: 「已按要求落实上级年度政务公开工作要点。」 is the item's text.
  if (/[。！？!?；;]\s*$/u.test(rest)) return rest;
  const whole = normalizeLabel(rest);
  return (whole.length <= labelForm.length * 2 + 4 && coverage(whole, labelForm) >= HEADING_COVERAGE) ||
    isShortHeading(whole, labelForm)
    ? ''
    : rest;
}

/** A short line without a sentence in it (「（二）改进情况」): a heading however it is worded. */
export function isBareHeading(rest: string): boolean {
  return normalizeLabel(rest).length <= 16 && !/[。；;，,]/u.test(rest);
}
