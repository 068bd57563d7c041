// Narrative sub-items found inside running text (nianbao issue 18): a page saved as one line, or
// part 六 written as one paragraph, carries 「（一）…（二）…」 in the middle of a line. A marker there
// starts a sub-item when it is the next in order and either carries (most of) its heading, or —
// in part 六, whose items are a plain list — follows the end of a sentence. Accepted markers are
// put at the start of a line (and a heading glued to its text is cut off on a line of its own),
// so the line-based reader (read-narratives.ts) sees the shape of a copied Word text.

import { coverage, normalizeLabel, similarity } from './label-match';
import { headingCoverage, isAspectHeading } from './narrative-lines';

const MARKER = /[（(][ \t\u3000]*([一二三四五六七八九十])[ \t\u3000]*[）)]/gu;
const NUMERALS = '一二三四五六七八九十';
/** Marks that end a sentence (or open a list: 「：」) before a marker. */
const SENTENCE_MARKS = '。；;！？!?：:';
const SPACE = /[ \t\u3000]/u;
const HEADING_MATCH = 0.6;
const HEADING_PREFIX = 0.85;

export type ItemRule = {
  /**
   * labels of the sub-items, in order, with their markers (「（一）主动公开情况」); several when
   * reports word the heading in several ways (「（二）改进措施」「（二）改进情况」)
   */
  labels: readonly (string | readonly string[])[];
  /** a marker after the end of a sentence starts the next item even without its heading */
  listAfterSentence: boolean;
  /**
   * the sub-items may stand in the author's order (part 一: 「（一）平台建设情况（二）政府信息管理情况」):
   * a marker whose heading is another sub-item's label starts that sub-item
   */
  ownOrder?: boolean;
};

/** The words most sub-item labels open with: no one sub-item's. */
const GENERIC_OPENING = '政府信息公开';

/**
 * The label of another sub-item whose heading opens the text at `from` (the author's own order):
 * the one whose heading there is longest (「政府信息管理情况」 over the 「政府信息」 it shares with
 * 「政府信息公开平台建设情况」), with where the heading ends; null when none opens it.
 */
function otherItemHeading(
  line: string,
  from: number,
  labels: readonly string[],
): { label: string; run: number } | null {
  let best: { label: string; run: number } | null = null;
  for (const label of labels) {
    const { taken: run, end } = labelRunAt(line, from, label);
    // 「政府信息」「政府信息公开」 open most labels: a run of them alone names no sub-item (「（一）政府信息主动公开
    // 成效显著」 is 主动公开's, not 「政府信息公开平台建设情况」's cut after 「政府信息」).
    if (end > 0 && GENERIC_OPENING.startsWith(normalizeLabel(line.slice(from, end)))) continue;
    const heading = gluedHeadingEnd(line, from, label) > 0 || shortGluedHeadingEnd(line, from, label) > 0;
    if ((heading || headingCoverage(line.slice(from), label) >= HEADING_MATCH) && (!best || run > best.run))
      best = { label, run };
  }
  return best;
}

/**
 * The run of characters after `from` that occur, in order, in the label's words: how many
 * (`taken`), where the run ends in the text (`end`, -1 when none) and in the label's form (`k`).
 */
function labelRunAt(text: string, from: number, label: string) {
  const form = normalizeLabel(label.replace(/^[（(][^）)]*[）)]/u, ''));
  let k = 0; // position in form
  let taken = 0;
  let end = -1;
  for (let i = from; i < text.length && k < form.length; i++) {
    const ch = normalizeLabel(text[i]!);
    if (ch === '') continue;
    const at = form.indexOf(ch, k);
    if (at < 0) break;
    k = at + 1;
    taken++;
    end = i + 1;
  }
  return { form, k, taken, end };
}

/** How many characters after `from` occur, in order, in the label (its words only). */
function labelRun(text: string, from: number, label: string): number {
  return labelRunAt(text, from, label).taken;
}

/** End (offset) of the sub-item's heading when it is glued to its text without 「：」「。」; else -1. */
function gluedHeadingEnd(text: string, from: number, label: string): number {
  const form = normalizeLabel(label.replace(/^[（(][^）)]*[）)]/u, ''));
  if (form.length < 2) return -1;
  let norm = '';
  let best = { end: -1, score: 0 };
  for (let i = from; i < text.length && norm.length < form.length + 2; i++) {
    if (/[：:。，,；;]/u.test(text[i]!)) break;
    const ch = normalizeLabel(text[i]!);
    if (ch === '') continue;
    norm += ch;
    if (norm.length < form.length - 1) continue;
    const s = similarity(norm, form);
    if (s > best.score) best = { end: i + 1, score: s };
  }
  if (best.score < HEADING_PREFIX) return -1;
  // Only when text follows directly (a separator after it is handled by stripHeading).
  const next = text.slice(best.end).trimStart()[0] ?? '';
  return next === '' || /[：:。，,；;]/u.test(next) ? -1 : best.end;
}

/**
 * 「方面」 after a heading cut at its label's words is the heading's (「（一）主动公开方面。全年……」
 * 「（二）依申请公开工作方面 一是……」): no sentence opens on it. It goes with the heading; a heading
 * ended by a mark is left whole to the line reader.
 */
const HEADING_TAIL = /^[ \t\u3000]*(?:工作)?方面[ \t\u3000]*/u;
function withHeadingTail(line: string, end: number): number {
  if (end <= 0) return end;
  const tail = HEADING_TAIL.exec(line.slice(end));
  if (!tail) return end;
  // 「主动公开方面。全年……」: a heading ended by its mark, as the line reader strips it.
  return /^[。：:；;，,]/u.test(line.slice(end + tail[0].length)) ? -1 : end + tail[0].length;
}

/** A short heading in the author's words must hold this many characters of its label … */
const SHORT_HEADING_MIN = 4;
/** … and this share of it (「平台建设」 of 「政府信息公开平台建设情况」). */
const SHORT_HEADING_SHARE = 0.3;

/**
 * End (offset) of a short heading glued to its text (「（四）平台建设维护好……」): the longest run
 * of characters after the marker that all occur, in order, in the label; -1 when that run is too
 * short to be a heading. The label's own words are the only evidence: nothing is matched on text.
 */
function shortGluedHeadingEnd(text: string, from: number, label: string): number {
  const { form, k, taken, end } = labelRunAt(text, from, label);
  if (taken < SHORT_HEADING_MIN || taken / form.length < SHORT_HEADING_SHARE) return -1;
  // A padded heading goes on with the rest of its label (「其他有关文件专门要求通过……报告的事项」).
  const remainder = form.slice(k);
  const ahead = normalizeLabel(text.slice(end, end + 2 * form.length + 4));
  if (remainder.length > 0 && coverage(ahead, remainder) >= 0.5) return -1;
  const next = text.slice(end).trimStart()[0] ?? '';
  return next === '' || /[：:。，,；;]/u.test(next) ? -1 : end;
}

/**
 * A short heading in the author's words ended by its mark (「（四）平台建设。完善网站栏目……」「（二）依申请公开：
 * …」): the same run of the label's characters as shortGluedHeadingEnd, then 「。」 or 「：」 (not a
 * comma: 「（二）依申请公开，本年度……」 may be a sentence). A heading; its cut is the line reader's.
 */
function shortHeadingEndedByMark(text: string, from: number, label: string): boolean {
  const { form, taken, end } = labelRunAt(text, from, label);
  if (end < 0 || taken < SHORT_HEADING_MIN || taken / form.length < SHORT_HEADING_SHARE) return false;
  // the run is the whole of what stands before the mark (no other words between)
  return /^[。：:]/u.test(text.slice(end)) && normalizeLabel(text.slice(from, end)).length === taken;
}

/**
 * The text before `at` ends on a sentence mark, spaces after it allowed: read backwards from `at`
 * (a pattern anchored at the end of `line.slice(0, at)` reads the whole line before every marker,
 * quadratic in a one-line page of many markers).
 */
export function afterSentenceEnd(line: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE.test(line[i]!)) i--;
  return i >= 0 && SENTENCE_MARKS.includes(line[i]!);
}

/** The lines with every accepted in-line marker moved to the start of a line of its own. */
export function isolateInlineItems(lines: readonly string[], rule: ItemRule): string[] {
  const out: string[] = [];
  let last = 0;
  for (const line of lines) {
    const cuts: { at: number; headingEnd: number }[] = [];
    for (const m of line.matchAll(MARKER)) {
      const n = NUMERALS.indexOf(m[1]!) + 1;
      const at = m.index ?? 0;
      const entry = rule.labels[n - 1];
      if (!entry || n <= last) continue;
      const rest = line.slice(at + m[0].length);
      // The wording of the heading that fits best (coverage of its label by the text after the marker).
      const forms = typeof entry === 'string' ? [entry] : entry;
      let label = forms.reduce((best, f) =>
        headingCoverage(rest, f) > headingCoverage(rest, best) ? f : best,
      );
      let short = shortGluedHeadingEnd(line, at + m[0].length, label);
      const markEnded = short <= 0 && shortHeadingEndedByMark(line, at + m[0].length, label);
      let heading =
        headingCoverage(rest, label) >= HEADING_MATCH ||
        short > 0 ||
        markEnded ||
        isAspectHeading(rest, label);
      if (rule.ownOrder) {
        // Another sub-item's heading, longer than its own label's there: that sub-item's.
        const own = labelRun(line, at + m[0].length, label);
        const others = rule.labels.flatMap((e, k) => (k === n - 1 ? [] : typeof e === 'string' ? [e] : e));
        const other = otherItemHeading(line, at + m[0].length, others);
        if (other && other.run > own) {
          label = other.label;
          short = shortGluedHeadingEnd(line, at + m[0].length, label);
          heading = true;
        }
      }
      const lineStart = line.slice(0, at).trim() === '';
      const afterSentence = afterSentenceEnd(line, at);
      const accept = lineStart
        ? n === last + 1 || heading
        : (n === last + 1 && (heading || (rule.listAfterSentence && afterSentence))) ||
          (heading && afterSentence && n > last);
      if (!accept) continue;
      last = n;
      const glued = gluedHeadingEnd(line, at + m[0].length, label);
      // 「（三）信息管理规范方面。」: the whole title, to its mark, is left to the line reader (stripHeading), not cut
      // where the label's words end (「规范方面。」 would open the text).
      const aspect = isAspectHeading(rest, label);
      cuts.push({ at, headingEnd: aspect ? -1 : withHeadingTail(line, glued > 0 ? glued : short) });
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const cut of cuts) {
      if (cut.at > from) out.push(line.slice(from, cut.at));
      if (cut.headingEnd > 0) {
        out.push(line.slice(cut.at, cut.headingEnd));
        from = cut.headingEnd;
      } else from = cut.at;
    }
    out.push(line.slice(from));
  }
  return out;
}
