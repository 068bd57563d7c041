import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellLabel } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DOCUMENT_FIELDS,
} from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPLICATION_ROW_LABELS,
  FEE_AMOUNT_LABEL,
  PROACTIVE_ROW_LABELS,
  REVIEW_STATUS_LABELS,
} from '../report/labels';
import { csvField, PER_UNIT_HEADERS, perUnitCsv, summaryCsv, toCsv } from './csv';
import type { PerUnitRow } from './per-unit';
import { sumReports } from './sum-reports';
import { parseCsv as parseRecords } from './test-csv';

/** The BOM checked and stripped, then the strict reader shared with the e2e test. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseRecords(text.slice(1));
}

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const text = toCsv([
      ['a', 1],
      ['b', null],
    ]);
    expect(text).toBe('\uFEFFa,1\r\nb,\r\n');
  });

  it.each([
    ['a,b', '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['CR\r\nLF', '"CR\r\nLF"'],
    ['a;b', '"a;b"'],
    [' 前后空格 ', '" 前后空格 "'],
    ['曲阜市教育局', '曲阜市教育局'],
    ['', ''],
  ])('quotes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 0537', "'+86 0537"],
    ['-', "'-"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['  =1', "'  =1"],
  ])('neutralises the formula-like text %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it.each([
    [0, '0'],
    [23, '23'],
    [0.3, '0.3'],
    [-1, '-1'],
    [Number.NaN, ''],
    [null, ''],
  ])('writes the number %s plainly', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('reads back exactly what was written, text with a leading quote when it looked like a formula', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const back = parseCsv(toCsv(rows));
        expect(back).toEqual(
          rows.map((r) =>
            r.map((c) =>
              c === null ? '' : typeof c === 'number' ? String(c) : /^\s*[=+\-@\t\r]/.test(c) ? `'${c}` : c,
            ),
          ),
        );
      }),
    );
  });
});

describe('summaryCsv', () => {
  const one = qufuReport();
  const three = [qufuReport('a'), qufuReport('b'), qufuReport('c')];
  const rows = parseCsv(summaryCsv(sumReports(three), { title: '曲阜市2021年汇总' }));
  const rowOf = (label: string) => {
    const found = rows.filter((r) => r[0] === label);
    expect(found, label).toHaveLength(1);
    return found[0]!;
  };

  it('puts the title and member count first', () => {
    expect(rows[0]).toEqual(['曲阜市2021年汇总']);
    expect(rows[1]).toEqual(['汇总单位数', '3']);
  });

  it('says which review statuses the sum holds, when told', () => {
    const withBasis = parseCsv(summaryCsv(sumReports(three), { basis: '已审定2份，含未审定：草稿1份' }));
    expect(withBasis[1]).toEqual(['计入的报告', '已审定2份，含未审定：草稿1份']);
  });

  it('lays out part 三 with three times the fixture in every row and column', () => {
    const headerAt = rows.findIndex((r) => r[1] === '自然人');
    expect(rows[headerAt]![7]).toBe('总计');
    for (const row of APPLICATION_ROWS) {
      const line = rowOf(APPLICATION_ROW_LABELS[row]);
      expect(line.slice(1)).toEqual(APPLICANT_COLUMNS.map((c) => String(3 * one.applications[row][c]!)));
    }
  });

  it('lays out part 二 with the exact summed fee', () => {
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      expect(rowOf(PROACTIVE_ROW_LABELS[row]).slice(1)).toEqual(
        DOCUMENT_FIELDS.map((f) => String(3 * one.proactive[row][f]!)),
      );
    }
    expect(rowOf(PROACTIVE_ROW_LABELS.licensing)[1]).toBe(String(3 * one.proactive.licensing.decisions!));
    const fees = [qufuReport('x'), qufuReport('y')];
    fees[0]!.proactive.fees.amount = 0.1;
    fees[1]!.proactive.fees.amount = 0.2;
    const feeRows = parseCsv(summaryCsv(sumReports(fees)));
    const headerAt = feeRows.findIndex((r) => r[1] === FEE_AMOUNT_LABEL);
    expect(feeRows[headerAt + 1]).toEqual([PROACTIVE_ROW_LABELS.fees, '0.3']);
  });

  it('lays out part 四 as 15 values under the field labels', () => {
    const r = qufuReport('a');
    r.appeals.reconsideration = { upheld: 1, corrected: 2, other: 0, pending: 4, total: 7 };
    r.appeals.litigationAfterReconsideration = { upheld: 0, corrected: 0, other: 5, pending: 0, total: 5 };
    const reports = [r, qufuReport('b'), structuredClone(r)];
    const summed = sumReports(reports);
    const lines = parseCsv(summaryCsv(summed));
    const labelsAt = lines.findIndex((l) => l[0] === APPEAL_FIELD_LABELS.upheld && l.length === 15);
    const values = lines[labelsAt + 1]!;
    const expected = APPEAL_GROUPS.flatMap((g) =>
      APPEAL_FIELDS.map((f) => String(reports.reduce((acc, x) => acc + x.appeals[g][f]!, 0))),
    );
    expect(values).toEqual(expected);
  });

  it('lists the cells some members left blank', () => {
    const [a, b, c] = three.map((r) => structuredClone(r));
    a!.applications.granted.legal = null;
    b!.applications.granted.legal = null;
    const lines = parseCsv(summaryCsv(sumReports([a!, b!, c!])));
    const line = lines.find(
      (l) => l[0] === cellLabel({ part: 'applications', row: 'granted', column: 'legal' }),
    );
    expect(line?.[1]).toBe('2');
    expect(lines.filter((l) => l[0]?.includes(' — '))).toHaveLength(1);
    expect(parseCsv(summaryCsv(sumReports(three))).some((l) => l[1] === '未填单位数')).toBe(false);
  });
});

describe('perUnitCsv', () => {
  const row: PerUnitRow = {
    id: 'x',
    agencyName: '-曲阜市=教育局',
    reportKind: 'government',
    year: 2021,
    status: 'returned',
    errors: 2,
    warnings: 0,
    newReceived: 23,
    totalHandled: null,
    carriedForward: 0,
    reconsiderationTotal: 1,
    litigationTotal: 2,
    dueDate: '2022-03-31',
    overdueDays: 4,
  };

  it('writes a header and one neutralised line per unit', () => {
    const lines = parseCsv(perUnitCsv([row]));
    expect(lines[0]).toEqual([...PER_UNIT_HEADERS]);
    expect(lines[1]).toEqual([
      "'-曲阜市=教育局",
      '本级政府',
      '2021',
      REVIEW_STATUS_LABELS.returned,
      '2',
      '0',
      '23',
      '',
      '0',
      '1',
      '2',
      '2022-03-31',
      '4',
    ]);
  });
});
