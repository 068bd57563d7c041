// Segmentation of a text whose structure is not in its lines (nianbao issue 18): a web page saved
// by a crawler holds the whole report on one line of 7 000–17 000 characters. The six part
// headings are found anywhere in a line — by their numeral 「一、」…「六、」 followed by (nearly)
// their title, in the order of the format — and put on lines of their own, so the readers that
// follow see the shape of a copied Word text. A heading that already has its own line is left.
import { normalizeLabel, similarity } from './label-match';
import { AUTHORED, FEE_PART, HEADING_FORMS } from './sections';

/** An in-line heading must match its title closely (a line of its own is judged by sections.ts). */
const INLINE_SIMILARITY = 0.85;
/** What ends a heading run into its first words: a mark or a space (「一、总体情况。」「一、总体情况 根据…」). */
const RUN_IN_MARK = /[\s。：:，,．.]$/u;
/** A part's numeral right after a heading's title and a comma: the parts listed in a sentence. */
const NEXT_PART_LISTED = /^[\s，,、；;]*[一二三四五六][ \t\u3000]*[、.．]/u;
/** Lines up to this long are left to the line-based finder. */
const SHORT_LINE = 60;

/** each part's numeral, title and other wordings (sections.ts), normalised */
const TITLES = HEADING_FORMS;

const NUMERALS = '一二三四五六七';

/** part -1: a line of its own but no part (an authored part 五's second half, 「六、下一步改进举措」) */
type Hit = { part: number; start: number; end: number; authored?: boolean };

/**
 * The end (offset in `text`) of the best match of `form` starting at `from`, or -1: the title
 * may be followed directly by the part's text, so prefixes of a few lengths are compared.
 */
function titleEnd(text: string, from: number, form: string): number {
  let best = { end: -1, score: 0 };
  let norm = '';
  for (let i = from; i < text.length && norm.length <= form.length + 2; i++) {
    const ch = normalizeLabel(text[i]!);
    if (ch === '') continue;
    norm += ch;
    if (norm.length < form.length - 2) continue;
    const s = similarity(norm, form);
    if (s > best.score) best = { end: i + 1, score: s };
  }
  return best.score >= INLINE_SIMILARITY ? best.end : -1;
}

/** A pattern asked of the rest of a line at many offsets (LineScan.later). */
type Later = {
  /** sticky: tried at each place of the line that holds one of `firsts` */
  sticky: RegExp;
  /** every character a match can open on */
  firsts: string;
};

/**
 * What the heading finders ask of one line at many offsets, each read once per line: testing the
 * rest of the line (or all of it before an offset) at every numeral reads a one-line page of many
 * numerals quadratically.
 */
type LineScan = {
  /** whether `pattern` matches in line.slice(from) */
  later(pattern: Later, from: number): boolean;
  /** whether a numbered line start 「一、」「（一）」 stands wholly before `at` */
  numberedBefore(at: number): boolean;
};

const NUMBERED = /[一二三四五六七][ \t\u3000]*[、.．]|[（(]一[）)]/u;

function scanOf(line: string): LineScan {
  const lastAt = new Map<Later, number>();
  let numberedEnd: number | undefined;
  return {
    later(pattern, from) {
      let last = lastAt.get(pattern);
      if (last === undefined) {
        last = -1;
        for (let p = line.length - 1; p >= 0 && last < 0; p--) {
          if (!pattern.firsts.includes(line[p]!)) continue;
          pattern.sticky.lastIndex = p;
          if (pattern.sticky.test(line)) last = p;
        }
        lastAt.set(pattern, last);
      }
      // after `from` the line and its rest see the same characters; at `from` the rest has none before it
      if (last > from) return true;
      pattern.sticky.lastIndex = 0;
      return pattern.sticky.test(line.slice(from));
    },
    numberedBefore(at) {
      // matches never overlap and each ends in one place: the first to start is the first to end
      if (numberedEnd === undefined) {
        const m = NUMBERED.exec(line);
        numberedEnd = m ? m.index + m[0].length : Number.POSITIVE_INFINITY;
      }
      return numberedEnd <= at;
    },
  };
}

/** Part 二's heading in the format's numbering later in the line (authoredEnd). */
const TWO_PROACTIVE: Later = { sticky: /[二][ \t\u3000]*[、.．][ \t\u3000]*主动公开/uy, firsts: '二' };

/**
 * An authored heading (sections.ts AUTHORED) at `from` for the numeral `numeral`, where the
 * format's title did not match: which part it heads (-1: none, a line of its own only) and its end.
 */
function authoredEnd(
  line: string,
  from: number,
  numeral: string,
  k: number,
  last: Hit | undefined,
  scan: LineScan,
  first = false,
): { part: number; end: number } | null {
  const rest = line.slice(from);
  const at = (re: RegExp) => {
    const m = re.exec(rest);
    return m ? from + m[0].length : -1;
  };
  const inOrder = (kind: keyof typeof AUTHORED) =>
    new RegExp(`^${AUTHORED[kind].numeral}$`, 'u').test(numeral);
  if (k === 0 && inOrder('overview') && scan.later(TWO_PROACTIVE, from)) {
    const end = at(AUTHORED.overview.title);
    if (end >= 0) return { part: 0, end };
    // the line's first 「一、」 (nothing numbered before it): its title up to the year or a space
    // (「一、年度工作核心成效2023年，…」)
    const title = first ? at(/^[^。，,；;：:、！？!?（()）\d\s]{2,14}?(?=[ \t\u3000\d])/u) : -1;
    if (title >= 0) return { part: 0, end: title };
  }
  if (k === 4 && inOrder('problems')) {
    const end = at(AUTHORED.problems.title);
    if (end >= 0) return { part: 4, end };
  }
  if (k === 5 && last?.part === 4 && last.authored && inOrder('improvements')) {
    const end = at(AUTHORED.improvements.title);
    if (end >= 0) return { part: -1, end };
  }
  if (k === 5 && inOrder('otherMatters')) {
    const end = at(AUTHORED.otherMatters.title);
    if (end >= 0) return { part: 5, end };
  }
  return null;
}

/**
 * A heading in wordings nobody has listed, known by its part's content words (sections.ts
 * CONTENT_HEADINGS, for lines of their own): 「一、基本情况 2023年，…」 ends at the space or number;
 * parts 二–四 only where their table runs on right after the title (「二、主动公开情况第二十条…」
 * 「三、依申请公开情况（本列数据的勾稽关系…」「四、行政复议和行政诉讼情况行政复议行政诉讼结果…」);
 * part 五 right after part 四, ending at its 问题/不足 or at the 「及/和/与…改进」 that follows them. The end, or -1.
 */
const CONTENT_CHAR = '[^。，,；;：:、！？!?\\d\\s（()）]';
/** A colon after a title (「二、主动公开情况：」) belongs to the heading. */
const COLON = '[：:]?';
const CONTENT_INLINE: readonly { words: RegExp; title: RegExp }[] = [
  {
    words: /总体|基本情况|概况|概述|总述/u,
    title: new RegExp(`^${CONTENT_CHAR}{0,10}(?:情况|概况|概述|总述)(?:[：:]|(?=[\\s\\d]|$))`, 'u'),
  },
  {
    // the table, or the 2019 format's first sub-item 「（一）主动公开政府信息的数量」
    words: /主动公开/u,
    title: new RegExp(
      `^${CONTENT_CHAR}{2,16}?${COLON}(?=[ \\t\\u3000]*(?:第二十条|信息内容|[（(]一[）)]主动公开政府信息的?数量))`,
      'u',
    ),
  },
  {
    words: /申请/u,
    title: new RegExp(`^${CONTENT_CHAR}{2,18}?${COLON}(?=[ \\t\\u3000]*(?:[（(]?本列数据|申请人情况))`, 'u'),
  },
  {
    words: /复议[^诉]{0,6}诉讼/u,
    title: /^[^。，,；;：:！？!?\d\s（()）]{4,20}?[：:]?(?=\s*行政复议\s*行政诉讼)/u,
  },
  {
    words: /问题|不足/u,
    title: new RegExp(
      `^${CONTENT_CHAR}{0,12}?(?:问题|不足)(?:(?:及|和|与|以及)${CONTENT_CHAR}{0,4}?(?:改进|整改)(?:情况|措施|举措|方向|计划)?)?${COLON}`,
      'u',
    ),
  },
  {
    words: /其[他它]/u,
    title: new RegExp(`^${CONTENT_CHAR}{0,8}?其[他它]${CONTENT_CHAR}{0,8}?事项${COLON}`, 'u'),
  },
];
/** Part 二's heading later in the line, in any numbering (「二、」「（二）」「第二部分」「2、」). */
const PART_TWO_LATER: Later = {
  sticky:
    /(?:二[ \t\u3000]*[、.．]|[（(]二[）)]|第二部分[：:]?|(?<![\d.．])[2２][ \t\u3000]*[、.．]|(?<=[。；;：:！？!?）)\s\d])二(?![是要]))[ \t\u3000]*[^。，,；;]{0,8}主动公开/uy,
  firsts: '二（(第2２',
};
/**
 * What must follow a heading in another numbering (「（二）」「第二部分」「2、」, or a bare numeral) for
 * it to be taken: 「（二）主动公开…」 is also part 一's sub-item style, so parts 二–四 only where their
 * table runs on (part 二 of the 2019 format: its sub-item 「（一）主动公开…」); part 一 only where part
 * 二's heading comes later; part 五 right after part 四, part 六 right after part 五 or 四.
 */
const RUNS_ON: readonly (RegExp | null)[] = [
  null,
  /^[ \t\u3000]*(?:第二十条|信息内容|[（(]一[）)]主动公开政府信息的?数量)/u,
  /^[ \t\u3000]*(?:[（(]?本列数据|申请人情况)/u,
  /^[ \t\u3000]*行政复议\s*行政诉讼/u,
];
function confirmed(line: string, end: number, own: number, last: Hit | undefined, scan: LineScan): boolean {
  if (own === 0) return scan.later(PART_TWO_LATER, end);
  if (own === 4) return last?.part === 3;
  if (own === 5) return last?.part === 4 || last?.part === 3;
  return RUNS_ON[own]!.test(line.slice(end));
}
function contentEnd(
  line: string,
  from: number,
  numeral: string,
  k: number,
  last: Hit | undefined,
  scan: LineScan,
): number {
  // its own numeral, from part `k` on (a part before it may have gone unfound: what follows confirms it)
  const own = NUMERALS.indexOf(numeral);
  if (own < k || own >= CONTENT_INLINE.length) return -1;
  if (own === 0 && !scan.later(PART_TWO_LATER, from)) return -1;
  const rest = line.slice(from);
  if (own === 4 && last?.part !== 3) return -1;
  if (own === 5 && last?.part !== 4 && last?.part !== 3) return -1;
  const c = CONTENT_INLINE[own]!;
  const m = c.title.exec(rest);
  return m && c.words.test(m[0]) ? from + m[0].length : -1;
}

/** In-line headings of one long line, in order from part `next` on. */
function hitsIn(line: string, next: number): Hit[] {
  const hits: Hit[] = [];
  // A numeral and its 「、」, or — after a sentence — a numeral run on into its own part's title with no
  // mark at all (「…23156377）。一总体情况2020年，…」, 平潭金井片区 2020): the bare form takes only that title.
  // Other numberings of a part (helper-64): 「（二）」, 「第二部分」「第二部分：」, 「2、」「２、」, and the bare
  // numeral after a number or a colon too (「…0三收到和处理…」, 「…报告：一总体情况…」, 「二 主动公开…」);
  // 「3、」 may follow the last cell of a table (「…0003、收到和处理…」): taken only by its title and what follows.
  const re =
    /(?:([一二三四五六七])[ \t\u3000]*[、.．]|(?<=^|[。；;：:！？!?）)\s\d])([一二三四五六七])(?=[ \t\u3000]*[\u4e00-\u9fff])|[（(]([一二三四五六])[）)]|第([一二三四五六])部分[ \t\u3000]*[：:]?|(?<![.．])([1-6１-６])[ \t\u3000]*[、.．](?![\d０-９]))[ \t\u3000]*/gu;
  let k = next;
  let fee = false;
  const scan = scanOf(line);
  for (let m = re.exec(line); m !== null && k < TITLES.length; m = re.exec(line)) {
    const from = m.index + m[0].length;
    if (m[1] === undefined) {
      const arabic = m[5] === undefined ? -1 : Number(m[5].normalize('NFKC')) - 1;
      const own = arabic >= 0 ? arabic : TITLES.findIndex((t) => t.numeral === (m[2] ?? m[3] ?? m[4]));
      const t = own >= k ? TITLES[own] : undefined;
      const similar = t ? Math.max(...[t.form, ...t.others].map((form) => titleEnd(line, from, form))) : -1;
      // the bare numeral run on into its own title (as before); any other numbering confirmed by what follows
      let end =
        m[2] !== undefined || (similar >= 0 && confirmed(line, similar, own, hits.at(-1), scan))
          ? similar
          : -1;
      if (end < 0 && t) {
        const cend = contentEnd(line, from, NUMERALS[own]!, k, hits.at(-1), scan);
        if (cend >= 0 && (m[2] !== undefined || confirmed(line, cend, own, hits.at(-1), scan))) end = cend;
      }
      if (end >= 0) {
        hits.push({ part: own, start: m.index, end, ...(similar === end ? {} : { authored: true }) });
        k = own + 1;
        re.lastIndex = end;
      }
      continue;
    }
    if (k === 4 && !fee) {
      // The fee table in part 五's place (sections.ts FEE_PART): part 六 first, part 五 after it.
      const feeHeading = FEE_PART.exec(line.slice(m.index));
      if (feeHeading) {
        fee = true;
        hits.push({ part: 5, start: m.index, end: m.index + feeHeading[0].length });
        re.lastIndex = m.index + feeHeading[0].length;
        continue;
      }
    }
    // After the fee table, 「六、存在的主要问题…」 heads part 五.
    const own = fee && m[1] === '六' ? 4 : TITLES.findIndex((t) => t.numeral === m[1]);
    const ends = (p: number) =>
      Math.max(...[TITLES[p]!.form, ...TITLES[p]!.others].map((form) => titleEnd(line, from, form)));
    let part = own;
    let end = own >= k ? ends(own) : -1;
    if (end < 0 && !fee) {
      // A part numbered on from its own, the author having put a part of their own before it
      // (平潭旅文体局 2020: 「二、政务公开工作主要任务落实情况」, then 「三、主动公开政府信息情况」 … 「七、其他
      // 需要报告的事项」): known by its whole title, never by a numeral before its own.
      const numeral = NUMERALS.indexOf(m[1]!);
      for (let p = k; p < TITLES.length && p < numeral && end < 0; p++) {
        if (p === own) continue;
        end = ends(p);
        if (end >= 0) part = p;
      }
    }
    if (end >= 0) {
      hits.push({ part, start: m.index, end });
      k = fee && part === 4 ? TITLES.length : part + 1;
      re.lastIndex = end;
      continue;
    }
    const first = hits.length === 0 && line[m.index - 1] !== '第' && !scan.numberedBefore(m.index);
    const authored = authoredEnd(line, from, m[1]!, k, hits.at(-1), scan, first);
    // 「五、主要问题和改进措施」: the authored title ends at 问题, the heading at its 改进
    if (authored?.part === 4)
      authored.end = Math.max(authored.end, contentEnd(line, from, m[1]!, k, hits.at(-1), scan));
    if (!authored) {
      const own = NUMERALS.indexOf(m[1]!);
      const cend = contentEnd(line, from, m[1]!, k, hits.at(-1), scan);
      if (cend < 0) continue;
      hits.push({ part: own, start: m.index, end: cend, authored: true });
      k = own + 1;
      re.lastIndex = cend;
      continue;
    }
    hits.push({ part: authored.part, start: m.index, end: authored.end, authored: true });
    if (authored.part >= 0) k = authored.part + 1;
    re.lastIndex = authored.end;
  }
  // a colon after a title (「六、其他事项：本年度…」) belongs to the heading
  for (const h of hits) if (/[：:]/u.test(line[h.end] ?? '')) h.end++;
  return hits;
}

/**
 * What may stand between two titles of a LIST of the parts (a preamble's 「本报告分为六个部分：一、总体情况，
 * 二、主动公开政府信息情况，…，六、其他需要报告的事项。」): a separator, nothing else.
 */
const LIST_GAP = /^[ \t\u3000]*[,，;；、]?[ \t\u3000]*$/u;
/** Three titles in a row with only separators between them are a list of the parts, not their headings. */
const MIN_LIST = 3;

/**
 * The span of the first list of part titles among `hits`, or null. A list names the parts before
 * the report's text: from the line's first title, no part's heading found before it (`next` 0).
 * Titles in a row after a part's text (「…开展培训2次。二、主动公开政府信息情况 三、收到和处理… 四、…
 * 五、存在的主要问题…」) are the headings of parts printed empty — their tables are pictures on the
 * page — and stay headings, or part 五 after them was lost in part 一.
 */
function listRun(line: string, hits: readonly Hit[], next: number): { start: number; end: number } | null {
  if (next > 0 || hits.length === 0) return null;
  let j = 0;
  while (j + 1 < hits.length && LIST_GAP.test(line.slice(hits[j]!.end, hits[j + 1]!.start))) j++;
  return j + 1 >= MIN_LIST ? { start: hits[0]!.start, end: hits[j]!.end } : null;
}

/**
 * The headings of one long line: a list of the parts' titles in it (a preamble naming them, or a
 * page's table of contents) is passed over — the headings are looked for after it, in order.
 */
function headingsIn(line: string, next: number): Hit[] {
  let masked = line;
  for (;;) {
    const hits = hitsIn(masked, next);
    const list = listRun(masked, hits, next);
    if (!list) return hits;
    masked = masked.slice(0, list.start) + ' '.repeat(list.end - list.start) + masked.slice(list.end);
  }
}

/**
 * The text with every part heading found inside a long line moved to a line of its own (a line
 * break before and after it). Texts whose headings have lines of their own come back unchanged.
 */
export function isolateInlineHeadings(text: string): string {
  const lines = text.split('\n');
  let next = 0;
  let changed = false;
  const out = lines.map((line) => {
    if (next >= TITLES.length) return line;
    if (line.length <= SHORT_LINE) {
      // A heading on its own line moves the order on (the numeral is enough here: sections.ts judges it).
      const own = /^[ \t\u3000]*([一二三四五六])[ \t\u3000]*[、.．]/u.exec(line);
      if (own) {
        const part = TITLES.findIndex((t) => t.numeral === own[1]);
        const forms = [TITLES[part]!.form, ...TITLES[part]!.others];
        const title = normalizeLabel(line);
        if (part >= next && forms.some((form) => similarity(title, form) >= INLINE_SIMILARITY))
          next = part + 1;
        else if (part >= next) {
          // 「一、总体情况。本县…」「一、总体情况 根据…的」: the heading run into its first words on a short
          // line (a short paragraph, a PDF's wrapped line) — by its title, with a mark or space after it.
          const runIn = hitsIn(line, next)[0];
          const rest = runIn ? line.slice(runIn.end) : '';
          if (
            runIn &&
            !runIn.authored &&
            line.slice(0, runIn.start).trim() === '' &&
            rest.trim() !== '' &&
            RUN_IN_MARK.test(line.slice(runIn.start, runIn.end) + rest.slice(0, 1)) &&
            // 「四、…行政诉讼情况,五、存在的主要问题」: a list of the parts wrapped onto this line, no heading
            !NEXT_PART_LISTED.test(rest)
          ) {
            changed = true;
            next = runIn.part + 1;
            return `${line.slice(0, runIn.end).trimEnd()}\n${rest.replace(/^[\s。：:，,．.]+/u, '')}`;
          }
        }
      }
      // 「…12月31日。 一、总体情况 2022年，我镇…」: a one-line page's paragraphs joined by spaces, then wrapped
      // at a PDF's width — the heading in the middle of a short line, after a sentence's end and a space,
      // its title exact and a space or mark after it.
      const mid = own ? undefined : hitsIn(line, next)[0];
      if (mid && !mid.authored && mid.part >= next) {
        const before = line.slice(0, mid.start);
        const rest = line.slice(mid.end);
        if (
          /[。！？；;!?][ \t\u3000]+$/u.test(before) &&
          rest.trim() !== '' &&
          RUN_IN_MARK.test(line.slice(mid.start, mid.end) + rest.slice(0, 1))
        ) {
          changed = true;
          next = mid.part + 1;
          return `${before.trimEnd()}\n${line.slice(mid.start, mid.end).trim()}\n${rest.replace(/^[\s。：:，,．.]+/u, '')}`;
        }
      }
      return line;
    }
    const hits = headingsIn(line, next);
    if (hits.length === 0) return line;
    changed = true;
    next = Math.max(...hits.map((h) => h.part)) + 1;
    let piece = '';
    let at = 0;
    for (const h of hits) {
      piece += `${line.slice(at, h.start)}\n${line.slice(h.start, h.end)}\n`;
      at = h.end;
    }
    return piece + line.slice(at);
  });
  return changed ? out.join('\n').replace(/^\n+/u, '') : text;
}
