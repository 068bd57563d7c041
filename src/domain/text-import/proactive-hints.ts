// What the narrative states about part 二's 第二十条第（一）项 rows, to narrow the split of a row
// whose cells ran together (nianbao issue 9: 「制发…N件」, 「现行有效…N件」). Part 二 has no
// identity of its own, so these statements are the only evidence besides last year's report.
// Conservative like narrative-counts.ts: a clause must name exactly one of 「规章」「规范性文件」,
// must not speak of a whole jurisdiction (「全市现行有效的规范性文件19件」 counts the city's
// documents, not the organ's), approximate counts are skipped, and two different statements of
// the same count cancel each other. The solver treats what is left as soft (solve-proactive.ts).
import { CHINESE_NUMERAL_CHARS, parseCountToken } from '../checks/chinese-numerals';
import { findNarrativeCounts } from '../checks/narrative-counts';
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

type Statement = { row: DocumentRow; field: DocumentField; value: number };

function statementsIn(clause: string): Statement[] {
  const row = rowOf(clause);
  if (row === null || JURISDICTION.test(clause)) return [];
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
    if (value !== null) out.push({ row, field, value });
  }
  return out;
}

function inForceStatements(text: string): Statement[] {
  return findNarrativeCounts(text).flatMap((c): Statement[] => {
    if (JURISDICTION.test(c.clause)) return [];
    if (c.metric === 'normativeInForce')
      return [{ row: 'normativeDocuments', field: 'inForce', value: c.value }];
    if (c.metric === 'regulationsInForce') return [{ row: 'regulations', field: 'inForce', value: c.value }];
    return [];
  });
}

/** The counts of 规章 and 规范性文件 the narratives state; a count stated twice differently is dropped. */
export function documentHints(narratives: readonly string[]): DocumentHints {
  const seen = new Map<string, number | null>();
  for (const text of narratives) {
    const statements = [...inForceStatements(text)];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
      if (i > start) statements.push(...statementsIn(text.slice(start, i)));
      start = i + 1;
    }
    for (const s of statements) {
      const key = `${s.row}.${s.field}`;
      const before = seen.get(key);
      seen.set(key, before === undefined || before === s.value ? s.value : null);
    }
  }
  const hints: DocumentHints = {};
  for (const [key, value] of seen) {
    if (value === null) continue;
    const [row, field] = key.split('.') as [DocumentRow, DocumentField];
    hints[row] = { ...hints[row], [field]: value };
  }
  return hints;
}
