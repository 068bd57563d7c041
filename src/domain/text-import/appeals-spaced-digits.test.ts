// Part 四 with one number split by a space (OCR of a scan, 「1 3」 for 「13」): joined only where that
// single join makes every group's 总计 the sum of its four results (texts written for this test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';
import { oneJoinThatFits } from './spaced-digits';
import type { CellToken } from './table-tokens';

const page = (rows: string[]) =>
  [
    '# 某县交通运输局2023年政府信息公开工作年度报告',
    '## 一、总体情况',
    '2023年，本局依法做好依申请公开工作。',
    '## 四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    ...rows,
    '## 五、存在的主要问题及改进情况',
    '公开内容还不够全面。',
  ].join('\n');

const appealUnread = (r: ReturnType<typeof importPublishedText>) =>
  r.summary.unread.filter((u) => u.cell.startsWith('appeals.'));

describe('part 四: a number split by a space (OCR)', () => {
  it('is joined when only that join makes every group add up, and the summary says so', () => {
    const r = importPublishedText(page(['1 3 2 0 1 16 3 0 0 1 4 0 1 0 0 1']));
    expect(r.draft.appeals.reconsideration).toMatchObject({
      upheld: '13',
      corrected: '2',
      other: '0',
      pending: '1',
    });
    expect(r.draft.appeals.litigationDirect).toMatchObject({ upheld: '3', pending: '1' });
    expect(r.draft.appeals.litigationAfterReconsideration).toMatchObject({ corrected: '1', upheld: '0' });
    expect(appealUnread(r)).toEqual([]);
    expect(r.summary.warnings.join('\n')).toMatch(/第四部分.*「1 3」.*读作「13」/u);
  });

  it('is joined across the groups’ lines too, the pair on one line', () => {
    const r = importPublishedText(page(['6 0 0 0 6', '2 0 1 0 3', '0 0 0 1 2 12']));
    expect(r.draft.appeals.litigationAfterReconsideration).toMatchObject({ pending: '12', upheld: '0' });
    expect(appealUnread(r)).toEqual([]);
  });

  it('stays unread when no join, or more than one, or a dropped number would add up too', () => {
    // no join adds up
    expect(appealUnread(importPublishedText(page(['5 2 0 0 0 7 3 0 0 1 4 0 1 0 0 1']))).length).toBe(12);
    // 「1 1」 read as 11 adds up, and so does the last 11 dropped as a stray number (a page number)
    expect(appealUnread(importPublishedText(page(['6 0 0 0 6', '2 0 1 0 3', '0 0 0 1 1 11']))).length).toBe(
      12,
    );
    // pieces on two lines are not one number
    expect(appealUnread(importPublishedText(page(['6 0 0 0 6 2 0 1 0 3 0 0 0 1', '2 12']))).length).toBe(12);
    const cells = (text: string): CellToken[] =>
      text.split(' ').map((t) => ({ kind: 'value', text: t, line: 1 }));
    const adds = (v: readonly number[]) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v.at(-1);
    // 1|11 and 11|1 both add up
    expect(oneJoinThatFits(cells('1 1 1 12'), adds)).toBeNull();
    // joining 2|0 adds up, and so does dropping the stray 8
    expect(oneJoinThatFits(cells('2 0 8 20'), adds)).toBeNull();
    // a piece opening on 0 is no split number
    expect(oneJoinThatFits(cells('0 5 5'), adds)).toBeNull();
    // laid out by spaces: two spaces apart are two cells
    const laid: CellToken[] = [
      { kind: 'value', text: '1', line: 1, at: 0 },
      { kind: 'value', text: '2', line: 1, at: 3 },
      { kind: 'value', text: '12', line: 1, at: 5 },
    ];
    expect(oneJoinThatFits(laid, adds)).toBeNull();
    expect(oneJoinThatFits(cells('1 2 12'), adds)?.cells.map((c) => c.kind === 'value' && c.text)).toEqual([
      '12',
      '12',
    ]);
  });

  it('a random row with one number split, or one stray number added: read right or unread, never wrong', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 300 }));
    const rowArb = fc.array(count, { minLength: 12, maxLength: 12 }).map((results) =>
      [0, 1, 2].flatMap((g) => {
        const four = results.slice(g * 4, g * 4 + 4);
        return [...four, four.reduce((a, b) => a + b, 0)];
      }),
    );
    const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
    const fields = ['upheld', 'corrected', 'other', 'pending'] as const;
    fc.assert(
      fc.property(rowArb, fc.nat(), fc.nat(), fc.boolean(), (values, at, cut, stray) => {
        const texts = values.map(String);
        const multi = texts.flatMap((t, k) => (t.length > 1 ? [k] : []));
        if (stray) texts.splice(at % 16, 0, String((cut % 30) + 1));
        else if (multi.length > 0) {
          const k = multi[at % multi.length]!;
          const t = texts[k]!;
          const c = 1 + (cut % (t.length - 1));
          texts.splice(k, 1, t.slice(0, c), t.slice(c));
        } else return;
        const r = importPublishedText(page([texts.join(' ')]));
        const got = groups.flatMap((g) => fields.map((f) => r.draft.appeals[g][f]));
        const want = groups.flatMap((_, g) => fields.map((_, k) => String(values[g * 5 + k])));
        if (stray) expect(got.every((v) => v === '')).toBe(true);
        else expect(got.every((v) => v === '') || got.join(' ') === want.join(' ')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
