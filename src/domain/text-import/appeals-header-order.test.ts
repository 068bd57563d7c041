// Part 四 whose header prints its columns in another order than the format's: read under the
// columns the header names where its words decide them, in every shape a text takes (lines of
// cells, a pasted Word table one cell a line, one line, pdftotext -layout, an HTML table), and left
// unread where they do not. The numbers are written here; only the fixture's other parts are kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  type AppealField,
  type AppealGroup,
} from '../report/keys';
import { APPEAL_FIELD_LABELS, APPEAL_GROUP_LABELS, LITIGATION_HEADER } from '../report/labels';
import { appealsHeaderOrder } from './appeals-header-order';
import { newFindings } from './findings';
import { importPublishedText } from './import-text';
import { readAppeals } from './read-appeals';
import { tokenizeTable } from './table-tokens';
import { oneLine, partRegion } from './test-transforms';

const [R, D, A] = APPEAL_GROUPS.map((g) => APPEAL_GROUP_LABELS[g]) as [string, string, string];
const L = LITIGATION_HEADER;
const FIELD = (f: AppealField) => APPEAL_FIELD_LABELS[f];
const FORMAT_FIELDS: AppealField[] = [...APPEAL_FIELDS];
const SWAPPED: AppealField[] = ['corrected', 'upheld', 'other', 'pending', 'total'];

/** Each group's true numbers, the four results and their total. */
type Truth = Record<AppealGroup, number[]>;
const group = (results: number[]) => [...results, results.reduce((a, b) => a + b, 0)];
const TRUTH: Truth = {
  reconsideration: group([3, 1, 0, 2]),
  litigationDirect: group([5, 0, 4, 1]),
  litigationAfterReconsideration: group([0, 7, 2, 0]),
};

type Header = {
  /** the groups left to right */
  columns: AppealGroup[];
  /** each group's fields left to right */
  fields: Record<AppealGroup, AppealField[]>;
};
const header = (
  columns: AppealGroup[],
  fields: Partial<Record<AppealGroup, AppealField[]>> = {},
): Header => ({
  columns,
  fields: {
    reconsideration: FORMAT_FIELDS,
    litigationDirect: FORMAT_FIELDS,
    litigationAfterReconsideration: FORMAT_FIELDS,
    ...fields,
  },
});

/** The data row under the header, in its column order. */
const dataRow = (h: Header, t: Truth = TRUTH) =>
  h.columns.flatMap((g) => h.fields[g].map((f) => t[g][APPEAL_FIELDS.indexOf(f)]!));
const labels = (h: Header, g: AppealGroup) => h.fields[g].map(FIELD);
const subs = (h: Header) => h.columns.filter((g) => g !== 'reconsideration');
const reconsiderationFirst = (h: Header) => h.columns[0] === 'reconsideration';

/**
 * The header's three rows as the format's merged cells print them: the top words, then
 * 「行政复议」's fields at the sub-groups' level, then the sub-groups' fields.
 */
function mergedRows(h: Header): string[][] {
  const top = reconsiderationFirst(h) ? [R, L] : [L, R];
  const subWords = subs(h).map((g) => APPEAL_GROUP_LABELS[g]);
  const second = reconsiderationFirst(h)
    ? [...labels(h, 'reconsideration'), ...subWords]
    : [...subWords, ...labels(h, 'reconsideration')];
  return [top, second, subs(h).flatMap((g) => labels(h, g))];
}

/** Lines of cells one space apart (a page copied as text), the numbers on the last line. */
const spaceLines = (h: Header, t?: Truth) => [
  ...mergedRows(h).map((r) => r.join(' ')),
  dataRow(h, t).join(' '),
];

function read(lines: string[]) {
  const f = newFindings();
  readAppeals(lines, 0, f, '');
  return f;
}
const cell = (g: AppealGroup, c: AppealField) => cellId(cellAddress('appeals', g, c));
const inputsOf = (f: ReturnType<typeof newFindings>) =>
  APPEAL_GROUPS.flatMap((g) => APPEAL_INPUT_FIELDS.map((c) => f.cells.get(cell(g, c))));
const expected = (t: Truth = TRUTH) => APPEAL_GROUPS.flatMap((g) => t[g].slice(0, -1).map(String));

describe('part 四 header order, lines of cells', () => {
  it('the format’s order is read by position and says nothing', () => {
    const f = read(spaceLines(header([...APPEAL_GROUPS])));
    expect(inputsOf(f)).toEqual(expected());
    expect(f.warnings).toEqual([]);
  });

  it.each([
    [
      '「结果纠正」 before 「结果维持」 in every group',
      header([...APPEAL_GROUPS], {
        reconsideration: SWAPPED,
        litigationDirect: SWAPPED,
        litigationAfterReconsideration: SWAPPED,
      }),
      /「结果纠正」在「结果维持」之前/u,
    ],
    [
      '「复议后起诉」 before 「未经复议直接起诉」',
      header(['reconsideration', 'litigationAfterReconsideration', 'litigationDirect']),
      /「复议后起诉」在「未经复议直接起诉」之前/u,
    ],
    [
      'only the last group’s 「尚未审结」 before 「其他结果」',
      header([...APPEAL_GROUPS], {
        litigationAfterReconsideration: ['upheld', 'corrected', 'pending', 'other', 'total'],
      }),
      /「尚未审结」在「其他结果」之前/u,
    ],
    [
      '「总计」 first in 行政复议',
      header([...APPEAL_GROUPS], {
        reconsideration: ['total', 'upheld', 'corrected', 'other', 'pending'],
      }),
      /之前/u,
    ],
    [
      '「总计」 inside the last group’s run (「其他结果 总计 结果维持 …」)',
      header([...APPEAL_GROUPS], {
        litigationAfterReconsideration: ['other', 'total', 'upheld', 'corrected', 'pending'],
      }),
      /之前/u,
    ],
  ])('%s: each number under the column its header names, and the summary says so', (_, h, said) => {
    const f = read(spaceLines(h));
    expect(inputsOf(f)).toEqual(expected());
    expect(f.unread).toEqual([]);
    expect(f.warnings.join()).toMatch(said);
    expect(f.warnings.join()).toMatch(/已按原文表头把各数对应到国家格式的栏目/u);
  });

  it('「行政诉讼」 before 「行政复议」 with 行政复议’s fields on the sub-groups’ row: its numbers are the last five', () => {
    const h = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration']);
    const f = read(spaceLines(h));
    expect(inputsOf(f)).toEqual(expected());
    expect(f.warnings.join()).toMatch(/「行政诉讼」在「行政复议」之前/u);
  });

  it('「行政诉讼」 before 「行政复议」 with every field on the last row: the runs in the columns’ order', () => {
    const h = header(['litigationAfterReconsideration', 'litigationDirect', 'reconsideration'], {
      reconsideration: SWAPPED,
    });
    const lines = [
      `${L} ${R}`,
      `${A} ${D}`,
      [
        ...labels(h, 'litigationAfterReconsideration'),
        ...labels(h, 'litigationDirect'),
        ...labels(h, 'reconsideration'),
      ].join(' '),
      dataRow(h).join(' '),
    ];
    expect(inputsOf(read(lines))).toEqual(expected());
  });

  it('printed group by group (each group word before its own fields)', () => {
    const h = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration']);
    const lines = [
      [
        L,
        D,
        ...labels(h, 'litigationDirect'),
        A,
        ...labels(h, 'litigationAfterReconsideration'),
        R,
        ...labels(h, 'reconsideration'),
      ].join(' '),
      dataRow(h).join(' '),
    ];
    expect(inputsOf(read(lines))).toEqual(expected());
  });

  it('group totals that do not hold after the move: nothing read, never a guess', () => {
    const h = header(['reconsideration', 'litigationAfterReconsideration', 'litigationDirect']);
    const lines = spaceLines(h);
    lines[3] = lines[3]!.replace(/^(\S+ \S+ \S+ \S+) \S+/u, '$1 99');
    const f = read(lines);
    expect(inputsOf(f).every((v) => v === undefined)).toBe(true);
    expect(f.unread).toHaveLength(12);
    expect(f.unread[0]!.reason).toMatch(/不等于四项之和/u);
  });

  it('a field word twice in one group (a reworded one elsewhere): the columns are not decided, nothing read', () => {
    const h = header([...APPEAL_GROUPS], { reconsideration: SWAPPED });
    const lines = spaceLines(h);
    lines[2] = lines[2]!.replace(FIELD('corrected'), FIELD('upheld'));
    const f = read(lines);
    expect(f.cells.size).toBe(0);
    expect(f.unread[0]!.reason).toMatch(/栏目顺序与国家格式不同.*未导入/u);
  });

  it('a row of fourteen numbers under a reordered header: nothing read', () => {
    const h = header(['reconsideration', 'litigationAfterReconsideration', 'litigationDirect']);
    const lines = spaceLines(h);
    lines[3] = lines[3]!.replace(/ \S+$/u, '');
    const f = read(lines);
    expect(f.cells.size).toBe(0);
    expect(f.unread).toHaveLength(12);
  });

  it('「行政诉讼」 on a line above 「行政复议」 (a PDF merged cell centred lower) is no other order', () => {
    const h = header([...APPEAL_GROUPS]);
    const f = read([
      L,
      `${R} ${D} ${A}`,
      APPEAL_GROUPS.flatMap((g) => labels(h, g)).join(' '),
      dataRow(h).join(' '),
    ]);
    expect(inputsOf(f)).toEqual(expected());
    expect(f.warnings).toEqual([]);
  });
});

describe('part 四 header order, any order', () => {
  const permutation = <T>(items: readonly T[]) =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  const arbitrary = fc.record({
    columns: fc.constantFrom<AppealGroup[]>(
      ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'],
      ['reconsideration', 'litigationAfterReconsideration', 'litigationDirect'],
      ['litigationDirect', 'litigationAfterReconsideration', 'reconsideration'],
      ['litigationAfterReconsideration', 'litigationDirect', 'reconsideration'],
    ),
    fields: fc.tuple(permutation(APPEAL_FIELDS), permutation(APPEAL_FIELDS), permutation(APPEAL_FIELDS)),
    results: fc.array(fc.array(fc.nat(9), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    oneLine: fc.boolean(),
  });
  it('every number read stands under its own column; on lines of cells every one is read', () => {
    fc.assert(
      fc.property(arbitrary, ({ columns, fields, results, oneLine }) => {
        const truth = Object.fromEntries(APPEAL_GROUPS.map((g, k) => [g, group(results[k]!)])) as Truth;
        const h = header(columns, Object.fromEntries(APPEAL_GROUPS.map((g, k) => [g, fields[k]!])));
        const lines = oneLine
          ? [`${mergedRows(h).flat().join('')}${dataRow(h, truth).join(' ')}`]
          : spaceLines(h, truth);
        const f = read(lines);
        const want = expected(truth);
        inputsOf(f).forEach((v, k) => {
          if (v !== undefined) expect(v).toBe(want[k]);
        });
        if (!oneLine) expect(inputsOf(f)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('part 四 header order, words that leave two readings', () => {
  const h = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration']);
  // One line: whether 行政复议's fields print before the sub-groups' (merged cells) or last (the
  // columns' order) is not said.
  const oneLineHeader = (t: Truth) => [`${mergedRows(h).flat().join('')}${dataRow(h, t).join(' ')}`];

  it('all on one line, every run in the format’s field order: both readings put each number alike, all read', () => {
    const f = read(oneLineHeader(TRUTH));
    expect(inputsOf(f)).toEqual(expected());
    expect(f.warnings.join()).not.toMatch(/两种读法/u);
  });

  it('with the runs in different field orders, cells the readings disagree on stay unread', () => {
    const g = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration'], {
      reconsideration: SWAPPED,
    });
    const line = `${mergedRows(g).flat().join('')}${dataRow(g).join(' ')}`;
    const f = read([line]);
    const unread = f.unread.map((u) => u.cell);
    expect(f.warnings.join()).toMatch(/两种读法/u);
    // Whatever was read is right.
    for (const g2 of APPEAL_GROUPS)
      for (const c of APPEAL_FIELDS.slice(0, -1)) {
        const v = f.cells.get(cell(g2, c));
        if (v !== undefined) expect(v).toBe(String(TRUTH[g2][APPEAL_FIELDS.indexOf(c)]));
        else expect(unread).toContain(cell(g2, c));
      }
    expect(unread.length).toBeGreaterThan(0);
  });

  it('the header’s tokens: two readings on one line, one where the rows decide', () => {
    const g = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration'], {
      reconsideration: SWAPPED,
    });
    const line = [`${mergedRows(g).flat().join('')}${dataRow(g).join(' ')}`];
    const one = appealsHeaderOrder(tokenizeTable(line));
    expect(one.kind === 'reordered' && one.readings.length).toBe(2);
    const rows = appealsHeaderOrder(tokenizeTable(spaceLines(g)));
    expect(rows.kind === 'reordered' && rows.readings.length).toBe(1);
    // Whatever the rows, in the format's order every word is where the format puts it.
    expect(appealsHeaderOrder(tokenizeTable(spaceLines(header([...APPEAL_GROUPS]))))).toEqual({
      kind: 'format',
    });
  });
});

// ---- whole reports ------------------------------------------------------------------------------

/** The fixture with part 四's table replaced by `table` (its lines). */
function withAppeals(table: string[]): string {
  const lines = qufuText.split('\n');
  const { start, end } = partRegion(lines, 'appeals');
  return [...lines.slice(0, start), ...table, '', ...lines.slice(end)].join('\n');
}
const draftInputs = (r: ReturnType<typeof importPublishedText>) =>
  APPEAL_GROUPS.flatMap((g) => APPEAL_INPUT_FIELDS.map((c) => r.draft.appeals[g][c]));

describe('part 四 header order in whole reports', () => {
  const h = header(['litigationDirect', 'litigationAfterReconsideration', 'reconsideration'], {
    litigationDirect: SWAPPED,
    litigationAfterReconsideration: SWAPPED,
  });

  it('a pasted Word table (one cell a line, rows between empty lines, merged cells as empty cells)', () => {
    const rows = mergedRows(h);
    const table = [
      ...rows[0]!.map((c) => `\t${c}`),
      '',
      ...rows[1]!.map((c) => `\t${c}`),
      '',
      ...Array.from({ length: 5 }, () => '\t'),
      ...rows[2]!.map((c) => `\t${c}`),
      '',
      ...dataRow(h).map((v) => `\t${v}`),
    ];
    const r = importPublishedText(withAppeals(table));
    expect(draftInputs(r)).toEqual(expected());
    expect(r.summary.warnings.join()).toMatch(/「行政诉讼」在「行政复议」之前/u);
    expect(r.summary.unread.filter((u) => u.cell.startsWith('appeals.'))).toEqual([]);
  });

  it('pdftotext -layout: the header words and numbers laid out by spaces', () => {
    const g = header(['reconsideration', 'litigationAfterReconsideration', 'litigationDirect'], {
      reconsideration: SWAPPED,
    });
    const pad = (cells: string[], width: number) => cells.map((c) => c.padEnd(width, ' ')).join('  ');
    const table = [
      `          ${R}                                          ${L}`,
      `  ${pad(labels(g, 'reconsideration'), 6)}      ${A}                    ${D}`,
      `  ${' '.repeat(52)}${pad(labels(g, 'litigationAfterReconsideration'), 6)}  ${pad(labels(g, 'litigationDirect'), 6)}`,
      `     ${dataRow(g)
        .map((v) => String(v).padEnd(8, ' '))
        .join('  ')}`,
    ];
    const r = importPublishedText(withAppeals(table));
    expect(draftInputs(r)).toEqual(expected());
    expect(r.summary.warnings.join()).toMatch(/「复议后起诉」在「未经复议直接起诉」之前/u);
  });

  it('a page saved on one line (cells run together, numbers apart)', () => {
    const g = header(['reconsideration', 'litigationAfterReconsideration', 'litigationDirect']);
    const table = [
      ...mergedRows(g)
        .flat()
        .map((c) => `\t${c}`),
      '',
      ...dataRow(g).map((v) => `\t${v}`),
    ];
    const text = oneLine(withAppeals(table), ' ');
    expect(text.split('\n')).toHaveLength(1);
    const r = importPublishedText(text);
    expect(draftInputs(r)).toEqual(expected());
    expect(r.summary.warnings.join()).toMatch(/已按原文表头/u);
  });

  it('an HTML table (header cells merged by colspan and rowspan): read by its header paths, and said', () => {
    const g = header(['litigationAfterReconsideration', 'litigationDirect', 'reconsideration']);
    const td = (t: string | number, span = '') => `<td${span}>${t}</td>`;
    const table =
      '<table>' +
      `<tr>${td(L, ' colspan="10"')}${td(R, ' colspan="5"')}</tr>` +
      `<tr>${td(A, ' colspan="5"')}${td(D, ' colspan="5"')}${labels(g, 'reconsideration')
        .map((x) => td(x, ' rowspan="2"'))
        .join('')}</tr>` +
      `<tr>${[...labels(g, 'litigationAfterReconsideration'), ...labels(g, 'litigationDirect')].map((x) => td(x)).join('')}</tr>` +
      `<tr>${dataRow(g)
        .map((v) => td(v))
        .join('')}</tr></table>`;
    const lines = qufuText.split('\n');
    const { start, end } = partRegion(lines, 'appeals');
    const body = (from: number, to: number) =>
      lines
        .slice(from, to)
        .map((l) => `<p>${l.replace(/\t/gu, ' ')}</p>`)
        .join('');
    const html = `<html><body>${body(0, start)}${table}${body(end, lines.length)}</body></html>`;
    const r = importPublishedText(html);
    expect(draftInputs(r).slice(0, 12)).toEqual(expected());
    expect(r.summary.warnings.join()).toMatch(/已按原文表头/u);
  });
});
