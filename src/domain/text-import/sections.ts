// Finds the six part headings of a published report (SPEC §2, 「一、总体情况」 … 「六、其他需要
// 报告的事项」). Headings are matched tolerantly (other numbering styles, typos, a note appended)
// but only on short lines, and only in the order of the format, so a sentence of the preamble
// that lists the parts, or a table row such as 「三、本年度办理结果」, is never taken for one.
import { PROBLEMS_TOPICS } from '../checks/problems-topics';
import { APPLICATION_ROW_LABELS, PART_KEYS, PART_TITLES, type PartKey } from '../report/labels';
import { normalizeLabel, similarity, similarityBound } from './label-match';

export type PartSpan = {
  part: PartKey;
  /** line index of the heading */
  heading: number;
  /** the heading is in the author's words (AUTHORED), not the format's: its text */
  authored?: string;
  /** part 六 found as the fee table printed in part 五's place (FEE_PART) */
  feeTable?: true;
  /** content lines are [start, end) */
  start: number;
  end: number;
};

/** A heading needs this similarity to its title (one wrong character in the shortest title passes). */
const HEADING_SIMILARITY = 0.7;
/** Characters a heading line may carry beyond its title (e.g. 「（单位：件）」). */
const HEADING_SLACK = 6;

/**
 * Other wordings real reports give a part's heading (the 2019 format's, kept by many organs):
 * 「四、因政府信息公开工作被申请行政复议、提起行政诉讼情况」「五、政府信息公开工作存在的主要问题
 * 及改进情况」, the shorter 「五、存在问题及改进情况」 some portals print, and 「五、存在的主要问题及明年
 * 工作计划」 (平潭综合实验区公安局 2024; on a line of its own 「…及下一步工作计划」 passes the similarity too),
 * 「五、存在的主要问题及改进措施」 (平潭海坛片区 2024: the heading named after its second half), 「一、概述」.
 */
export const OTHER_TITLES: Partial<Record<PartKey, readonly string[]>> = {
  // the 2019 template's word for part 一 (平潭农业农村局 2020: 「一、概述2020年，…」)
  overview: ['一、概述'],
  // 「二、行政机关主动公开政府信息情况」「三、行政机关收到和处理…」 (武汉经济技术开发区医疗保障局 2020)
  proactive: ['二、行政机关主动公开政府信息情况'],
  applications: ['三、行政机关收到和处理政府信息公开申请情况'],
  appeals: ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  // 平潭综合实验区农业农村局 2025: 「六、需要说明的其他事项与附表无。」
  otherMatters: ['六、需要说明的其他事项', '六、需要说明的其他事项与附表'],
  problems: [
    '五、政府信息公开工作存在的主要问题及改进情况',
    '五、存在问题及改进情况',
    '五、存在的主要问题及明年工作计划',
    '五、存在的主要问题及改进措施',
  ],
};

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
/** Each part's heading as the finders compare it: its numeral, its title and other wordings, normalised. */
export const HEADING_FORMS = PART_KEYS.map((part, k) => ({
  part,
  numeral: NUMERALS[k]!,
  form: normalizeLabel(PART_TITLES[part]),
  others: (OTHER_TITLES[part] ?? []).map(normalizeLabel),
}));
const TITLE_FORMS = HEADING_FORMS.map((h) => ({
  ...h,
  // Taken only with the part's own numeral in front (「政府信息公开被申请行政复议38件」 in a
  // paragraph is close to the wording but is no heading).
  numbered: new RegExp(`^\\s*${h.numeral}\\s*[、.．]`, 'u'),
}));

/** A sub-item line (「（一）主动公开情况」) is never a part heading. */
const SUB_ITEM = /^[(（]/;
/**
 * A line numbered with an Arabic number: 「3.收到和处理…」 may be part 三's heading in a report that
 * numbers its parts so, but 「1.收到和处理政府信息公开申请情况」「2.政府信息公开行政复议、行政诉讼情况」
 * are sub-items of part 一's 「（二）依申请公开工作方面」 in the 山东 template (荣成市信访局 2025):
 * a number that is not the part's own ordinal never heads it, nor does any Arabic number head a part
 * that the text heads elsewhere with its Chinese numeral (「2.主动公开…」 under part 一, 「二、主动公开
 * 政府信息情况」 further down).
 */
const ARABIC_NUMBER = /^\s*(\d{1,2})\s*[、.．,，]/u;

function headingScore(line: string, form: string): number {
  const trimmed = line.trim();
  if (trimmed === '' || SUB_ITEM.test(trimmed) || trimmed.length > form.length * 2 + 20) return 0;
  const text = normalizeLabel(trimmed);
  if (text.length > form.length + HEADING_SLACK) return 0;
  if (similarityBound(text, form) < HEADING_SIMILARITY) return 0;
  return similarity(text, form);
}

/** A part found: its heading's line, or (unheaded) the line its table opens on. */
type Found = { part: PartKey; heading: number; unheaded?: boolean; authored?: string; feeTable?: true };

/**
 * A newer layout some organs use (平潭综合实验区金井片区管理局 2025, 苏平片区管理局 2024–2025): part 五 is
 * the table 「五、信息处理费收取情况」 (通知收取件数, 通知收取金额（元）, 实际收取金额（元）), part 六 is
 * 「六、存在的主要问题及改进措施」, and 「其他需要报告的事项」 is not printed. In our format (SPEC §2,
 * kept) the fee is part 六 （一） and the problems are part 五: the fee heading right after part 四
 * is taken for part 六 (otherMatters), and the 「六、…问题…」 heading after it for part 五.
 */
export const FEE_PART = /^[五六][ \t\u3000]*[、.．][ \t\u3000]*信息处理费收取情况/u;

/**
 * Parts headed in the author's own words, with the format's numerals (平潭综合实验区君山片区管理局
 * 2025: 「一、年度工作核心成效」 … 「五、当前存在的突出问题」「六、下一步改进举措」「七、其他需说明事项」,
 * seven parts). Taken only where the format's heading is not found, in the format's order, by what
 * the heading must say: part 一's is followed by its sub-item 「（一）」 (and part 二's heading comes
 * later), part 五's names the 问题 right after part 四, and 其他…事项 after part 五 heads part 六
 * whichever numeral it has (「六、」 or, after a part 五 printed in two, 「七、」). A 「六、」 that names
 * the 改进 right after such a part 五 is its second half (improvements), not a part.
 */
const TITLE_CHAR = '[^。，,；;：:、（()）\\d\\s]';
export const AUTHORED = {
  overview: { numeral: '一', title: new RegExp(`^${TITLE_CHAR}{2,14}?(?=\\s*[（(]一[）)])`, 'u') },
  problems: { numeral: '五', title: new RegExp(`^${TITLE_CHAR}{0,12}?问题`, 'u') },
  improvements: {
    numeral: '六',
    title: new RegExp(
      `^${TITLE_CHAR}{0,10}?(?:改进|整改)${TITLE_CHAR}{0,4}?(?:措施|举措|情况|计划|方向)?`,
      'u',
    ),
  },
  otherMatters: {
    numeral: '[六七]',
    title: new RegExp(`^${TITLE_CHAR}{0,8}?其\\s*[他它]${TITLE_CHAR}{0,8}?事项`, 'u'),
  },
} as const;
/** An authored heading on a line of its own: the whole line is the heading. */
const authoredLine = (line: string, kind: keyof typeof AUTHORED): string | null => {
  const a = AUTHORED[kind];
  const m = new RegExp(`^\\s*${a.numeral}\\s*[、.．]\\s*`, 'u').exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length).trim();
  if (kind === 'overview') return /^[^。，,；;：:、（()）\d\s]{2,14}$/u.test(rest) ? line.trim() : null;
  const t = a.title.exec(rest);
  return t && t[0].length === rest.length ? line.trim() : null;
};
/** The 「六、…改进…」 line that continues an authored part 五 (improvements), or null. */
export const isAuthoredImprovements = (line: string): boolean => authoredLine(line, 'improvements') !== null;

/**
 * What the heading finders ask of the lines before or after a candidate, read once for the text
 * (asking it of a copy of the rest of the text at each candidate line is quadratic in a text of many).
 */
type LinesIndex = {
  /** the first line that is numbered (NUMBERED_LINE), or the number of lines */
  firstNumbered: number;
  /** the last line that heads part 二 in any numbering (headsPartTwo), or -1 */
  lastPartTwo: number;
};
function linesIndex(lines: readonly string[]): LinesIndex {
  let firstNumbered = lines.findIndex((l) => NUMBERED_LINE.test(l));
  if (firstNumbered < 0) firstNumbered = lines.length;
  let lastPartTwo = lines.length - 1;
  while (lastPartTwo >= 0 && !headsPartTwo(lines[lastPartTwo]!)) lastPartTwo--;
  return { firstNumbered, lastPartTwo };
}

/** The first line after line `i` that is not blank, or ''. */
function nextTextLine(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim() !== '') return lines[j]!;
  return '';
}

function authoredAt(
  lines: readonly string[],
  i: number,
  next: number,
  headedTwo: boolean,
  index: LinesIndex,
): Found | null {
  const line = lines[i]!;
  if (next === 0 && headedTwo && authoredLine(line, 'overview')) {
    // followed by its sub-item 「（一）」, or the report's first numbered line (nothing numbered before
    // it: no list of part 一 it could belong to)
    const after = nextTextLine(lines, i);
    if (/^\s*[（(]一[）)]/u.test(after) || index.firstNumbered >= i)
      return { part: 'overview', heading: i, authored: line.trim() };
  }
  if (next === 4 && authoredLine(line, 'problems'))
    return { part: 'problems', heading: i, authored: line.trim() };
  if (next === 5 && authoredLine(line, 'otherMatters'))
    return { part: 'otherMatters', heading: i, authored: line.trim() };
  return null;
}

/**
 * Part headings in wordings nobody has listed, known by the part's content words (helper-63's probe:
 * 「一、基本情况」「二、主动公开情况」「三、依申请公开情况」「四、行政复议和行政诉讼情况」「五、存在的不足
 * 和改进方向」「六、需要报告的其他事项」, or numbered 「第二部分 …」「（二）…」「二 …」). Taken only for a part
 * whose format heading the text never prints, with the part's own numeral, in the format's order,
 * on a short line that is a title (no sentence marks, no number); parts 二–四 only where their
 * table follows before the next numbered line (a 「二、主动公开工作」 in part 一's list of measures is
 * followed by a paragraph, and then by the next measure or the real heading).
 */
const CONTENT_HEADINGS: readonly { words: RegExp; table?: RegExp }[] = [
  { words: /总体|基本情况|概况|概述|总述/u },
  { words: /主动公开/u, table: /第二十条|信息内容|制发件数|规章/u },
  { words: /申请/u, table: /勾稽|申请人情况|自然人|本年新收/u },
  { words: /复议[^诉]{0,6}诉讼/u, table: /维持|纠正|复议后起诉|未经复议/u },
  { words: /问题|不足/u },
  { words: /其[他它][^事]{0,8}事项/u },
];
const CONTENT_TITLE = /^[^。，,；;：:、\d（()）\s][^。，,；;：:\d]{1,19}$/u;
const TABLE_WITHIN = 8;
/**
 * A part's numbering on a line (NFKC): 「第二部分」「第二部分：」, 「（二）」, 「二、」「二.」「二 」 or 「二」 run on
 * into its title (not 「二是」「二要」), or an Arabic 「2、」「2.」 (full-width 「２、」 after NFKC).
 */
const HEADING_NUMBER =
  /^(?:第\s*([一二三四五六])\s*部分\s*:?|\(\s*([一二三四五六])\s*\)|([一二三四五六])(?:\s*[、.,]|\s+|(?=[^是要\d]))|([1-6])\s*[、.,](?!\d))\s*(.*)$/u;
/** A title line of part 二 in any numbering (「（二）主动公开情况」「第二部分：主动公开政府信息情况」). */
const headsPartTwo = (l: string): boolean => {
  const line = l.normalize('NFKC').trim();
  if (line.length > 28) return false;
  const m = HEADING_NUMBER.exec(line);
  const title = m?.[5]?.replace(/\s+/gu, '').replace(/:$/u, '') ?? '';
  return (
    (m?.[2] === '二' || m?.[1] === '二' || m?.[3] === '二' || m?.[4] === '2') &&
    CONTENT_TITLE.test(title) &&
    /主动公开/u.test(title)
  );
};
const NUMBERED_LINE = /^\s*(?:第?[一二三四五六七]\s*(?:[、.．]|部分)|[（(][一二三四五六七][）)])/u;

function contentHeadingAt(
  lines: readonly string[],
  i: number,
  next: number,
  found: readonly Found[],
  formatHeaded: ReadonlySet<number>,
  index: LinesIndex,
): Found | null {
  const line = lines[i]!.normalize('NFKC').trim();
  if (line.length > 28) return null;
  const m = HEADING_NUMBER.exec(line);
  if (!m) return null;
  const arabic = m[4] !== undefined;
  const k = arabic ? Number(m[4]) - 1 : NUMERALS.indexOf((m[1] ?? m[2] ?? m[3]) as (typeof NUMERALS)[number]);
  // 「二、主动公开情况：」: a colon after the title
  const title = m[5]!.replace(/\s+/gu, '').replace(/:$/u, '');
  // (「四、行政复议、行政诉讼情况如下：」 introduces a sentence)
  if (k < next || formatHeaded.has(k) || !CONTENT_TITLE.test(title) || /如下$/u.test(title)) return null;
  const c = CONTENT_HEADINGS[k]!;
  if (!c.words.test(title)) return null;
  // 「（一）总体情况」「1.总体情况」 are sub-item styles inside part 一 too: part 一's heading only where the
  // report's part 二 is headed later, in any numbering (the report numbers its parts so)
  if (k === 0 && (m[2] !== undefined || arabic) && index.lastPartTwo <= i) return null;
  // part 五 follows part 四, part 六 follows part 五 — or part 四, where part 五's heading was lost
  // (a 「问题」 line inside part 一 is no heading)
  const last = found.at(-1)?.part;
  if (k === 4 && last !== 'appeals') return null;
  if (k === 5 && last !== 'problems' && last !== 'appeals') return null;
  const table = c.table;
  // part 二 of the 2019 format opens with its sub-item 「（一）主动公开政府信息的数量」, the table after a paragraph
  // (not part 一's 「（一）主动公开政府信息情况」 after a list item 「二、主动公开工作」)
  const firstAfter = nextTextLine(lines, i);
  if (k === 1 && /^\s*[（(]一[）)]\s*主动公开政府信息的?数量/u.test(firstAfter))
    return { part: PART_KEYS[k]!, heading: i, authored: lines[i]!.trim() };
  if (table) {
    // up to the next numbered line (the table's own part, not a later part's)
    const after: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() === '') continue;
      if (after.length >= TABLE_WITHIN || NUMBERED_LINE.test(l)) break;
      after.push(l);
    }
    // a table's line (part 三's note 「（本列数据的勾稽关系为：…，…）」 and its row 「（二）部分公开（区分处理的，
    // 只计这一情形，不计其他情形）」 are), not a sentence that names its words
    const sentence = (l: string) => /[。，；]/u.test(l.replace(/[（(][^（()）]*[）)]/gu, ''));
    if (!after.some((l) => table.test(l) && !sentence(l))) return null;
  }
  return { part: PART_KEYS[k]!, heading: i, authored: lines[i]!.trim() };
}

/**
 * A line ending a sentence (「…情况。」) right under a line of prose that does not end one (「…未发生」):
 * the sentence wrapped there, so the line is its tail, whatever title it reads like.
 */
function wrappedSentenceTail(lines: readonly string[], i: number): boolean {
  if (!/[。；;]\s*$/u.test(lines[i]!)) return false;
  const prev = (lines[i - 1] ?? '').trim();
  return /[\u4E00-\u9FFF，,、]$/u.test(prev) && /[，,。]/u.test(prev);
}

/** The part headings found, in order, each with the line range of its content. */
export function findParts(lines: readonly string[]): PartSpan[] {
  const found: Found[] = [];
  const index = linesIndex(lines);
  const chineseHeaded = new Set<number>();
  for (const line of lines)
    TITLE_FORMS.forEach((t, k) => {
      if (t.numbered.test(line) && headingScore(line, t.form) >= HEADING_SIMILARITY) chineseHeaded.add(k);
    });
  // parts whose format heading (or a listed other wording) the text prints somewhere
  const formatHeaded = new Set<number>();
  for (const line of lines)
    TITLE_FORMS.forEach((t, k) => {
      if (!t.numbered.test(line)) return;
      const score = Math.max(headingScore(line, t.form), ...t.others.map((form) => headingScore(line, form)));
      if (score >= HEADING_SIMILARITY) formatHeaded.add(k);
    });
  let next = 0;
  for (let i = 0; i < lines.length && next < TITLE_FORMS.length; i++) {
    const line = lines[i]!;
    let best = { index: -1, score: 0 };
    const arabic = ARABIC_NUMBER.exec(line.normalize('NFKC'));
    for (let k = next; k < TITLE_FORMS.length; k++) {
      if (arabic && (Number(arabic[1]) !== k + 1 || chineseHeaded.has(k))) continue;
      const t = TITLE_FORMS[k]!;
      const others = t.numbered.test(line) ? t.others.map((form) => headingScore(line, form)) : [];
      const score = Math.max(headingScore(line, t.form), ...others);
      if (score >= HEADING_SIMILARITY && score > best.score) best = { index: k, score };
    }
    // 「政府信息公开行政复议、行政诉讼情况。」 under 「…未收到申请，未发生」: a sentence's tail a narrow page
    // wrapped onto a line of its own, not part 四's heading without its numeral.
    if (best.index >= 0 && !TITLE_FORMS[best.index]!.numbered.test(line) && wrappedSentenceTail(lines, i))
      best = { index: -1, score: 0 };
    if (next === 4 && !found.some((f) => f.feeTable) && FEE_PART.test(line.trim())) {
      // Part 六 printed first (the fee table); part 五 is still to come.
      found.push({ part: 'otherMatters', heading: i, feeTable: true });
      continue;
    }
    if (best.index < 0) {
      // an Arabic number heads a part only by its own ordinal and content words (never an authored title)
      const authored = arabic
        ? contentHeadingAt(lines, i, next, found, formatHeaded, index)
        : (authoredAt(lines, i, next, chineseHeaded.has(1), index) ??
          contentHeadingAt(lines, i, next, found, formatHeaded, index));
      if (authored) {
        found.push(authored);
        next = PART_KEYS.indexOf(authored.part) + 1;
      }
      continue;
    }
    found.push({ part: TITLE_FORMS[best.index]!.part, heading: i });
    next = best.index + 1;
    if (next === 5 && found.some((f) => f.feeTable)) break;
  }
  withUnheadedParts(lines, found);
  return found.map((f, n) => ({
    part: f.part,
    heading: f.heading,
    ...(f.authored ? { authored: f.authored } : {}),
    ...(f.feeTable ? { feeTable: true as const } : {}),
    start: f.unheaded ? f.heading : f.heading + 1,
    end: found[n + 1]?.heading ?? lines.length,
  }));
}

/**
 * Parts whose heading is not in the text, found by their content (a PDF's text layer without the
 * headings set in bold or large type, a converter that dropped them, a page that prints one table
 * after another). Each is looked for only where the format puts it — after the part before it was
 * found, before the next part found — and only by what the part itself prints:
 * - part 二 by its table's own first line (「第二十条第（一）项」, the header 「信息内容 本年制发件数 …」);
 * - part 三 by its table's note 「本列数据的勾稽关系为…」 or its row 「一、本年新收政府信息公开申请数量」;
 * - part 四 by its table's header (「行政复议」 on a line with 「行政诉讼」 or result words, no sentence)
 *   or by a line of exactly fifteen numbers (its one row, the header words lost);
 * - part 一 (after the tables are placed) by its first sub-item 「（一）」 before part 二's table, with
 *   the paragraphs before it that are not about the report itself (title, 「本报告…」, 统计期限);
 * - part 五 by its first sub-item 「（一）…问题/改进」, or as the text that follows part 四's fifteen
 *   numbers when it names a shortcoming or an improvement;
 * - part 六 by its fixed first sub-items — 信息处理费, the year's 政务公开工作要点 — after part 五.
 */
const SENTENCE_MARK = /[。，,；;：:！？]/u;
/** A line of a table: no sentence mark outside brackets (part 三's note has some inside its 「（…）」). */
const tableLine = (l: string) => !SENTENCE_MARK.test(l.replace(/[（(][^（()）]*[）)]/gu, ''));
const numbersOf = (l: string): string[] => l.match(/\d+(?:\.\d+)?/gu) ?? [];
/** Only numbers (and the separators a converter leaves: spaces, tabs, 「|」). */
const onlyNumbers = (l: string) => /\d/u.test(l) && /^[\s|\d.]+$/u.test(l);
const FOOTER = /^\s*(?:-\s*\d+\s*-|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})\s*$/u;

const PROACTIVE_OPENER = /^\s*第二十条第[（(]一[）)]项|^\s*信息内容\s*本年制发件数/u;
const APPLICATIONS_OPENER = new RegExp(
  // the row's label from the table definition, without its numbering (pages number it otherwise)
  `勾稽关系|${APPLICATION_ROW_LABELS.newReceived.replace(/^[一二三四五六七八九十]+、/u, '')}`,
  'u',
);
const opensAppeals = (l: string): boolean =>
  (/^\s*行政复议/u.test(l) && /行政诉讼|维持|纠正|^\s*行政复议\s*$/u.test(l) && tableLine(l)) ||
  (onlyNumbers(l) && numbersOf(l).length === 15);
const PROBLEMS_ITEM = /^\s*[（(]一[）)][^。；;，,]{0,20}(?:问题|改进)[^。；;]{0,12}$/u;
/** A sub-item marker or a sentence: prose, not a table's header word. */
const proseLine = (l: string) =>
  /[\u4E00-\u9FFF]/u.test(l) &&
  (!tableLine(l) ||
    /^\s*(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]是|\d{1,2}\s*[、.．])/u.test(l));
/** Part 六's fixed first sub-items: the fee (「信息处理费」「收费」) or the year's 政务公开工作要点. */
const OTHER_MATTERS_ITEM = /^\s*[（(]一[）)][^。]{0,60}?(?:信息处理费|收取|收费|费用|工作要点)/u;
const FEE_STATEMENT = /^[^。；;]{0,24}信息处理费/u;
/**
 * Part 一's preamble: the title, 「本报告…」, the statistics period, the office to ask (its address,
 * phone) — not a 「报告」 of the year's work (「向区人大报告…」) or a 「网站」 the intro names.
 */
const ABOUT_REPORT =
  /本(?:年度)?报告|年度报告|工作报告|年报|报告(?:如下|所列)|统计(?:期限|时限|区间|时间)|(?:地址|电话|传真|邮编|邮政编码)\s*[:：]|\d{3,4}-\d{7,8}/u;

type Opener = (lines: readonly string[], from: number, to: number) => number;

const firstLine =
  (test: (l: string) => boolean): Opener =>
  (lines, from, to) => {
    for (let i = from; i < to; i++) if (test(lines[i]!)) return i;
    return -1;
  };

/** Part 五 as the prose after part 四's fifteen numbers, when it names a shortcoming or an improvement. */
const afterAppealsTable: Opener = (lines, from, to) => {
  const sub = firstLine((l) => PROBLEMS_ITEM.test(l))(lines, from, to);
  if (sub >= 0) return sub;
  let numbers = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || FOOTER.test(l)) continue;
    if (numbers < 15) {
      if (!tableLine(l)) return -1;
      numbers += numbersOf(l).length;
      continue;
    }
    if (!proseLine(l)) continue;
    const rest = lines.slice(i, Math.min(to, i + 12)).join('');
    return PROBLEMS_TOPICS.problems.test(rest) || PROBLEMS_TOPICS.improvements.test(rest) ? i : -1;
  }
  return -1;
};

/** Part 六 by its first sub-item, or by a fee statement opening a paragraph (the previous line ends one). */
const otherMattersOpener: Opener = (lines, from, to) => {
  let ended = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || FOOTER.test(l)) continue;
    // the sub-item's first sentence, over the lines a PDF wrapped it on
    const sentence = lines.slice(i, Math.min(to, i + 3)).join('');
    if (OTHER_MATTERS_ITEM.test(sentence) || (ended && FEE_STATEMENT.test(l.trim()))) return i;
    ended = /[。；;！？]\s*$/u.test(l);
  }
  return -1;
};

/**
 * Part 一 before part 二's table: its first sub-item 「（一）」, moved back over the paragraphs before it
 * up to the last one about the report itself (the title, 「本报告…」, the statistics period).
 */
function overviewOpener(lines: readonly string[], from: number, to: number, bounded: boolean): number {
  // its first sub-item; with none, up to part 二's line when part 二 opens what was found (`bounded`):
  // then only the paragraphs after the report's preamble, if it has one
  const first = firstLine((l) => /^\s*[（(]一[）)]/u.test(l))(lines, from, to);
  const item = first >= 0 ? first : bounded ? to : -1;
  if (item < 0) return -1;
  let last = -1;
  for (let i = from; i < item; i++) if (ABOUT_REPORT.test(lines[i]!)) last = i;
  if (last < 0) return first;
  // to the end of the paragraph that line is in: a title line (no sentence mark) ends where it
  // stands, a sentence at the next line ending in 「。」
  let end = last;
  const l = lines[last]!;
  if (SENTENCE_MARK.test(l) && !/[。！？]\s*$/u.test(l))
    while (end + 1 < item && !/[。！？]\s*$/u.test(lines[end]!)) end++;
  let start = end + 1;
  while (start < item && (lines[start]!.trim() === '' || FOOTER.test(lines[start]!))) start++;
  // (with no sub-item, only prose: sentences, not a page's furniture)
  return first >= 0 || lines.slice(start, item).some((l) => /[。；;，,！？]/u.test(l)) ? start : -1;
}

const UNHEADED: readonly { part: PartKey; after: readonly PartKey[]; opener: Opener }[] = [
  {
    part: 'proactive',
    after: ['overview'],
    opener: firstLine((l) => PROACTIVE_OPENER.test(l) && tableLine(l)),
  },
  { part: 'applications', after: ['proactive'], opener: firstLine((l) => APPLICATIONS_OPENER.test(l)) },
  { part: 'appeals', after: ['applications'], opener: firstLine(opensAppeals) },
  { part: 'problems', after: ['appeals'], opener: afterAppealsTable },
  { part: 'otherMatters', after: ['problems', 'appeals'], opener: otherMattersOpener },
];

function withUnheadedParts(lines: readonly string[], found: Found[]): void {
  for (const { part, after, opener } of UNHEADED) {
    if (found.some((f) => f.part === part)) continue;
    // after the first of `after` found (part 六 after part 五, or after part 四 where part 五 is not)
    const k = after.map((a) => found.findIndex((f) => f.part === a)).find((n) => n >= 0) ?? -1;
    // part 二 with nothing found before it: from the text's start
    const from = k < 0 ? (part === 'proactive' ? 0 : -1) : found[k]!.heading + 1;
    if (from < 0) continue;
    const end = (k < 0 ? found[0]?.heading : found[k + 1]?.heading) ?? lines.length;
    const at = opener(lines, from, end);
    if (at >= 0) found.splice(k + 1, 0, { part, heading: at, unheaded: true });
  }
  // Part 一 before the first part found (part 二's table), or in a text cut inside part 一 (nothing
  // found after it).
  if (!found.some((f) => f.part === 'overview')) {
    const at = overviewOpener(lines, 0, found[0]?.heading ?? lines.length, found[0]?.part === 'proactive');
    if (at >= 0) found.unshift({ part: 'overview', heading: at, unheaded: true });
  }
}
