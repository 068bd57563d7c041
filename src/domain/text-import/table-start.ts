// A table part may open with a paragraph before its table (「2022年,共收到8份申请……其他1件。」,
// seen on real portal pages). Its words (予以公开, 其他) and numbers are not cells: read as table
// text they were taken for row labels and moved whole rows. The table opens where its own header
// or first row is (found by content, not position); sentences before that are set aside.

/** The first header or row text of the tables of parts 二 and 三. */
export const TABLE_OPENERS = {
  proactive: /第二十条|信息内容/u,
  applications: /勾稽关系|申请人情况|本年新收/u,
  /**
   * part 四's header starts a line (a sentence naming 行政复议 ends with 。), or, inside a line (a
   * page saved as one line), its first two header cells stand side by side: 「行政复议 行政诉讼」
   * (a sentence joins them with 、 or 和).
   */
  appeals: /^\s*行政复议(?![^\n]*[。；])|行政复议[ \t\u3000|]*行政诉讼/u,
} as const;

/** A sentence, or a piece of one wrapped by a PDF: it ends or pauses with 。；，：. */
const PROSE = /[。；;，,：]/u;

/**
 * The part's lines with the sentences before its table blanked (line count kept, so line numbers
 * in snippets stay right). A line holding prose and then the table (a page on one line) keeps
 * only the table. Without an opener, the lines are returned as they are.
 */
export function withoutProseBeforeTable(lines: readonly string[], opener: RegExp): string[] {
  const at = lines.findIndex((line) => opener.test(line));
  if (at < 0) return [...lines];
  return lines.map((line, i) => {
    if (i < at) return PROSE.test(line) ? '' : line;
    if (i > at) return line;
    const start = opener.exec(line)!.index;
    const before = line.slice(0, start);
    // The prose ends at its last full stop; what follows it on the line may be a header cell.
    const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
    return stop < 0 ? line : line.slice(stop + 1);
  });
}

/**
 * The sentences set aside before the part's table (what withoutProseBeforeTable blanks), joined:
 * 「2023年，共收到政府信息公开申请0条。」 — prose, so its counts can still be compared with the table.
 */
export function proseBeforeTable(lines: readonly string[], opener: RegExp): string {
  const at = lines.findIndex((line) => opener.test(line));
  if (at < 0) return '';
  const out = lines.slice(0, at).filter((line) => PROSE.test(line));
  const line = lines[at]!;
  const before = line.slice(0, opener.exec(line)!.index);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
  if (stop >= 0) out.push(before.slice(0, stop + 1));
  return out.join('').trim();
}
