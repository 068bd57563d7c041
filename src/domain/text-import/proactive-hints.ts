// What the narrative states about part 二's 第二十条第（一）项 rows, to narrow the split of a row
// whose cells ran together (nianbao issue 9: 「制发…N件」, 「现行有效…N件」). Part 二 has no
// identity of its own, so these statements are the only evidence besides last year's report.
// Conservative like narrative-counts.ts: a clause must name exactly one of 「规章」「规范性文件」,
// must not speak of a whole jurisdiction (「全市现行有效的规范性文件19件」 counts the city's
// documents, not the organ's), approximate counts are skipped, and two different statements of
// the same count cancel each other. The solver treats what is left as soft (solve-proactive.ts).
// A clause that is only a keyword and a count (「…制发行政规范性文件3件，废止2件，现行有效19件。」)
// continues the clause before it in the same sentence and takes its one kind; any other word in it
// (「宣布失效和废止文件共计58件」) and it states nothing. Each count keeps the sentence it came from,
// so the import summary can quote the evidence a split was read by.
import { CHINESE_NUMERAL_CHARS, parseCountToken } from '../checks/chinese-numerals';
import { findNarrativeCounts } from '../checks/narrative-counts';
import { sentenceReader } from '../checks/sentences';
import type { ProactiveHints } from '../digit-split/solve-proactive';
import type { DocumentField, DocumentRow } from '../report/keys';

export type DocumentHints = Partial<Record<DocumentRow, ProactiveHints>>;

const CLAUSE_END = /[，。；;！？!?\n\r]/u;
const KEYWORDS: readonly { field: DocumentField; re: RegExp }[] = [
  { field: 'issued', re: /制发|印发|出台|制定/u },
  { field: 'repealed', re: /废止/u },
];
const COUNT = new RegExp(`([0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(余|多)?\\s*件`, 'u');
const APPROX_BEFORE = /(?:近|约|超过|逾|大约)$/u;
const APPROX_AFTER = /^(?:以上|左右|上下)/u;
const JURISDICTION = /全市|全县|全区|全省|全州|全旗|各单位|各部门|各镇|各乡|各街道/u;
const MAX_GAP = 30;

function rowOf(clause: string): DocumentRow | null {
  const normative = clause.includes('规范性文件');
  const regulations = clause.includes('规章');
  if (normative === regulations) return null;
  return normative ? 'normativeDocuments' : 'regulations';
}

type Statement = { row: DocumentRow; field: DocumentField; value: number; sentence: string };

const COUNT_TEXT = `(?:[0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*件`;
/**
 * A clause that is one item of a list continuing the clause before it: a short verb and a count
 * only — 「废止2件」「修改4件」「其中现行有效的19件」「废止4件）」. Its verb may not name what was
 * counted (「文件」「规章」), a place (「全市」), or a plan (「拟废止」).
 */
const ITEM = new RegExp(
  `^\\s*(?:其中|另|并|同时)?\\s*([\\u4e00-\\u9fff]{1,6}?)\\s*${COUNT_TEXT}\\s*[）)]?\\s*$`,
  'u',
);
const IN_FORCE_ITEM = new RegExp(`现行有效的?\\s*([0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*件`, 'u');
const NOT_AN_ITEM_VERB = /文件|规章|规范|全|各|拟|计划|将|预计/u;
const isItem = (clause: string): boolean => {
  const m = ITEM.exec(clause);
  return m !== null && !NOT_AN_ITEM_VERB.test(m[1]!);
};

function statementsIn(clause: string, sentence: string, carried: DocumentRow | null): Statement[] {
  if (JURISDICTION.test(clause)) return [];
  const own = rowOf(clause);
  const row = own ?? (carried !== null && isItem(clause) ? carried : null);
  if (row === null) return [];
  const out: Statement[] = [];
  for (const { field, re } of KEYWORDS) {
    const kw = re.exec(clause);
    if (!kw) continue;
    const after = clause.slice(kw.index + kw[0].length);
    const m = COUNT.exec(after);
    if (!m || m.index > MAX_GAP || m[2]) continue;
    const before = clause.slice(0, kw.index + kw[0].length + m.index);
    if (APPROX_BEFORE.test(before) || APPROX_AFTER.test(after.slice(m.index + m[0].length))) continue;
    const value = parseCountToken(m[1]!);
    if (value !== null) out.push({ row, field, value, sentence });
  }
  // 「现行有效19件」 continuing a clause of one kind (with the kind, findNarrativeCounts has it).
  if (own === null) {
    const m = IN_FORCE_ITEM.exec(clause);
    const value = m ? parseCountToken(m[1]!) : null;
    if (value !== null) out.push({ row, field: 'inForce', value, sentence });
  }
  return out;
}

function inForceStatements(text: string): Statement[] {
  return findNarrativeCounts(text).flatMap((c): Statement[] => {
    if (JURISDICTION.test(c.clause)) return [];
    const row =
      c.metric === 'normativeInForce'
        ? 'normativeDocuments'
        : c.metric === 'regulationsInForce'
          ? 'regulations'
          : null;
    return row === null ? [] : [{ row, field: 'inForce', value: c.value, sentence: c.sentence }];
  });
}

/** A clause's kind for the clauses after it in its sentence: its own, or the one it continued. */
function kindAfter(clause: string, carried: DocumentRow | null): DocumentRow | null {
  if (JURISDICTION.test(clause)) return null;
  return rowOf(clause) ?? (isItem(clause) ? carried : null);
}

function statementsOf(text: string): Statement[] {
  const statements = [...inForceStatements(text)];
  let start = 0;
  let carried: DocumentRow | null = null;
  const sentenceAt = sentenceReader(text);
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    if (i > start) {
      const clause = text.slice(start, i);
      const found = statementsIn(clause, sentenceAt(start), carried);
      statements.push(...found);
      carried = kindAfter(clause, carried);
    }
    // A sentence ends at 「。；！？」 or a line break: the kind is not carried past it.
    if (i < text.length && text[i] !== '，') carried = null;
    start = i + 1;
  }
  return statements;
}

/** The counts of 规章 and 规范性文件 the narratives state; a count stated twice differently is dropped. */
export function documentHints(narratives: readonly string[]): DocumentHints {
  const seen = new Map<string, { value: number; sentence: string } | null>();
  for (const text of narratives)
    for (const s of statementsOf(text)) {
      const key = `${s.row}.${s.field}`;
      const before = seen.get(key);
      seen.set(key, before === undefined || before?.value === s.value ? (before ?? s) : null);
    }
  const hints: DocumentHints = {};
  for (const [key, stated] of seen) {
    if (stated === null) continue;
    const [row, field] = key.split('.') as [DocumentRow, DocumentField];
    const before = hints[row];
    hints[row] = {
      ...before,
      [field]: stated.value,
      statedIn: { ...before?.statedIn, [field]: stated.sentence },
    };
  }
  return hints;
}

/**
 * 「作出行政处罚决定784起」: the decisions a row of the 2019 trial layout counts (上一年项目数量 | 本年增/减 |
 * 处理决定数量), to narrow the split of such a row run together (「行政处罚1121784784」, 平潭综合执法与应急管理局
 * 2020). Only 「行政许可/处罚/强制决定 N 起/件/份」 in so many words, never a jurisdiction's, approximate counts
 * skipped; two different statements of one row cancel each other.
 */
const DECISIONS: readonly { row: DecisionRow; re: RegExp }[] = [
  { row: 'licensing', re: /行政许可决定(?:书)?\s*(?:共\s*)?([0-9０-９]+)\s*(余|多)?\s*(?:起|件|份|个)/gu },
  { row: 'punishment', re: /行政处罚决定(?:书)?\s*(?:共\s*)?([0-9０-９]+)\s*(余|多)?\s*(?:起|件|份|宗)/gu },
  {
    row: 'enforcement',
    re: /行政强制(?:措施)?决定(?:书)?\s*(?:共\s*)?([0-9０-９]+)\s*(余|多)?\s*(?:起|件|份)/gu,
  },
];
export type DecisionRow = 'licensing' | 'punishment' | 'enforcement';
export type DecisionHints = Partial<Record<DecisionRow, { value: number; sentence: string }>>;

export function decisionHints(narratives: readonly string[]): DecisionHints {
  const seen = new Map<DecisionRow, { value: number; sentence: string } | null>();
  for (const text of narratives)
    for (const { row, re } of DECISIONS) {
      const sentenceAt = sentenceReader(text);
      for (const m of text.matchAll(re)) {
        const sentence = sentenceAt(m.index);
        if (m[2] || JURISDICTION.test(sentence)) continue;
        const value = parseCountToken(m[1]!);
        if (value === null) continue;
        const before = seen.get(row);
        seen.set(
          row,
          before === undefined || before?.value === value ? (before ?? { value, sentence }) : null,
        );
      }
    }
  const out: DecisionHints = {};
  for (const [row, stated] of seen) if (stated) out[row] = stated;
  return out;
}
