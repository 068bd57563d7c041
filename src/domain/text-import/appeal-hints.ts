// What the narrative states about part 四's 「行政复议」 results, to narrow the split of a part 四
// row whose cells ran together: the group totals leave 「2732638」 as 27|3|2|6 or 2|7|3|26 for 38
// (nianbao issue 18: 「行政复议」 结果维持 stayed unread). A report may say so in words:
// 「因政府信息公开被申请行政复议38件，其中维持27件、纠正3件」.
// Conservative like proactive-hints.ts: only a sentence that speaks of 信息公开 and of 行政复议, not
// of 行政诉讼 or 起诉 (their counts split over two groups) nor of a whole jurisdiction; approximate
// counts are skipped; a count stated twice differently is dropped. The resolver treats the rest as
// soft: a count that no cut has is not applied, and its note says so.
import { CHINESE_NUMERAL_CHARS, parseCountToken } from '../checks/chinese-numerals';
import type { AppealInputField } from '../report/keys';

export type AppealHints = Partial<Record<AppealInputField, { value: number; sentence: string }>>;

const SENTENCE_END = /[。；;！？!?\n\r]/u;
const JURISDICTION = /全市|全县|全区|全省|全州|全旗|各单位|各部门|各镇|各乡|各街道/u;
const FIELDS: readonly { field: AppealInputField; re: RegExp }[] = [
  { field: 'upheld', re: /维持/gu },
  { field: 'corrected', re: /纠正/gu },
  { field: 'pending', re: /尚未审结|未审结|正在审理|审理中/gu },
];
/** The count after a keyword, a few words at most between: 「维持27件」「维持原答复的2件」. */
const COUNT_AFTER = new RegExp(
  `^[\\u4e00-\\u9fff]{0,6}?\\s*([0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(余|多)?\\s*(?:件|起)`,
  'u',
);
const APPROX_AFTER = /^(?:以上|左右|上下)/u;

function statementsOf(sentence: string): { field: AppealInputField; value: number }[] {
  if (!/信息公开/u.test(sentence) || !/复议/u.test(sentence)) return [];
  if (/诉讼|起诉/u.test(sentence) || JURISDICTION.test(sentence)) return [];
  const out: { field: AppealInputField; value: number }[] = [];
  for (const { field, re } of FIELDS) {
    re.lastIndex = 0;
    for (let kw = re.exec(sentence); kw !== null; kw = re.exec(sentence)) {
      const after = sentence.slice(kw.index + kw[0].length);
      const m = COUNT_AFTER.exec(after);
      if (!m || m[2] || APPROX_AFTER.test(after.slice(m[0].length))) continue;
      const value = parseCountToken(m[1]!);
      if (value !== null) out.push({ field, value });
    }
  }
  return out;
}

/** The 行政复议 results the narratives state; a count stated twice differently is dropped. */
export function appealHints(narratives: readonly string[]): AppealHints {
  const seen = new Map<AppealInputField, { value: number; sentence: string } | null>();
  for (const text of narratives)
    for (const raw of text.split(SENTENCE_END)) {
      const sentence = raw.trim();
      for (const s of statementsOf(sentence)) {
        const before = seen.get(s.field);
        seen.set(
          s.field,
          before === undefined ? { value: s.value, sentence } : before?.value === s.value ? before : null,
        );
      }
    }
  const hints: AppealHints = {};
  for (const [field, stated] of seen) if (stated !== null) hints[field] = stated;
  return hints;
}
