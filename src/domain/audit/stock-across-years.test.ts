import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { DOCUMENT_FIELDS } from '../report/keys';
import { importPublishedText } from '../text-import/import-text';
import {
  isNumberCell,
  type Row,
  renderCellPerLine,
  reshapeTables,
  setNumber,
} from '../text-import/test-transforms';
import { auditTexts } from './audit-reports';
import { stockAcrossYears } from './stock-across-years';
import { FIXTURE_TEXT } from './test-texts';

const today = new Date(2025, 5, 1);
const ROW = '行政规范性文件';

/** The fixture (2021 or, renamed, 2020) with its 行政规范性文件 row set and run together (「31 1 2」 → 「3112」). */
function documentsRunTogether(year: 2020 | 2021 | 2022, values: readonly number[]): string {
  let text = year === 2021 ? FIXTURE_TEXT : FIXTURE_TEXT.replaceAll('2021', String(year));
  values.forEach((v, k) => {
    text = setNumber(text, ROW, k, String(v));
  });
  const glue = (row: Row): Row =>
    row.includes(ROW)
      ? [...row.filter((c) => !isNumberCell(c)).slice(0, -1), `${ROW}${row.filter(isNumberCell).join('')}`]
      : row;
  return reshapeTables(text, (rows, part) => renderCellPerLine(part === 'proactive' ? rows.map(glue) : rows));
}

const ids = DOCUMENT_FIELDS.map((f) => cellId(cellAddress('proactive', 'normativeDocuments', f)));
const valuesOf = (r: { draft: { proactive: Record<string, Record<string, string>> } }) =>
  ['issued', 'repealed', 'inForce'].map((f) => r.draft.proactive.normativeDocuments![f]);

describe('stockAcrossYears: part 二 rows run together in two linked years', () => {
  // 2021 「1211」: 1|2|11, 1|21|1 or 12|1|1; 2020 「3112」: 3|1|12, 3|11|2 or 31|1|2.
  const earlier = importPublishedText(documentsRunTogether(2020, [3, 1, 12]));
  const later = importPublishedText(documentsRunTogether(2021, [1, 2, 11]));

  it('leaves each year alone to the user: every cut fits its own report', () => {
    expect(earlier.summary.splitChoices.map((c) => c.key)).toEqual(['proactive.normativeDocuments']);
    expect(later.summary.splitChoices.map((c) => c.key)).toEqual(['proactive.normativeDocuments']);
    expect(later.summary.unread.map((u) => u.cell)).toEqual(expect.arrayContaining(ids));
  });

  it('picks in both years the only pair of cuts where 12 + 1 − 2 = 11', () => {
    const settled = stockAcrossYears(earlier, later);
    const pickOf = (r: typeof earlier, i: number | undefined) =>
      r.summary.splitChoices[0]!.candidates[i!]!.cells;
    expect(pickOf(earlier, settled.earlierPicks['proactive.normativeDocuments'])).toEqual({
      [ids[0]!]: 3,
      [ids[1]!]: 1,
      [ids[2]!]: 12,
    });
    expect(pickOf(later, settled.laterPicks['proactive.normativeDocuments'])).toEqual({
      [ids[0]!]: 1,
      [ids[1]!]: 2,
      [ids[2]!]: 11,
    });
    expect(settled.breaks).toEqual([]);
  });

  it('reads both years in 批量审核 and raises no in-force warning', () => {
    const [a, b] = auditTexts(
      [documentsRunTogether(2020, [3, 1, 12]), documentsRunTogether(2021, [1, 2, 11])],
      today,
    );
    expect(valuesOf(a!)).toEqual(['3', '1', '12']);
    expect(valuesOf(b!)).toEqual(['1', '2', '11']);
    expect(b!.findings.filter((f) => f.id.startsWith('in-force'))).toEqual([]);
    expect(b!.findings.filter((f) => f.kind === 'unread')).toEqual([]);
  });

  it('flags a stock that breaks whatever the cut, and reads nothing of it', () => {
    // 「1214」: 14, 4 or 4 in force — none is 12 (or 2) + issued − repealed.
    const [, b] = auditTexts(
      [documentsRunTogether(2020, [3, 1, 12]), documentsRunTogether(2021, [1, 2, 14])],
      today,
    );
    const found = b!.findings.find((f) => f.id === 'in-force:normativeDocuments');
    expect(found?.kind).toBe('continuity');
    expect(found?.message).toContain('「1214」');
    expect(found?.message).toContain('「3112」');
    expect(found?.message).toContain('无论怎样拆分');
    expect(found?.cells).toEqual(ids);
    expect(valuesOf(b!)).toEqual(['', '', '']);
  });

  it('a year between two whose cuts continue last year but not into next year: none of the three is read', () => {
    // 2020 「6126」, 2021 「1027」, 2022 「25032」 (平潭投资促进局's chain, issue 18 §4): 6|1|26 → 1|0|27 is the
    // only pair that fits, and 10|2|7 → 25|0|32 the only one after — no single cut of 2021 does both.
    const texts = [
      documentsRunTogether(2020, [6, 1, 26]),
      documentsRunTogether(2021, [1, 0, 27]),
      documentsRunTogether(2022, [25, 0, 32]),
    ];
    const pair = auditTexts(texts.slice(0, 2), today);
    expect(pair.map(valuesOf)).toEqual([
      ['6', '1', '26'],
      ['1', '0', '27'],
    ]);
    const [a, b, c] = auditTexts(texts, today);
    expect([b!.previousId, c!.previousId]).toEqual([a!.id, b!.id]);
    for (const r of [a!, b!, c!]) expect(valuesOf(r)).toEqual(['', '', '']);
    const found = b!.findings.find((f) => f.id === 'in-force:normativeDocuments');
    expect(found?.message).toContain('与上年、下年不能都衔接');
    expect(found?.message).toContain('「1027」');
    expect(found?.cells).toEqual(ids);
    expect(c!.findings.some((f) => f.id === 'in-force:normativeDocuments')).toBe(false);
  });

  it('settles the earlier year from a later year read in full', () => {
    const read = importPublishedText(setNumber(FIXTURE_TEXT, ROW, 2, '11'));
    const settled = stockAcrossYears(earlier, read);
    expect(
      earlier.summary.splitChoices[0]!.candidates[settled.earlierPicks['proactive.normativeDocuments']!]!
        .cells[ids[2]!],
    ).toBe(12);
    expect(settled.laterPicks).toEqual({});
  });

  it('says nothing when both years are read in full (the in-force check speaks then)', () => {
    const a = importPublishedText(setNumber(FIXTURE_TEXT.replaceAll('2021', '2020'), ROW, 2, '40'));
    const b = importPublishedText(FIXTURE_TEXT);
    expect(stockAcrossYears(a, b)).toEqual({ earlierPicks: {}, laterPicks: {}, breaks: [] });
  });
});
