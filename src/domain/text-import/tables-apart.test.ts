// The sample report with parts 三 and 四 printed as plain pdftotext prints them (numbers apart from
// their labels): read where the format's identities prove the order, unread with why otherwise —
// never a number read into another cell.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { APPEAL_GROUPS, APPEAL_INPUT_FIELDS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../report/keys';
import { importPublishedText } from './import-text';
import { LINED_PART3_HEADER } from './test-crawled-page';
import {
  columnsThenLabels,
  interleaved,
  labelsThenNumbers,
  pdfminerBlocks,
  RICH_GRID,
} from './test-plain-tables';

const APPEALS_HEAD = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉 复议后起诉',
  '结果维持 结果纠正 其他结果 尚未审结 总计',
];

/** The fixture with part 三 and part 四 replaced by the lines given. */
function withPart4Lines(part3: readonly string[], part4: readonly string[]): string {
  const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  const to = lines.findIndex((l) => l.startsWith('五、存在的主要问题'));
  return [...lines.slice(0, from), ...part3, ...part4, ...lines.slice(to)].join('\n');
}

/** The fixture with part 三 replaced and part 四's numbers a cell a line under its headers. */
function withTables(part3: readonly string[], part4Numbers: readonly number[]): string {
  return withPart4Lines(part3, [...APPEALS_HEAD, ...part4Numbers.flatMap((v) => [String(v), ''])]);
}

/** Part 四 as plain pdftotext printed a Word table: numbers in runs between header pieces. */
function part4InRuns(runs: readonly (readonly number[] | string)[]): string[] {
  return [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议',
    '',
    '行政诉讼',
    '未经复议直接起诉',
    '',
    '复议后起诉',
    '',
    ...runs.flatMap((r) => (typeof r === 'string' ? [r, ''] : r.flatMap((v) => [String(v), '']))),
  ];
}

const APPEALS = [5, 1, 0, 2, 8, 3, 0, 1, 0, 4, 0, 0, 0, 1, 1];
const appId = (row: (typeof APPLICATION_ROWS)[number], c: number) =>
  cellId(cellAddress('applications', row, APPLICANT_COLUMNS[c]!));
const draftCell = (draft: ReturnType<typeof importPublishedText>['draft'], row: string, c: string) =>
  (draft.applications as Record<string, Record<string, string>>)[row]![c];

describe('part 三 whose numbers stand apart from the labels', () => {
  it.each([
    ['all labels, then the numbers row by row', labelsThenNumbers(RICH_GRID)],
    ['numbers under the headers column by column, then the labels', columnsThenLabels(RICH_GRID)],
    ['rows split around their labels, a page break between', interleaved(RICH_GRID)],
  ])('%s: every cell read as printed, and the summary says how', (_what, part3) => {
    const { draft, summary } = importPublishedText(withTables(part3, APPEALS));
    APPLICATION_ROWS.forEach((row, r) => {
      if (row === 'totalHandled') return;
      for (let c = 0; c < 6; c++)
        expect(draftCell(draft, row, APPLICANT_COLUMNS[c]!), appId(row, c)).toBe(String(RICH_GRID[r]![c]));
    });
    expect(summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
    expect(summary.totalMismatches).toEqual([]);
    expect(summary.warnings.join('\n')).toMatch(
      /共175个数，正好是表格的25行×7栏.*勾稽关系全部相符，已按此读取/u,
    );
    // Part 四 after it: read in order, its group totals hold.
    expect(draft.appeals.reconsideration).toMatchObject({
      upheld: '5',
      corrected: '1',
      other: '0',
      pending: '2',
    });
  });

  it('two numbers out of place: part 三 unread with why, nothing read into a wrong cell', () => {
    const part3 = labelsThenNumbers(RICH_GRID);
    const a = part3.indexOf('12');
    const b = part3.indexOf('27');
    [part3[a], part3[b]] = [part3[b]!, part3[a]!];
    const { draft, summary } = importPublishedText(withTables(part3, APPEALS));
    APPLICATION_ROWS.forEach((row, r) => {
      if (row === 'totalHandled') return;
      for (let c = 0; c < 6; c++) {
        const text = draftCell(draft, row, APPLICANT_COLUMNS[c]!);
        if (text !== '') expect(text, appId(row, c)).toBe(String(RICH_GRID[r]![c]));
        else expect(summary.unread.map((u) => u.cell)).toContain(appId(row, c));
      }
    });
    expect(summary.warnings.join('\n')).toMatch(/按国家格式的行列顺序也无法读取.*都不满足/u);
  });

  it('part 四 after it whose group total disagrees in order: unread, with the totals named', () => {
    const broken = [...APPEALS];
    broken[4] = 9; // 行政复议 总计 9, but 5+1+0+2 = 8
    const { draft, summary } = importPublishedText(withTables(columnsThenLabels(RICH_GRID), broken));
    for (const g of APPEAL_GROUPS)
      for (const field of APPEAL_INPUT_FIELDS) {
        const id = cellId(cellAddress('appeals', g, field));
        expect(draft.appeals[g][field], id).toBe('');
        expect(summary.unread.find((u) => u.cell === id)?.reason, id).toMatch(
          /按顺序对应时「行政复议」总计9、各项之和8，不相符，顺序无法确认/u,
        );
      }
  });
});

describe('part 四 one cell a line with a number missing', () => {
  it('is short by one, not a run of digits to split', () => {
    const part3 = labelsThenNumbers(RICH_GRID);
    const { summary } = importPublishedText(withTables(part3, APPEALS.slice(0, 14)));
    const id = cellId(cellAddress('appeals', 'reconsideration', 'upheld'));
    expect(summary.unread.find((u) => u.cell === id)?.reason).toMatch(/本表只读到14个数，应为15个/u);
    expect(summary.runTogether.filter((r) => r.part === 'appeals')).toEqual([]);
  });
});

describe('part 二 whose numbers stand under the headers before the row labels', () => {
  /** The fixture with part 二 replaced by these lines. */
  function withPart2(part2: readonly string[]): string {
    const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
    const from = lines.findIndex((l) => l.trim().startsWith('二、主动公开'));
    const to = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    return [...lines.slice(0, from), ...part2, ...lines.slice(to)].join('\n');
  }
  const HEAD = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
  ];

  it('reads a one-cell row whose number is on its label’s line; the 规章 and 规范性文件 rows stay unread', () => {
    const part2 = [
      ...HEAD,
      '0',
      '0',
      '规章 0',
      '2',
      '11',
      '行政规范性文件 1',
      '第二十条第（五）项',
      '信息内容',
      '本年处理决定数量',
      '行政许可 98231',
      '第二十条第（六）项',
      '行政处罚 1,203',
      '行政强制',
      '7',
      '第二十条第（八）项',
      '行政事业性收费 12.5',
    ];
    const { draft, summary } = importPublishedText(withPart2(part2));
    expect(draft.proactive.licensing.decisions).toBe('98231');
    expect(draft.proactive.punishment.decisions).toBe('1203');
    expect(draft.proactive.fees.amount).toBe('12.5');
    // 「7」 stands on a line of its own after 「行政强制」: not provably its cell.
    expect(draft.proactive.enforcement.decisions).toBe('');
    for (const row of ['regulations', 'normativeDocuments'] as const)
      for (const field of ['issued', 'repealed', 'inForce'] as const) {
        const id = cellId(cellAddress('proactive', row, field));
        expect(draft.proactive[row][field], id).toBe('');
        expect(summary.unread.find((u) => u.cell === id)?.reason, id).toMatch(/数字排在行标题之前/u);
      }
    const enforcement = cellId(cellAddress('proactive', 'enforcement', 'decisions'));
    expect(summary.unread.find((u) => u.cell === enforcement)?.reason).toMatch(/数字排在行标题之前/u);
  });
});

describe('part 四 whose numbers come in runs between header pieces (plain pdftotext of a Word table)', () => {
  const appealIds = APPEAL_GROUPS.flatMap((g) =>
    APPEAL_INPUT_FIELDS.map((field) => ({ g, field, id: cellId(cellAddress('appeals', g, field)) })),
  );

  it.each(['总计', '总 计'])(
    'the last 总计 column after its header 「%s」, the printed totals wrong: read as printed, the totals flagged',
    (header) => {
      // 洪泽区 2023's shape: 「10 1 0 0 0 … 5 0 0 0 | 总计 | 0」; the print's own 总计 are 0 for 11 and 5.
      const printed = [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0];
      const text = withPart4Lines(
        columnsThenLabels(RICH_GRID),
        part4InRuns(['结果 结果 其他 尚未 总 计', '维持 纠正 结果 审结', printed.slice(0, 14), header, [0]]),
      );
      const { draft, summary } = importPublishedText(text);
      appealIds.forEach(({ g, field }, k) => {
        const at = Math.floor(k / 4) * 5 + (k % 4);
        expect(draft.appeals[g][field], `${g}.${field}`).toBe(String(printed[at]));
      });
      expect(summary.warnings.join('\n')).toMatch(/「总计」表头只容许原文的先后，已按原文顺序读取/u);
      expect(summary.totalMismatches.map((m) => m.cell)).toEqual(
        expect.arrayContaining([
          cellId(cellAddress('appeals', 'reconsideration', 'total')),
          cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'total')),
        ]),
      );
    },
  );

  it('runs that make whole groups (淮安市 2024): the group order is not proven, so nothing is read', () => {
    // 72 64 178 37 | 12 1 1 6 | 总计 351 | 13 4 8 1 26 | 总计 20: every group's total holds in any
    // order of the three groups — unread, with why.
    const text = withPart4Lines(
      columnsThenLabels(RICH_GRID),
      part4InRuns([
        '结果 结果 其他结 尚未 维持 纠正 果 审结 总计',
        [72, 64, 178, 37],
        '结 果 结果 其他 复议后起诉 尚未 结果 结果 其他 尚未审 维持 纠正 结果 结',
        [12, 1, 1, 6],
        '总计',
        [351],
        '维持 纠正 结果 审结',
        [13, 4, 8, 1, 26],
        '总计',
        [20],
      ]),
    );
    const { draft, summary } = importPublishedText(text);
    for (const { g, field, id } of appealIds) {
      expect(draft.appeals[g][field], id).toBe('');
      expect(summary.unread.find((u) => u.cell === id)?.reason, id).toMatch(/组的先后无法由数字确定/u);
    }
  });

  it('groups alike in a column: the cells every arrangement agrees on are read, the rest unread', () => {
    // 5 1 0 2 | 1 0 0 0 | 总计 8 | 总计 1 | 1 0 0 0 1: in printed order 行政复议's total would be 1, so the
    // runs are arranged; 行政复议 may be any of the three groups, but every group's 其他结果 is 0.
    const text = withPart4Lines(
      columnsThenLabels(RICH_GRID),
      part4InRuns([
        '维持 纠正 结果 审结',
        [5, 1, 0, 2],
        '维持',
        [1, 0, 0, 0],
        '总计',
        [8],
        '总计',
        [1],
        '维持',
        [1, 0, 0, 0, 1],
      ]),
    );
    const { draft, summary } = importPublishedText(text);
    for (const g of APPEAL_GROUPS) {
      expect(draft.appeals[g].other, g).toBe('0');
      expect(draft.appeals[g].upheld, g).toBe('');
    }
    expect(summary.warnings.join('\n')).toMatch(/各排法相同的格已读取，其余未读取/u);
  });

  it('runs whose printed totals are wrong and whose order the headers do not fix: unread', () => {
    const text = withPart4Lines(
      columnsThenLabels(RICH_GRID),
      part4InRuns([
        '维持',
        [5, 1, 0, 2],
        '总计',
        [9],
        '维持',
        [3, 0, 1, 0, 4],
        '维持',
        [0, 0, 0, 1],
        '总计',
        [1],
      ]),
    );
    const { draft, summary } = importPublishedText(text);
    for (const { g, field, id } of appealIds) {
      expect(draft.appeals[g][field], id).toBe('');
      expect(summary.unread.find((u) => u.cell === id)?.reason, id).toMatch(/容许\d+种排法/u);
    }
  });
});

describe('pdfminer text: a page of rows as its labels, then its numbers column by column', () => {
  it('part 三 in two such blocks: every cell read as printed, proven by the identities', () => {
    const { draft, summary } = importPublishedText(withTables(pdfminerBlocks(RICH_GRID, 13), APPEALS));
    APPLICATION_ROWS.forEach((row, r) => {
      if (row === 'totalHandled') return;
      for (let c = 0; c < 6; c++)
        expect(draftCell(draft, row, APPLICANT_COLUMNS[c]!), appId(row, c)).toBe(String(RICH_GRID[r]![c]));
    });
    expect(summary.warnings.join('\n')).toMatch(/逐块/u);
  });

  /** The lines with the first block's columns `a` and `b` swapped (13 rows, a cell and an empty line each). */
  function swapFirstBlockColumns(a: number, b: number): string[] {
    const lines = pdfminerBlocks(RICH_GRID, 13);
    const first = lines.indexOf('- 3 -') - 7 * 13 * 2;
    expect(lines[first]).toBe(String(RICH_GRID[0]![0]));
    const block = lines.slice(first, first + 7 * 13 * 2);
    const columns = Array.from({ length: 7 }, (_, c) => block.slice(c * 26, c * 26 + 26));
    [columns[a], columns[b]] = [columns[b]!, columns[a]!];
    lines.splice(first, block.length, ...columns.flat());
    return lines;
  }

  it('a block whose 总计 column came before 其他 (pdfminer, 洪泽区 2023/2024): that column is the 总计, the rows’ sums say so — read', () => {
    const { draft, summary } = importPublishedText(withTables(swapFirstBlockColumns(5, 6), APPEALS));
    APPLICATION_ROWS.forEach((row, r) => {
      if (row === 'totalHandled') return;
      for (let c = 0; c < 6; c++)
        expect(draftCell(draft, row, APPLICANT_COLUMNS[c]!), appId(row, c)).toBe(String(RICH_GRID[r]![c]));
    });
    expect(summary.warnings.join('\n')).toMatch(/逐块/u);
  });

  it('a block whose columns came out of order otherwise: nothing read from it by label, unread with why', () => {
    for (const [a, b] of [
      [0, 6],
      [4, 6],
      [0, 1],
    ] as const) {
      const { draft, summary } = importPublishedText(withTables(swapFirstBlockColumns(a, b), APPEALS));
      for (const row of APPLICATION_ROWS)
        for (let c = 0; c < 6; c++)
          if (row !== 'totalHandled')
            expect(draftCell(draft, row, APPLICANT_COLUMNS[c]!), `${a}/${b} ${appId(row, c)}`).toBe('');
      expect(summary.warnings.join('\n')).toMatch(/数字成块排在行标题之后/u);
    }
  });
});

describe('part 四 after numbers that are not its own (pdfminer put part 三’s last cells after its heading)', () => {
  it('a whole row of 15 after the headers: the numbers before them are left out', () => {
    const part4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      ...['0', '3', '0', '0', '2'].flatMap((v) => [v, '']),
      ...APPEALS_HEAD.slice(1),
      ...APPEALS.flatMap((v) => [String(v), '']),
    ];
    const { draft } = importPublishedText(withPart4Lines(labelsThenNumbers(RICH_GRID), part4));
    expect(draft.appeals.reconsideration).toMatchObject({
      upheld: '5',
      corrected: '1',
      other: '0',
      pending: '2',
    });
    expect(draft.appeals.litigationAfterReconsideration).toMatchObject({ upheld: '0', pending: '1' });
  });
});

describe('part 四 after numbers that are not its own, between its first words and its header (plain pdftotext of a Chromium print)', () => {
  it('a whole row of 15 after the header’s last piece: the numbers before that piece are left out', () => {
    const part4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议',
      '行政诉讼',
      ...['0', '0', '0', '26', '26', '0', '0'].flatMap((v) => [v, '']),
      ...APPEALS_HEAD.slice(3),
      ...APPEALS.flatMap((v) => [String(v), '']),
    ];
    const { draft, summary } = importPublishedText(withPart4Lines(labelsThenNumbers(RICH_GRID), part4));
    expect(draft.appeals.reconsideration).toMatchObject({
      upheld: '5',
      corrected: '1',
      other: '0',
      pending: '2',
    });
    expect(draft.appeals.litigationDirect).toMatchObject({
      upheld: '3',
      corrected: '0',
      other: '1',
      pending: '0',
    });
    expect(draft.appeals.litigationAfterReconsideration).toMatchObject({ upheld: '0', pending: '1' });
    expect(summary.warnings.join('\n')).not.toMatch(/第四部分/u);
  });
});

describe('part 三: whole rows in row order, then a block of numbers with no labels (a 2019 page’s 不予公开)', () => {
  // A crawled page: each of the first rows is its label and its seven numbers a line each; from
  // 「（三）不予公开」 on, the sub-row labels are lost and 56 numbers follow in one block.
  const ROWS: [string, number[]][] = [
    ['一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]],
    ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
    ['三、本年度办理结果', []],
    ['（一）予以公开', [2, 1, 0, 0, 0, 0, 3]],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [0, 0, 0, 0, 0, 0, 0]],
  ];
  const part3 = (rows: [string, number[]][], block: number[]) => [
    '三、收到和处理政府信息公开申请情况',
    ...LINED_PART3_HEADER,
    ...rows.flatMap(([label, values]) => [label, ...values.map(String)]),
    '（三）不予公开',
    ...block.map(String),
    '（四）无法提供',
  ];
  const BLOCK = Array.from({ length: 56 }, (_, k) => (k === 8 ? 1 : 0));

  it('the rows before the block are read (their counts and sums prove them); the block’s rows stay unread', () => {
    const { draft, summary } = importPublishedText(withTables(part3(ROWS, BLOCK), APPEALS));
    expect(draft.applications.newReceived).toMatchObject({ natural: '3', business: '1', otherOrg: '0' });
    expect(draft.applications.carriedOver.natural).toBe('1');
    expect(draft.applications.granted).toMatchObject({ natural: '2', business: '1' });
    expect(draft.applications.partiallyGranted.natural).toBe('0');
    expect(draft.applications.withheldStateSecret.natural).toBe('');
    expect(draft.applications.withheldOtherLaw.business).toBe('');
    const why = summary.unread.find((u) => u.cell === appId('withheldOtherLaw', 1))?.reason;
    expect(why).toMatch(/数字成块/u);
    expect(summary.warnings.join('\n')).toMatch(/数字成块之前逐行印出的行.*已按行读取/u);
  });

  it('a row before the block whose 总计 is not its sum, or not seven numbers: nothing is read', () => {
    for (const bad of [
      [3, 1, 0, 0, 0, 0, 5],
      [3, 1, 0, 0, 0, 4],
    ]) {
      const rows: [string, number[]][] = [ROWS[0]!, [ROWS[1]![0], bad], ...ROWS.slice(2)];
      const { draft } = importPublishedText(withTables(part3(rows, BLOCK), APPEALS));
      expect(draft.applications.newReceived.natural).toBe('');
      expect(draft.applications.granted.natural).toBe('');
    }
  });
});
