// Text copied from a web page, Word or a PDF carries invisible characters and converter
// artefacts that are not part of the report; they are removed before anything is read.

/** Longer than any real report (the longest published ones are well under 200 000 characters). */
export const MAX_SOURCE_CHARS = 1_000_000;

/** CR LF, CR, and the other line separators (vertical tab, form feed, NEL, U+2028/9) Word and PDFs emit. */
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Word's hidden bookmarks as some docx-to-text converters print them: 「[bookmark: _GoBack]」. */
const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;

/** The date and time a browser prints a page at (「12/3/26, 4:35 PM」「2026/12/3 16:35」「2026/12/3 下午4:35」). */
const STAMP_AT =
  '(?:\\d{1,2}\\/\\d{1,2}\\/\\d{2,4},?|\\d{4}[\\/-]\\d{1,2}[\\/-]\\d{1,2})[ \\t]+(?:上午|下午)?\\d{1,2}:\\d{2}(?:[ \\t]*[AP]M)?';
const SP = '[ \\t\\u3000]';
const N = '[0-9０-９]{1,3}';
/**
 * Page footers of a PDF's text, on a line of their own: 「- 3 -」「— 3 —」「第3页 共9页」「3/9」 (also in
 * full-width digits, 「-２-」), and
 * a browser's print footer, the page's address and 「3/9」 (「file:///…/报告.html    3/9」; a saved
 * page's file address alone, as plain pdftotext puts 「3/9」 on a line of its own); Firefox's, the
 * page number and the date and time it was printed (「第 2 页，共 4 页      2024/1/20 09:30」「Page 2 of 4
 * 1/20/24, 9:30 AM」).
 * (A bare 「3」 could be a table cell, so it stays.)
 */
const PAGE_FOOTER = new RegExp(
  `^${SP}*(?:${STAMP_AT}${SP}{2,})?(?:(?:file|https?):\\/\\/\\S{1,2000}${SP}+)?(?:file:\\/\\/\\/\\S{1,2000}|[-－—–]{1,2}${SP}*${N}${SP}*[-－—–]{1,2}|第${SP}*${N}${SP}*页(?:${SP}*[,，/／]?${SP}*共${SP}*${N}${SP}*页)?|${N}${SP}*[/／]${SP}*${N}|Page ${N} of ${N})(?:${SP}{2,}${STAMP_AT})?${SP}*(?:\\n|$)`,
  'gmu',
);

/**
 * A Word page pasted into a CMS keeps its style sheet, and a crawler's text of the page prints it
 * (平潭君山片区 2021, at the article's head and again after the 落款): 「Normal 0 7.8 磅 0 2 false false
 * false EN-US ZH-CN X-NONE /* Style Definitions *\/ table.MsoNormalTable {mso-style-name:普通表格; …
 * font-size:10.0pt; …}」 — its numbers are no report's, and 「table.MsoNormalTable」 was taken for the
 * report's website. Only the style sheet with its 「Style Definitions」 comment, and the settings before it.
 */
const WORD_STYLE_SHEET =
  /(?:Normal\s+0\s+(?:[\d.]+\s*(?:磅|pt)\s+)?0\s+2\s+(?:(?:false|true)\s+){2,4}(?:[A-Z]{2}-[A-Z]{2}\s+){1,2}(?:X-NONE\s+)?(?:MicrosoftInternetExplorer4\s*)?)?\/\*\s*Style Definitions\s*\*\/\s*[^{}]{0,200}\{[^{}]{0,3000}\}/gu;

/**
 * A browser's print header: the date and time it was printed (「12/3/26, 4:35 PM」,
 * 「2026/12/3 16:35」), alone or followed after a wide gap by the page's title. Not report text.
 */
const PRINT_STAMP =
  /^[ \t\u3000]*(?:\d{1,2}\/\d{1,2}\/\d{2,4},?|\d{4}\/\d{1,2}\/\d{1,2})[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?(?:[ \t\u3000]{2,}[^\n]{0,200})?[ \t\u3000]*(?:\n|$)/gmu;

/**
 * Markdown that a converter (PDF or web page → .md, as found in repositories) writes around the
 * report's text: heading marks 「## 五、…」 before a line, and the rule 「|---|---|」 under a table's
 * first row. Not report text; the 「|」 cells themselves are read as cells (pipe-cells.ts).
 */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/gmu;
// (Each run of spaces has one place to go: lines of spaces only are matched in linear time.)
const MARKDOWN_TABLE_RULE = /^[ \t]*(?:\|[ \t]*)?(?::?-{3,}:?[ \t]*\|[ \t]*)+(?::?-{3,}:?[ \t]*)?(?:\n|$)/gmu;

/**
 * A page number glued to the first words of the next page (pypdf joins a page's footer to the next
 * page's first line: 「-1-洪泽区人民政府」「-6-地方。主要表现在」): the number goes, the words stay.
 */
const GLUED_PAGE_NUMBER =
  /^([ \t\u3000]*)[-－—–][ \t]*[0-9０-９]{1,3}[ \t]*[-－—–](?=[\u3400-\u9FFF（“《])/gmu;

const IS_FOOTER = new RegExp(PAGE_FOOTER.source.replace('(?:\\n|$)', '$'), 'u');

/**
 * A browser's print header with the page's address beside its title (Firefox: 「某某局2023年…年度报告
 *      https://…/art_1.html」, either way round). Not report text: the address's digits are no cells.
 */
const PRINT_TITLE_URL = new RegExp(
  `^${SP}*(?:[^\\n]{2,80}?(?:报告|年报)${SP}{2,}(?:file|https?):\\/\\/\\S{1,2000}|(?:file|https?):\\/\\/\\S{1,2000}${SP}{2,}[^\\n]{2,80}?(?:报告|年报))${SP}*(?:\\n|$)`,
  'gmu',
);
const IS_TITLE_URL = new RegExp(PRINT_TITLE_URL.source.replace('(?:\\n|$)', '$'), 'u');

/**
 * A PDF's running header: the line that opens a page after the previous page's footer, short and
 * without a sentence or a number of its own, that opens several pages or is the report's title
 * (「某某局政府信息公开工作年度报告」). Not report text.
 */
function withoutRunningHeaders(text: string): string {
  const lines = text.split('\n');
  const openers: number[] = [];
  lines.forEach((line, i) => {
    if (!IS_FOOTER.test(line)) return;
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    if (k < lines.length) openers.push(k);
  });
  if (openers.length === 0) return text;
  const looksLikeHeader = (line: string) =>
    line.length <= 60 &&
    (line.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) >= 4 &&
    !/[。；;，,：:！？]/u.test(line) &&
    !/(?:^|\s)\d+(?:\s|$)/u.test(line);
  const count = new Map<string, number>();
  for (const k of openers) {
    const line = lines[k]!.trim();
    if (looksLikeHeader(line)) count.set(line, (count.get(line) ?? 0) + 1);
  }
  const drop = new Set(
    openers.filter((k) => {
      const line = lines[k]!.trim();
      return (count.get(line) ?? 0) >= 2 || (count.has(line) && /年度报告$/u.test(line));
    }),
  );
  return drop.size === 0 ? text : lines.filter((_, i) => !drop.has(i)).join('\n');
}

const IS_STAMP = new RegExp(PRINT_STAMP.source.replace('(?:\\n|$)', '$'), 'u');

/** A row's label opens the line (「3.其他」「（七）总计」「一、本年新收」): the table's body, not its header. */
const ROW_MARK = /^(?:[0-9０-９]{1,2}[.．、]|（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]{1,2}、)/u;
const NUMBERS_ONLY = /^[0-9０-９ ]+$/u;
const flat = (line: string) => line.replace(/[\s\f\u3000]+/gu, ' ').trim();
/** What a browser or a PDF puts around a page's text: blank, footer, print stamp, the title alone. */
const furniture = (line: string) => {
  const f = flat(line);
  const raw = line.replace(/\f/gu, '');
  return (
    f === '' ||
    IS_FOOTER.test(raw) ||
    IS_STAMP.test(raw) ||
    IS_TITLE_URL.test(raw) ||
    (f.length <= 60 && /报告$/u.test(f) && !/[。；;，,：:！？\s]/u.test(f))
  );
};

/**
 * A table that runs onto the next page prints its header rows again there (a browser repeats a
 * table's <thead>, Word its 「标题行重复」): 「申请人情况」「（本列数据的勾稽关系为：…）」「自然人 法人或其他组织…」
 * a second time, in the middle of part 三's rows. Read as report text, its lines broke the rows
 * around the page break, and a line of numbers printed inside it (the first row's, as pdftotext
 * puts a row's numbers above a label it wraps) was read as the numbers of the row the page opens
 * with — 平潭 2023 printed from the browser had two WRONG cells so. Dropped: the lines that open a
 * page (after a form feed or a page footer, the print stamp and title passed over) and repeat, one
 * for one and in order, lines met earlier that contain at least two lines of words, no sentence, and
 * do not open on a row's label. A line of numbers in that run goes with it only when it is not all
 * zeros (a report of zeros could open the page with a row of its own that prints the same zeros).
 */
function withoutRepeatedTableHeaders(text: string): string {
  if (!/[\f]/u.test(text) && !text.split('\n').some((l) => IS_FOOTER.test(l))) return text;
  const lines = text.split('\n');
  const norms = lines.map(flat);
  const drop = new Set<number>();
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (line.startsWith('\f') || (i > 0 && (lines[i - 1]!.endsWith('\f') || IS_FOOTER.test(norms[i - 1]!))))
      starts.push(i);
  });
  for (const start of starts) {
    // The page's first lines of text, furniture passed over.
    const page: number[] = [];
    for (let k = start; k < lines.length && page.length < 40; k++) {
      if (k > start && (lines[k]!.startsWith('\f') || IS_FOOTER.test(norms[k - 1]!))) break;
      if (!furniture(lines[k]!)) page.push(k);
    }
    const first = page[0];
    if (first === undefined || ROW_MARK.test(norms[first]!) || NUMBERS_ONLY.test(norms[first]!)) continue;
    let best: number[] = [];
    for (let j = 0; j < start; j++) {
      if (norms[j] !== norms[first] || drop.has(j)) continue;
      const run: number[] = [];
      let o = j;
      for (const k of page) {
        while (o < start && furniture(lines[o]!)) o++;
        if (o >= start || norms[o] !== norms[k]) break;
        if (NUMBERS_ONLY.test(norms[k]!) && !/[1-9１-９]/u.test(norms[k]!)) break;
        run.push(k);
        o++;
      }
      if (run.length > best.length) best = run;
    }
    const words = best.filter((k) => !NUMBERS_ONLY.test(norms[k]!));
    if (words.length < 2 || words.some((k) => /[。！？]/u.test(norms[k]!))) continue;
    for (const k of best) drop.add(k);
  }
  if (drop.size === 0) return text;
  // A dropped line that opened the page hands its form feed on (page ends are read elsewhere).
  return lines.flatMap((l, i) => (!drop.has(i) ? [l] : l.startsWith('\f') ? ['\f'] : [])).join('\n');
}

const BARE_NUMBER = /^[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*$/u;

/**
 * Bare page numbers (「3」 alone, as Word prints a page-number field without dashes) in a PDF's
 * text, whose pages end with a form feed (pdftotext, our own reader; mutool opens each page with
 * its footer). Alone, a 「3」 may be a table cell; what makes it a page number is the sequence: the
 * first or the last line of two or more pages holding exactly the page's own number (page i of the
 * text numbered i, i − 1 after an unnumbered cover, or i + 1). Left in, each one read as a cell
 * (part 二's 「2」 where the table says 550) or broke a part's rows apart.
 */
function withoutBarePageNumbers(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.split('\f').map((p) => p.split('\n'));
  const filled = pages.map((lines) => lines.flatMap((l, k) => (l.trim() === '' ? [] : [k])));
  let best: [number, number][] = [];
  // One edge for the whole text: a page's other edge may be a cell that happens to equal its
  // number (mutool puts 「3」 atop page 3, whose last row's 总计 is 3 too).
  for (const edge of ['first', 'last'] as const)
    for (const offset of [1, 0, 2]) {
      const at: [number, number][] = [];
      pages.forEach((lines, i) => {
        const k = edge === 'first' ? filled[i]![0] : filled[i]!.at(-1);
        const m = k === undefined ? null : BARE_NUMBER.exec(lines[k]!);
        if (k !== undefined && m && Number(asciiDigits(m[1]!)) === i + offset) at.push([i, k]);
      });
      if (at.length > best.length) best = at;
    }
  if (best.length < 2) return text;
  for (const [i, k] of best) pages[i]![k] = '';
  return pages.map((lines) => lines.join('\n')).join('\f');
}

/**
 * A running header or footer that carries the page's number (Word's header with a page field:
 * 「某某局2023年政府信息公开工作年度报告    3」, 「3    某某局…」, 「共 9 页 第 3 页」): the first or last line of
 * two or more pages, the same words on each, one number that goes up with the page (page i + a
 * constant offset), the rest the same. Left in, its numbers were read as cells or broke a table's
 * rows apart. Words only where they are no sentence (no 。，；：). In a PDF's text (form feeds) only.
 */
function withoutNumberedRunningLines(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.split('\f').map((p) => p.split('\n'));
  const drop: [number, number][] = [];
  for (const edge of ['first', 'last'] as const) {
    const groups = new Map<string, { page: number; line: number; numbers: number[] }[]>();
    pages.forEach((lines, i) => {
      const filled = lines.flatMap((l, k) => (l.trim() === '' ? [] : [k]));
      const k = edge === 'first' ? filled[0] : filled.at(-1);
      if (k === undefined) return;
      const flat = asciiDigits(lines[k]!)
        .replace(/[\s\u3000]+/gu, ' ')
        .trim();
      if (
        flat.length > 80 ||
        /[。，；,;：:]/u.test(flat) ||
        (flat.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) < 4
      )
        return;
      const numbers = [...flat.matchAll(/\d+/gu)].map((m) => Number(m[0]));
      if (numbers.length === 0 || numbers.length > 3) return;
      const key = flat.replace(/\d+/gu, '#');
      groups.set(key, [...(groups.get(key) ?? []), { page: i, line: k, numbers }]);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // The one number that changes, by the page's own step; every other number the same.
      const n = group[0]!.numbers.length;
      const varying = [...Array(n).keys()].filter((j) =>
        group.some((g) => g.numbers[j] !== group[0]!.numbers[j]),
      );
      const j = varying[0];
      if (varying.length !== 1 || j === undefined) continue;
      const offset = group[0]!.numbers[j]! - group[0]!.page;
      if (offset < -1 || offset > 2 || group.some((g) => g.numbers[j]! - g.page !== offset)) continue;
      for (const g of group) drop.push([g.page, g.line]);
    }
  }
  if (drop.length === 0) return text;
  for (const [i, k] of drop) pages[i]![k] = '';
  return pages.map((lines) => lines.join('\n')).join('\f');
}

/**
 * A table copied from a browser whose cells hold paragraphs (「<td><p>258</p></td>」): each cell's
 * text stands between blank lines and the tab that separates it from the next cell stands on a line
 * of its own (blank cells written 「&nbsp;」 become a space, on their line or beside the tab).
 * Otherwise that tab reads as a blank cell and every number after it shifts. Such a tab line,
 * between blank lines, is put back after the cell before it, and before the cell after it when it
 * ends with a tab (a line ending in a blank cell ends the row: the next text is not in it).
 */
const TAB_LINE = /^[ \u3000]*\t[ \t\u3000]*$/u;
function joinCellTabLines(text: string): string {
  if (!text.includes('\t')) return text;
  const all = text.split('\n');
  // A page footer (「- 3 -」「第 3 页」) printed inside such a table would stand between a cell and its
  // tab and break the row: the lines are read without it (it is page furniture, dropped anyway).
  const tabTable = all.some((line, i) => TAB_LINE.test(line) && all[i - 1] === '' && all[i + 1] === '');
  const lines = tabTable ? all.filter((line) => !IS_FOOTER.test(line)) : all;
  // Blank lines before each tab line that stands between blank lines after a cell's text: one in
  // a copy as the browser gives it, more where the text went through an editor that doubled every
  // line break. The fewest is the document's cell separator; a longer run before a tab line is a
  // row break (a row whose first cell is blank), as before.
  const blanksBefore = (i: number): number => {
    let k = i - 1;
    while (k >= 0 && lines[k] === '') k--;
    return k < 0 ? 0 : i - 1 - k;
  };
  let separator = Number.POSITIVE_INFINITY;
  lines.forEach((line, i) => {
    const b = blanksBefore(i);
    if (TAB_LINE.test(line) && b > 0 && i - b > 0 && lines[i + 1] === '') separator = Math.min(separator, b);
  });
  const out: string[] = [];
  let glueNext = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const b = blanksBefore(i);
    if (TAB_LINE.test(line) && b === separator && i - b > 0 && lines[i + 1] === '') {
      while (out.length > 0 && out.at(-1) === '') out.pop();
      out[out.length - 1] += line;
      glueNext = line.endsWith('\t');
      continue;
    }
    if (glueNext) {
      if (line === '') continue;
      out[out.length - 1] += line;
      glueNext = false;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A text an editor or a converter passed through doubling every line break: every run of line
 * breaks has even length, and some run is four or more (the print's own blank lines, doubled). Each
 * run is halved, giving back the text as printed: the blank lines between a PDF's table cells (and
 * its rows) mean what they meant there. Without that, each line stood between blank lines and the
 * table was read as a page that puts an empty line after every paragraph — its blank lines no
 * longer ended a row, and part 二 took a number of another row (a WRONG cell). A text whose runs are
 * all two long (a paragraph per line, an empty line after each) is left as it is: nothing proves
 * the doubling there, nor is a text with tabs: a browser's copy of a table whose cells hold
 * paragraphs puts its cells two breaks apart and its rows four (joinCellTabLines reads that, doubled
 * or not). Form feeds (pdftotext's page ends) are not line breaks for this count.
 */
function undoubledLineBreaks(text: string): string {
  if (text.includes('\t')) return text;
  let runs = 0;
  let long = false;
  for (const m of text.matchAll(/\n+/gu)) {
    const n = m[0].length;
    if (n % 2 === 1) return text;
    runs++;
    if (n >= 4) long = true;
  }
  if (runs < 8 || !long) return text;
  return text.replace(/\n+/gu, (m) => '\n'.repeat(m.length / 2));
}

/**
 * A text whose every line ends in the same spaces (a copy through a tool that pads each line: a
 * mail client, an editor's 「keep line breaks」): the padding is no part of any line. Removed, so that
 * an empty line is empty again — in a browser's copy of a table, a line of spaces is a blank cell
 * (「&nbsp;」) and an empty line the break between cells: padded, every break read as a blank cell and
 * the row's numbers moved to other columns (WRONG cells). Only a suffix that every line but the last
 * carries, empty lines included, is taken off; a text with one unpadded line is left as it is.
 */
function withoutLinePadding(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 9) return text;
  let pad = /[ \u3000]+$/u.exec(lines[0]!)?.[0] ?? '';
  for (let i = 1; i < lines.length - 1 && pad !== ''; i++) {
    const line = lines[i]!;
    let k = 0;
    while (
      k < pad.length &&
      line.length - 1 - k >= 0 &&
      line[line.length - 1 - k] === pad[pad.length - 1 - k]
    )
      k++;
    pad = pad.slice(pad.length - k);
  }
  if (pad === '') return text;
  return lines
    .map((l, i) => (i < lines.length - 1 || l.endsWith(pad) ? l.slice(0, l.length - pad.length) : l))
    .join('\n');
}

/**
 * Unifies line ends, takes off a padding every line carries, halves doubled line breaks, drops invisible characters, bookmarks, page footers and the running headers
 * after them, keeps tabs (they separate cells).
 */
/**
 * A page that prints a character's pinyin after it (「報(bào)告」「數(shù)據(jù)」: a reading aid some portals and
 * their mirrors add): the pinyin is no text of the report, and it breaks every heading, label and
 * name it falls in. Only lowercase pinyin with a tone mark, right after an ideograph.
 */
const PINYIN_AFTER_HAN =
  /(?<=\p{Script=Han})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;

export function cleanSourceText(text: string): string {
  return withoutRunningHeaders(
    joinCellTabLines(
      withoutRepeatedTableHeaders(
        withoutNumberedRunningLines(
          withoutBarePageNumbers(
            undoubledLineBreaks(withoutLinePadding(text.slice(0, MAX_SOURCE_CHARS).replace(/\r\n?/g, '\n'))),
          ),
        ),
      )
        .replace(LINE_BREAKS, '\n')
        .replace(INVISIBLE, '')
        .replace(BOOKMARK, '')
        .replace(/\u00A0/g, ' ')
        .replace(MARKDOWN_HEADING, '')
        .replace(MARKDOWN_TABLE_RULE, '')
        .replace(WORD_STYLE_SHEET, ' ')
        .replace(PINYIN_AFTER_HAN, ''),
    ),
  )
    .replace(PAGE_FOOTER, '')
    .replace(GLUED_PAGE_NUMBER, '$1')
    .replace(PRINT_STAMP, '')
    .replace(PRINT_TITLE_URL, '');
}

/**
 * Radicals that a PDF's fonts map characters to (a font shares one glyph between 「人」 and the
 * radical 「⼈」, and the text layer names the radical): copying text from such a PDF gives
 * 「⼈⺠政府」 for 「人民政府」, and no label, heading or organ name matches. The Kangxi radicals
 * (U+2F00–U+2FD5) and the compatibility ideographs (U+F900–U+FAFF) have Unicode's own mapping to
 * the ideograph (NFKC); the simplified radicals of the supplement (U+2E80–U+2EF3) mostly have none,
 * so those that stand for a whole character are listed here (names from the Unicode data:
 * CJK RADICAL C-SIMPLIFIED GATE → 门, …). Radicals that are only a part of a character (⺅, ⻏)
 * have no character to become and stay.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC1': '虎',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};
const RADICAL_LIKE = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF]/gu;

/** 「⼈⺠政府」 → 「人民政府」: radicals and compatibility ideographs to the ideographs they print as. */
export function unifyIdeographs(text: string): string {
  return text.replace(RADICAL_LIKE, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize('NFKC'));
}

/** Full-width digits (０-９) to ASCII; everything else unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** A snippet of source text for the import summary: whitespace collapsed, at most `max` characters. */
export function snippetOf(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
