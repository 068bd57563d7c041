// Finds the counts a narrative states about the tables — 「共收到依申请公开件23件」,
// 「受理政府信息公开申请二十三件」, 「结转下年度办理2件」, 「发生行政复议1起」,
// 「现行有效的规范性文件19件」 — so that narrative-number can compare them with the tables.
//
// Deliberately conservative: a wrong warning trains clerks to ignore warnings.
// - Text is cut into clauses at 「，。；！？」 and line breaks; a keyword only claims the first count
//   (a number followed by 件, or 件/起 for appeals) after it in its own clause, within 30 characters.
// - A keyword followed by another keyword before the count gives up the count, unless only a
//   connector stands between them: 「收到并答复申请23件」「行政复议、行政诉讼各1起」.
// - Approximate counts (「20余件」「近30件」「50件左右」) are skipped.
// - Application counts are skipped when the clause up to the count speaks of something else
//   that is also counted in 件: 「上级信息公开协助调查件8件」 (not 新收申请, SPEC §12), 人大代表建议,
//   政协提案, 信访, 咨询, 行政复议/诉讼 …; 「全年共召开政府常务会议24次」 has no keyword and no 件.
//   A clause that names nothing (「办结550件」) speaks of what its sentence spoke of last:
//   「受理各类投诉举报560件，办结550件」 counts no applications.
// - Parts are not totals: 收到/办结 counts after 「其中」「含」 in their sentence, or said of one channel
//   or one timing (「网上受理48件」「延期答复3件」), are skipped.
// - With no verb, the applications themselves are the subject: 「政府信息公开申请数量为95件」
//   「依申请公开95宗」「共有95件政府信息公开申请」 (metric `applications`: as 收到, or 办结's total).
// - 「同意公开」 is 予以公开 and 「部分同意公开」 部分公开 (「不同意公开」 neither; 「同意公开答复」 a kind of reply).
// - Applications counted in 次 (「受理政府信息公开申请12次」) only where they are named in full between the
//   keyword and the count, and no 件/条 count is found: 次 counts meetings, trainings and 人次 too.
// - A whole county's, city's or town's total (「全县共收到…」) is not the organ's own: skipped.

import { CHINESE_NUMERAL_CHARS, parseCountToken } from './chinese-numerals';
import { BoundedCache } from './memo';
import { sentenceReader } from './sentences';

export type NarrativeMetric =
  | 'received'
  /** the applications named with no verb (「依申请公开95件」「共有95件政府信息公开申请」): received or handled */
  | 'applications'
  | 'handled'
  | 'carriedOver'
  | 'carriedForward'
  | 'grantedAndPartial'
  | 'granted'
  | 'partiallyGranted'
  | 'reconsideration'
  | 'litigation'
  | 'regulationsInForce'
  | 'normativeInForce'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'otherHandling';

export type NarrativeCount = {
  metric: NarrativeMetric;
  value: number;
  /** the clause that states it, trimmed */
  clause: string;
  /** the whole sentence, trimmed (up to 「。；！？」 or a line break) */
  sentence: string;
  /** offsets of the number and its unit in the whole text */
  start: number;
  end: number;
  /**
   * the total of a whole county, city or district (「全区共收到…」), given only by
   * findNarrativeCountsWithArea: the organ's own only where the report sums the area
   */
  area?: true;
};

// A half-width comma ends a clause too (many portals print 「本年度,共受理…2件,都在…」), except inside a
// number written with thousands separators (「3,119件」).
const CLAUSE_END = /[，,。；;！？!?\n\r]/;
const THOUSANDS = /^[0-9０-９],[0-9０-９]{3}/;
// Groups: 1 上年结转 (also 「结转上年度…申请1件」, 平潭综合实验区公安局 2022), 2 结转 to the next year (「结转下年度」
// 「结转至2026年」; a bare 「结转3件」 may be either: 「新收95件，结转3件，办结98件」), 3 received, 4 handled, 5 行政复议, 6 行政诉讼, 7 现行有效,
// 8 予以公开及部分公开 (one count for both rows), 9 予以公开, 10 部分公开, 11–14 the result groups （三）不予公开,
// （四）无法提供, （五）不予处理, （六）其他处理. 「公开答复」「不予公开答复」 is a kind of result, not the count of replies
// (平潭综合实验区财政金融局 2024: 「办结2件，其中公开答复1件，无法提供1件」), and so is 「答复」 after a result group
// in its clause (平潭市场监管局 2025: 「因无法提供相关信息答复2件」 is two 无法提供, not two replies in all).
// The last group is the applications named with no verb, directly before their count: 「政府信息公开申请
// 数量为95件」「依申请公开95宗」 (taken only as a clause's first keyword: 「收到政府信息公开申请95件」 is 收到's).
const NUMERAL = `[0-9０-９][0-9０-９,]*|[${CHINESE_NUMERAL_CHARS}]+`;
const KEYWORD = new RegExp(
  `(上一?年度?结转|结转上一?年度?)|(结转(?=\\s*(?:至|到|入)?\\s*(?:下|次|明|20\\d\\d)))|(收到|受理|新收|接收|接到)|(办结|(?<!公开)答复|办理完毕|处理完毕)|(行政复议)|(行政诉讼)|(现行有效)|((?:予以|(?<!不)同意)公开(?:及|和|与|、|或)部分(?:同意)?公开)|(予以公开|(?<!不|部分)同意公开(?!答复))|(部分公开|部分同意公开)|(不予公开)|(无法提供)|(不予处理)|(其他处理)|((?:信息公开申请|依申请公开(?:申请)?)(?:数量|总数|总量|件数|数|量)?(?=\\s*(?:为|是|达到?|共计?|合计|总计)?\\s*(?:${NUMERAL})\\s*(?:件|宗)))`,
  'g',
);
const COUNT = new RegExp(`(${NUMERAL})\\s*(余|多)?\\s*(件|起|宗)`, 'g');
/** 「共有95件政府信息公开申请」: the count before the applications it counts. */
const COUNT_BEFORE_APPLICATIONS = new RegExp(
  `(${NUMERAL})(\\s*(?:件|宗))\\s*(?:政府)?(?:信息公开申请|依申请公开)`,
  'g',
);
/** …unless it is a part, a share or an estimate: 「对其中3件…」「上年结转的3件…」「约30件…」「每一件…」. */
const NOT_A_TOTAL_BEFORE = /其中|含|对|的|占|约|近|超过|逾|每|第/;
// Some organs count applications in 条 (平潭综合实验区经济发展局 2023/2024: 「共收到政府信息公开申请3条」);
// 条 also counts information items (「主动公开政府信息124条」), so it is taken only for an application
// metric when 申请 stands between the keyword and the count, and only where no 件 count is found.
const COUNT_TIAO = new RegExp(`(${NUMERAL})\\s*(余|多)?\\s*(条)`, 'g');
// 次 counts times of anything (会议、培训、人次、访问量); it counts applications only where the count follows
// the applications named in full (「受理政府信息公开申请12次」「收到依申请公开申请共6次」), and only where no
// 件 or 条 count is found.
const COUNT_CI = new RegExp(`(${NUMERAL})\\s*(余|多)?\\s*(次)`, 'g');
const NAMES_APPLICATIONS_IN_FULL = /(?:信息公开申请|依申请公开(?:申请)?)(?:共计?|合计|总计|累计|达)?\s*$/;
const CONNECTOR = /^(?:并|和|及|与|且|或|、|并已|均已|并全部)?$/;
// 「近30件」; and 「3 119件」, a number split by a space (a PDF's digit grouping, or two numbers): unread.
const APPROX_BEFORE = /(?:近|约|超过|逾|大约|[0-9０-９][ \t\u3000\u00a0]+)$/;
// 「一件一档」「一件一策」 is a way of filing, not a count.
const APPROX_AFTER = /^(?:以上|左右|上下|一)/;
const NOT_APPLICATIONS =
  /协助调查|协查|转办|建议|提案|信访|来信|来访|咨询|留言|热线|诉求|复议|诉讼|投诉|举报|会议|文件|议案|(?<!公开)事项|案件|工单|问政/;
/** Other business a unit counts in 件, unless the applications are named with it (「涉及行政许可的信息公开申请」). */
const OTHER_BUSINESS = /许可|审批|处罚|强制|备案|办件|政务服务/;
// The applications themselves, not only 信息公开 (「依托政府信息公开平台，受理行政许可申请9487件」 is 许可).
const NAMES_APPLICATIONS = /公开申请|依申请/;
/** A clause naming applications or the organ itself speaks of the report's own applications again. */
const NAMES_ANYTHING = /申请|信息公开|本机关|本单位|本部门|本级|我[局办委厅府区县市镇]|本[局办委厅]/;
/**
 * Many organs together: 「全市各级行政机关共收到…」 is not the report's own count, nor is 「全县共收到…」 in a
 * county government's report (its tables are the 本级 organ's; only a 本级 summary counts the county —
 * never compared: a skipped count is no false warning). 「全市统一平台」 names a platform, not a total.
 */
const AREA = /全(?:省|市|县|区|州|旗|盟|镇|乡|街道)(?!统一|政务服务|政府网站|网站|平台|门户)/;
const MANY_ORGANS = new RegExp(`各级|各部门|各单位|各地|各乡镇|各镇|各街道|所属|下属|${AREA.source}`);
const MANY_BUT_AREA = /各级|各部门|各单位|各地|各乡镇|各镇|各街道|所属|下属/;
/**
 * 收到/办结 said of a part: after 「其中」「含」, 「分别」 (「一、二季度分别受理申请47件、48件」), a part of
 * the year, or of one channel or timing (「网上受理」「延期答复」).
 */
const PARTS_FOLLOW = /其中|含|分别|季度|上半年|下半年/;
const PART_QUALIFIER =
  /(?:网上|在线|网络|网站|线上|线下|当面|现场|窗口|书面|口头|信函|邮寄|来信|传真|电话|邮件|延期|逾期|超期|当场|当日|当天|按期|按时|如期)\s*$/;
const PART_METRICS = new Set<string>(['received', 'handled', 'applications']);
/** An appeal's count by its result is a part of it: 「行政复议维持1件」「行政诉讼被纠错0件」. */
const APPEAL_PART = /维持|纠错|纠正|撤销|驳回|确认违法|责令|其他结果|审结|终止|败诉|胜诉/;
const MAX_GAP = 30;

const METRIC_OF_GROUP: readonly (NarrativeMetric | 'inForce')[] = [
  'carriedOver',
  'carriedForward',
  'received',
  'handled',
  'reconsideration',
  'litigation',
  'inForce',
  'grantedAndPartial',
  'granted',
  'partiallyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
  'applications',
];
const RESULT_GROUP_METRICS = new Set<string>(['withheld', 'unavailable', 'notProcessed', 'otherHandling']);
const APPLICATION_METRICS = new Set<string>([
  'received',
  'applications',
  'handled',
  'carriedOver',
  'carriedForward',
  'grantedAndPartial',
  'granted',
  'partiallyGranted',
  ...RESULT_GROUP_METRICS,
]);

type Keyword = { metric: NarrativeMetric | 'inForce'; start: number; end: number };

function keywordsIn(clause: string): Keyword[] {
  const out: Keyword[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(clause); m !== null; m = KEYWORD.exec(clause)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const metric = METRIC_OF_GROUP[group - 1]!;
    // 「无法提供相关信息答复2件」: the reply is the result group's, not a count of replies.
    if (metric === 'handled' && m[0] === '答复' && out.some((k) => RESULT_GROUP_METRICS.has(k.metric)))
      continue;
    // The applications with no verb: only as the clause's subject, not after 收到/结转/办结 ….
    if (group === METRIC_OF_GROUP.length && out.length > 0) continue;
    out.push({ metric, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

type InForceKind = 'normativeInForce' | 'regulationsInForce';
/** The one kind a clause names (「规范性文件」 or 「规章」), else null. */
function kindOf(clause: string): InForceKind | null {
  const normative = clause.includes('规范性文件');
  const regulations = clause.includes('规章');
  if (normative === regulations) return null;
  return normative ? 'normativeInForce' : 'regulationsInForce';
}
/**
 * A clause that is only 「现行有效」 and a count (「现行有效件数424件」「其中现行有效的19件」): an item of the
 * list the clause before it in its sentence began (「本年度制发规范性文件34件，现行有效件数424件」, 平潭管委会办公室
 * 2022), so it counts that clause's kind.
 */
const IN_FORCE_ITEM = new RegExp(
  `^\\s*(?:其中|另|并|同时)?\\s*现行有效(?:的|件数|文件)?\\s*(?:[0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*件\\s*[）)]?\\s*$`,
  'u',
);
const JURISDICTION = /全市|全县|全区|全省|全州|全旗|各单位|各部门|各镇|各乡|各街道/u;

/** What the clauses of a sentence so far said, for the clauses after them. */
type SentenceState = {
  /** the kind (规范性文件 / 规章) spoken of, for an in-force item that names none */
  kind: InForceKind | null;
  /** whether the last clause that named its subject named something other than applications */
  other: boolean;
  /** a 「其中」「含」 was seen: 收到/办结 counts from here on are parts */
  parts: boolean;
  /** counts of a whole area (「全区…」) are kept, marked `area` (findNarrativeCountsWithArea) */
  keepArea: boolean;
  /** as `other`, a whole area (「全区…」) not counted as another subject */
  otherButArea: boolean;
};
const newSentence = (keepArea: boolean): SentenceState => ({
  kind: null,
  other: false,
  parts: false,
  keepArea,
  otherButArea: false,
});

/** Another year's count, or a change: 「上年度受理申请75件」「比上年多受理12件」「同比增加12件」. */
const NOT_THIS_YEAR = /(?:上一?年度?|去年|前年)(?!度?结转)|同比|环比/;

/** Whether the text up to a count speaks of something other than this year's applications of this organ. */
function otherSubject(span: string, state: SentenceState, butArea = false): boolean {
  const many = butArea ? MANY_BUT_AREA : MANY_ORGANS;
  if (NOT_APPLICATIONS.test(span) || NOT_THIS_YEAR.test(span) || many.test(span)) return true;
  if (OTHER_BUSINESS.test(span) && !NAMES_APPLICATIONS.test(span)) return true;
  return (butArea ? state.otherButArea : state.other) && !NAMES_ANYTHING.test(span);
}

/**
 * Whether a count is left out (another subject), or kept as a whole area's (「全区共收到…」, only
 * where such counts are kept): 'skip', 'area' or 'own'.
 */
function subjectOf(span: string, state: SentenceState): 'skip' | 'area' | 'own' {
  if (!otherSubject(span, state)) return 'own';
  return state.keepArea && !otherSubject(span, state, true) ? 'area' : 'skip';
}

function push(
  out: NarrativeCount[],
  metric: NarrativeMetric,
  token: string,
  clause: string,
  at: number,
  end: number,
  area = false,
) {
  const value = parseCountToken(token);
  if (value === null) return;
  out.push({ metric, value, clause: clause.trim(), sentence: '', start: at, end, ...(area ? { area } : {}) });
}

function countsInClause(clause: string, offset: number, out: NarrativeCount[], state: SentenceState): void {
  const keywords = keywordsIn(clause);
  const carried = state.kind;
  keywords.forEach((kw, i) => {
    COUNT.lastIndex = kw.end;
    let m = COUNT.exec(clause);
    if (!m || m.index - kw.end > MAX_GAP) {
      if (!APPLICATION_METRICS.has(kw.metric)) return;
      COUNT_TIAO.lastIndex = kw.end;
      m = COUNT_TIAO.exec(clause);
      if (!m || m.index - kw.end > MAX_GAP || !clause.slice(kw.end, m.index).includes('申请')) {
        COUNT_CI.lastIndex = kw.end;
        m = COUNT_CI.exec(clause);
        if (
          !m ||
          m.index - kw.end > MAX_GAP ||
          !NAMES_APPLICATIONS_IN_FULL.test(clause.slice(kw.end, m.index))
        )
          return;
      }
    }
    const next = keywords[i + 1];
    if (next && next.start < m.index && !CONNECTOR.test(clause.slice(kw.end, next.start))) return;
    if (
      m[2] ||
      APPROX_BEFORE.test(clause.slice(0, m.index)) ||
      APPROX_AFTER.test(clause.slice(m.index + m[0].length))
    )
      return;
    const unit = m[3];
    const appeal = kw.metric === 'reconsideration' || kw.metric === 'litigation';
    if (unit === '起' && !appeal) return;
    if (
      appeal &&
      (APPEAL_PART.test(clause.slice(kw.end, m.index)) || PARTS_FOLLOW.test(clause.slice(0, kw.start)))
    )
      return;
    const span = clause.slice(0, m.index + m[0].length);
    if (
      PART_METRICS.has(kw.metric) &&
      (state.parts ||
        PARTS_FOLLOW.test(clause.slice(0, kw.start)) ||
        PART_QUALIFIER.test(clause.slice(0, kw.start)))
    )
      return;
    let metric: NarrativeMetric;
    let subject: 'skip' | 'area' | 'own' = 'own';
    if (kw.metric === 'inForce') {
      // 「全市现行有效的规范性文件19件」 counts every organ's documents; the table, the organ's own.
      if (MANY_ORGANS.test(span)) return;
      if (span.includes('规范性文件')) metric = 'normativeInForce';
      else if (span.includes('规章')) metric = 'regulationsInForce';
      else if (carried !== null && IN_FORCE_ITEM.test(clause)) metric = carried;
      else return;
    } else {
      metric = kw.metric;
      // 「结转上年度…申请1件」 is this year's carry-over from the last.
      if (APPLICATION_METRICS.has(metric) && metric !== 'carriedOver') subject = subjectOf(span, state);
      if (subject === 'skip') return;
    }
    push(out, metric, m[1]!, clause, offset + m.index, offset + m.index + m[0].length, subject === 'area');
  });
  for (const m of clause.matchAll(COUNT_BEFORE_APPLICATIONS)) {
    const before = clause.slice(0, m.index);
    if (keywords.some((k) => k.start < m.index) || state.parts || NOT_A_TOTAL_BEFORE.test(before)) continue;
    if (APPROX_BEFORE.test(before)) continue;
    const subject = subjectOf(before, state);
    if (subject === 'skip') continue;
    push(
      out,
      'applications',
      m[1]!,
      clause,
      offset + m.index,
      offset + m.index + m[1]!.length + m[2]!.length,
      subject === 'area',
    );
  }
  if (PARTS_FOLLOW.test(clause)) state.parts = true;
  state.other = subjectAfter(clause, MANY_ORGANS) ?? state.other;
  state.otherButArea = subjectAfter(clause, MANY_BUT_AREA) ?? state.otherButArea;
}

/**
 * Whether the clauses after this one speak of something other than the organ's applications: true when
 * it names other business, another year or many organs (`many`), false when it names applications or
 * the organ again, null when it names neither (the sentence's subject stays).
 */
function subjectAfter(clause: string, many: RegExp): boolean | null {
  if (
    NOT_APPLICATIONS.test(clause) ||
    NOT_THIS_YEAR.test(clause) ||
    many.test(clause) ||
    (OTHER_BUSINESS.test(clause) && !NAMES_APPLICATIONS.test(clause))
  )
    return true;
  return NAMES_ANYTHING.test(clause) ? false : null;
}

function findCounts(text: string, keepArea: boolean): readonly NarrativeCount[] {
  const out: NarrativeCount[] = [];
  let start = 0;
  let state = newSentence(keepArea);
  for (let i = 0; i <= text.length; i++) {
    if (
      i < text.length &&
      (!CLAUSE_END.test(text[i]!) || (i > 0 && THOUSANDS.test(text.slice(i - 1, i + 4))))
    )
      continue;
    if (i > start) {
      const clause = text.slice(start, i);
      countsInClause(clause, start, out, state);
      state.kind = JURISDICTION.test(clause)
        ? null
        : (kindOf(clause) ?? (IN_FORCE_ITEM.test(clause) ? state.kind : null));
    }
    if (i < text.length && SENTENCE_END.test(text[i]!)) state = newSentence(keepArea);
    start = i + 1;
  }
  const sentenceAt = sentenceReader(text);
  for (const c of out) c.sentence = sentenceAt(c.start);
  return out;
}

const SENTENCE_END = /[。；;！？!?\n\r]/;

/**
 * Line breaks that do not end a sentence are where a PDF wrapped the line (「受理政府\n信息公开
 * 申请 17 件」, nianbao issue 18): they are removed before counts are looked for. A break after
 * 「。；！？：」 or before a list marker (「（二）」「二是」「2.」) still ends the clause.
 */
const SOFT_BREAK =
  /(?<=[^。；;！？!?：:\n\s])[ \t\u3000]*\n[ \t\u3000]*(?![（(][一二三四五六七八九十\d]|[一二三四五六七八九十]+[是、]|\d+[.．、]|\n)/gu;
export function joinSoftBreaks(text: string): string {
  return text.includes('\n') ? text.replace(SOFT_BREAK, '') : text;
}

const cache = new BoundedCache<string, readonly NarrativeCount[]>(500);

/**
 * The counts stated in one narrative text, in order (memoised per text); offsets are in the text
 * with its soft line breaks joined (joinSoftBreaks).
 */
export function findNarrativeCounts(text: string): readonly NarrativeCount[] {
  if (text === '') return [];
  return cache.get(text, (t) => findCounts(joinSoftBreaks(t), false));
}

const areaCache = new BoundedCache<string, readonly NarrativeCount[]>(500);

/**
 * The counts as findNarrativeCounts, and the totals of a whole county, city or district too
 * (「全区共收到…164件」), marked `area`: a government report that sums its area prints them as its
 * own tables' totals, another report does not (narrative-number compares them only where one of
 * them agrees with its table).
 */
export function findNarrativeCountsWithArea(text: string): readonly NarrativeCount[] {
  if (text === '') return [];
  return areaCache.get(text, (t) => findCounts(joinSoftBreaks(t), true));
}
