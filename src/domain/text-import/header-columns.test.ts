// Numbers placed under their header labels by position in our PDF reader's text (nianbao issue 18):
// a part 三 printed with its zeros blank and two applicant columns blank in EVERY row, so the
// table's identities alone cannot tell which columns the printed numbers are in (any consistent
// shift satisfies them); the PDF says it by the numbers' x under the header labels.
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../pdf-text/extract-pdf-text';
import { at, buildPdf, simpleDocument } from '../pdf-text/test-pdf';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicantColumn,
  type ApplicationRow,
} from '../report/keys';
import { APPLICANT_LABELS, APPLICATION_GROUP_LABELS, APPLICATION_ROW_LABELS } from '../report/labels';
import { columnsByPosition, columnsOf } from './header-columns';
import { importPublishedText } from './import-text';
import { type CellToken, tokenizeTable } from './table-tokens';

/** Each column's middle on the page (points). */
const MIDDLE: Record<ApplicantColumn, number> = {
  natural: 250,
  business: 300,
  research: 350,
  publicInterest: 400,
  legal: 450,
  otherOrg: 500,
  total: 545,
};

type Cells = Partial<Record<ApplicantColumn, number>>;
type Row = { label: string; key?: ApplicationRow; cells?: Cells };

/** The printed rows with numbers (research and publicInterest blank in every row); the others blank. */
const CELLS: Partial<Record<ApplicationRow, Cells>> = {
  newReceived: { natural: 50, business: 6, legal: 3, otherOrg: 1, total: 60 },
  carriedOver: { natural: 4, total: 4 },
  granted: { natural: 20, business: 3, legal: 1, total: 24 },
  partiallyGranted: { natural: 5, total: 5 },
  withheldStateSecret: { natural: 1, total: 1 },
  unavailableNotHeld: { natural: 20, business: 3, legal: 2, otherOrg: 1, total: 26 },
  notProcessedComplaint: { natural: 4, total: 4 },
  totalHandled: { natural: 50, business: 6, legal: 3, otherOrg: 1, total: 60 },
  carriedForward: { natural: 4, total: 4 },
};
/** A group's label printed before its first row's, on its line (「（三）不予公开 1.属于国家秘密」). */
const GROUP_BEFORE: Partial<Record<ApplicationRow, string>> = {
  granted: APPLICATION_GROUP_LABELS.results,
  withheldStateSecret: APPLICATION_GROUP_LABELS.withheld,
  unavailableNotHeld: APPLICATION_GROUP_LABELS.unavailable,
  notProcessedComplaint: APPLICATION_GROUP_LABELS.notProcessed,
  otherNoCorrection: APPLICATION_GROUP_LABELS.otherHandling,
};
const ROWS: Row[] = APPLICATION_ROWS.map((key) => ({
  label: [GROUP_BEFORE[key], APPLICATION_ROW_LABELS[key]].filter(Boolean).join(' '),
  key,
  ...(CELLS[key] ? { cells: CELLS[key] } : {}),
}));

const PARAGRAPH = '本机关依照条例规定做好政府信息公开工作，全年主动公开信息并及时更新，依申请公开答复规范。';

/** Text shown centered on `middle`, `size` pt (the test font: Chinese a font size wide, digits half). */
const centered = (middle: number, y: number, text: string, size: number) =>
  at(middle - (columnsOf(text) * size) / 4, y, text, size);

/**
 * The report's part 三 as a PDF: a page of body text at 12 pt (the most common size), then the
 * table at 8 pt (labels) and 10 pt (numbers) over two pages; `shift` moves numbers (by row label).
 */
function tablePdf(shift: (row: Row, column: ApplicantColumn) => number = () => 0): Uint8Array {
  let body = '';
  for (let k = 0; k < 14; k++) body += at(60, 780 - 20 * k, PARAGRAPH);
  let table = at(60, 800, '三、收到和处理政府信息公开申请情况');
  table += at(300, 780, '申请人情况', 8) + at(360, 766, '法人或其他组织', 8);
  for (const c of APPLICANT_COLUMNS) table += centered(MIDDLE[c], 752, APPLICANT_LABELS[c], 8);
  let next = '';
  ROWS.forEach((row, k) => {
    const onNext = k >= ROWS.length - 2;
    const y = onNext ? 800 - 20 * (k - ROWS.length + 2) : 730 - 20 * k;
    let line = at(10, y, row.label, 6);
    for (const c of APPLICANT_COLUMNS) {
      const v = row.cells?.[c];
      if (v !== undefined) line += centered(MIDDLE[c] + shift(row, c), y, String(v), 10);
    }
    if (onNext) next += line;
    else table += line;
  });
  next += at(60, 740, '四、政府信息公开行政复议、行政诉讼情况');
  return buildPdf(simpleDocument([body, table, next]));
}

const read = (text: string) => importPublishedText(text).draft.applications;
const expected = (row: Row) =>
  Object.fromEntries(
    APPLICANT_COLUMNS.filter((c) => c !== 'total').map((c) => [c, String(row.cells?.[c] ?? 0)]),
  );

describe('part 三 placed by the numbers’ positions under the header labels (our PDF reader)', () => {
  const text = extractPdfText(tablePdf()).text;

  it('reads every cell, blanks as 0, the rows on the next page too', () => {
    const a = read(text);
    for (const row of ROWS) {
      const key = row.key;
      if (key && key !== 'totalHandled') expect(a[key], row.label).toEqual(expected(row));
    }
    expect(a.withheldOtherLaw).toEqual(expected({ label: '' }));
  });

  it('without positions (the labels one space apart, as pdftotext -layout writes them) the shift stays unread', () => {
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.includes('商业企业'));
    lines[header] = lines[header]!.trim().replace(/\s+/gu, ' ').padStart(lines[header]!.length);
    const a = read(lines.join('\n'));
    // 50 may be 自然人's or 商业企业's: every number may stand one or two columns right
    expect(a.newReceived.natural).toBe('');
    expect(a.newReceived.legal).toBe('');
    expect(a.granted.research).toBe('');
  });

  it('numbers standing under no label (right-aligned in a wide cell) set the positions aside: nothing guessed', () => {
    const aside = extractPdfText(tablePdf((_, c) => (c === 'otherOrg' ? 20 : 0))).text;
    const a = read(aside);
    expect(a.newReceived.otherOrg).toBe('');
    expect(a.newReceived.legal).toBe('');
    expect(a.granted.natural).toBe('');
  });

  it('plain text (runs of spaces gone) is read as before: nothing placed', () => {
    const plain = text.replace(/ {2,}/gu, ' ');
    const a = read(plain);
    expect(a.newReceived.legal).toBe('');
    expect(a.unavailableNotHeld.otherOrg).toBe('');
  });
});

describe('columnsByPosition', () => {
  const LABELS = ['自然人', '商业企业', '其他', '总计'];
  const cells = (lines: readonly string[], from: number): CellToken[][] =>
    lines
      .slice(from)
      .map((_, k) =>
        tokenizeTable([lines[from + k]!], from + k).filter((t): t is CellToken => t.kind === 'value'),
      );
  const table = (header: string, ...rows: string[]) => {
    const lines = [header, ...rows];
    return columnsByPosition(lines, 0, 1, cells(lines, 1), LABELS);
  };

  it('a number under one label is in its column; one space after another number proves nothing', () => {
    //              自然人 at 10 (6 columns), 商业企业 at 19 (8), 其他 at 30 (4), 总计 at 37 (4)
    expect(
      table(
        '          自然人   商业企业   其他   总计',
        '一、新收       12             3   15',
        '二、结转        7 1             8',
      ),
    ).toEqual([
      [0, 2, 3],
      [0, null, 3],
    ]);
  });

  it('labels found twice, out of order or not standing at their columns: no positions', () => {
    expect(
      table('          自然人 商业企业   其他   总计', '一、新收       12             3   15'),
    ).toBeNull();
    expect(
      table('          自然人   其他   商业企业   总计', '一、新收       12             3   15'),
    ).toBeNull();
    expect(table('          自然人   商业企业   其他   总计   总计', '一、新收       12')).toBeNull();
  });

  it('a number under no label, or between two, sets the whole table aside', () => {
    expect(
      table(
        '          自然人   商业企业   其他   总计',
        '一、新收       12                  15',
        '二、结转                  4',
      ),
    ).toBeNull();
  });

  it('a label wrapped in its cell is read from its lines one under the other', () => {
    const lines = [
      '          自然人     商业     其他     总',
      `${' '.repeat(18)}企业     结果     计`,
      '一、新收       12      3      1     16',
    ];
    expect(
      columnsByPosition(lines, 0, 2, cells(lines, 2), ['自然人', '商业企业', '其他结果', '总计']),
    ).toEqual([[0, 1, 2, 3]]);
  });

  it('a label printed letter-spaced and wrapped (「自  然」 over 「人」), numbers left-aligned under left-aligned labels', () => {
    const lines = [
      '          自  然     商业     其他     总计',
      '          人        企业',
      '一、新收      12       3      1      16',
    ];
    expect(columnsByPosition(lines, 0, 2, cells(lines, 2), LABELS)).toEqual([[0, 1, 2, 3]]);
  });
});
