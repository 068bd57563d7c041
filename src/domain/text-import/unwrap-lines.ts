// Text extracted from a PDF keeps the page's line breaks: every paragraph is cut into lines of
// the page width, wherever a sentence happens to be (nianbao issue 18). When a text looks like
// that — many lines of (nearly) the same width — those lines are joined back into paragraphs; a
// line that ends a sentence, or is shorter than the page width, ends its paragraph; a line that
// starts with a list marker (「（二）」「二是」「2.」) starts one.

import { unpadded } from './narrative-lines';

/** Display width: CJK characters count 1, ASCII half (as a PDF line is measured). */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1;
  return w;
}

const MIN_LINES = 8;
/** A page line is rarely wider than this many characters (A4, 3号/4号 font). */
const MAX_PAGE_WIDTH = 60;
const FULL = 2;
const SENTENCE_END = /[。！？!?；;：:”」』）)]\s*$/u;
const STARTS_ITEM =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+[是、.．]|\d{1,2}[.．、]|[一二三四五六]、)/u;

/**
 * A portal's navigation printed with the page (「当前位置: 网站首页 >> 政府信息公开 >> 年报」, 「无障碍 | 设为首页」):
 * no paragraph goes on from it (the title's organ under it was glued onto the breadcrumb). A 「>」 closing a
 * book title in prose (「《…<…格式>的通知》」) is no crumb.
 */
const PAGE_NAVIGATION =
  /(?:^|\s)(?:>>?|＞|»|›)(?:\s|$)|首页\s*(?:>>?|＞|»|›)|^\s*(?:当前位置|您的位置|您现在的位置)|\s\|\s/u;

/** A page's number alone on its line: 「3」「- 3 -」「第 3 页」. */
const PAGE_NUMBER = /^(?:\d{1,3}|[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$/u;

/**
 * A line's width without the padding a layout mode spreads a justified line with (pypdf's
 * 「予以公            开及」): the width of its characters on the page.
 */
const textWidth = (line: string) => displayWidth(unpadded([line.trim()])[0]!);

/** The page width when most long lines are about that wide (PDF text); null otherwise. */
export function pageWidth(lines: readonly string[]): number | null {
  const widths = lines
    .map(textWidth)
    .filter((w) => w >= 8)
    .sort((a, b) => a - b);
  if (widths.length < MIN_LINES) return null;
  const top = widths[Math.floor(widths.length * 0.9)]!;
  if (top > MAX_PAGE_WIDTH) return null;
  const full = widths.filter((w) => w >= top - FULL).length;
  return full >= widths.length * 0.4 ? top : null;
}

/** A page line is at least this wide when a text's few wrapped paragraphs give the width (wrapWidth). */
const MIN_WRAP_WIDTH = 20;
/** Inside a line: a sentence's pause or end — what a sub-item heading (「（三）…公开情况」) lacks. */
const PROSE_MARK = /[，,。；;：:、！？]/u;

/**
 * The page width of a text with few wrapped paragraphs among many short lines (the app's own print
 * of a report whose narratives are a sentence or two, read back from PDF: every sub-item heading a
 * line, so pageWidth finds no width): the widest width at least two lines share (within a
 * character) that each break off mid-sentence into a next line of the same paragraph. Such a pair
 * is a page's wrap, not chance: a line a text ends itself ends its sentence, or is a heading
 * (starts as an item: 「（三）…」「二是…」), a list item, or shorter. Null when no two lines do.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths: number[] = [];
  for (const [k, raw] of lines.entries()) {
    const line = raw.trim();
    const next = lines[k + 1]?.trim() ?? '';
    if (next === '' || STARTS_ITEM.test(next) || STARTS_ITEM.test(line)) continue;
    if (SENTENCE_END.test(line) || PAGE_NAVIGATION.test(line) || PAGE_NUMBER.test(next)) continue;
    const w = textWidth(line);
    if (w >= MIN_WRAP_WIDTH && w <= MAX_PAGE_WIDTH) widths.push(w);
  }
  widths.sort((a, b) => b - a);
  for (let i = 0; i + 1 < widths.length; i++) if (widths[i]! - widths[i + 1]! <= FULL / 2) return widths[i]!;
  return null;
}

/**
 * Joins lines wrapped at `width` back into paragraphs. `headingsStay`: a line that starts as an
 * item without a sentence's mark inside (「（三）人大代表建议和政协提案办理结果公开情况」) is a heading,
 * never continued — for a width from wrapWidth, which may be no wider than such a heading.
 */
export function unwrapLines(lines: readonly string[], width: number, headingsStay = false): string[] {
  const out: string[] = [];
  let open = false;
  for (const [k, raw] of lines.entries()) {
    const line = raw.trim();
    // A bare page number inside a paragraph a page break cut (「…电话：0527」「1」「—83593059）」): a
    // line of the paragraph would be as wide as the page, so the number is the page's footer.
    const next = lines[k + 1]?.trim() ?? '';
    if (open && PAGE_NUMBER.test(line) && next !== '' && !STARTS_ITEM.test(next)) continue;
    if (line === '') {
      out.push(raw);
      open = false;
      continue;
    }
    if (open && !STARTS_ITEM.test(line)) out[out.length - 1] += line;
    else out.push(line);
    open =
      textWidth(line) >= width - FULL &&
      !SENTENCE_END.test(line) &&
      !PAGE_NAVIGATION.test(line) &&
      !(headingsStay && STARTS_ITEM.test(line) && !PROSE_MARK.test(line));
  }
  return out;
}
