// Part 二 as pdfminer prints it (a real city report's shape, numbers our own): labels moved away from
// their numbers, the four one-cell rows read by the order of the part's small tables.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { importPublishedText } from './import-text';

const PDFMINER_PART_2 = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容',
  '规章',
  '行政规范性文件',
  '第二十条第（五）项',
  '信息内容',
  '行政许可',
  '第二十条第（六）项',
  '本年制发件数',
  '本年废止件数 现行有效件数',
  ...['1', '8', '0', '26', '11', '66'].flatMap((v) => [v, '']),
  '本年处理决定数量',
  '5123',
  '- 3 -',
  '信息内容',
  '行政处罚',
  '行政强制',
  '第二十条第（八）项',
  '本年处理决定数量',
  '',
  '8820',
  '',
  '731',
  '信息内容',
  '本年收费金额（单位：万元）',
  '行政事业性收费',
  '12.5',
];

function withPart2(part2: readonly string[]): string {
  const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
  const from = lines.findIndex((l) => l.trim().startsWith('二、主动公开'));
  const to = lines.findIndex((l) => l.trim().startsWith('三、收到和处理'));
  return [...lines.slice(0, from), ...part2, ...lines.slice(to)].join('\n');
}

describe('part 二 whose numbers all stand alone (pdfminer)', () => {
  it('reads the one-cell rows by the order of the small tables, never 行政许可 into 行政处罚', () => {
    const { draft } = importPublishedText(withPart2(PDFMINER_PART_2));
    expect(draft.proactive.licensing.decisions).toBe('5123');
    expect(draft.proactive.punishment.decisions).toBe('8820');
    expect(draft.proactive.enforcement.decisions).toBe('731');
    expect(Number(draft.proactive.fees.amount)).toBe(12.5);
  });

  it('第（一）项 after both labels, row by row or column by column: only the cells both orders agree on', () => {
    // 1 8 0 26 11 66: by row 规章 1 8 0, 规范性文件 26 11 66; by column 规章 1 0 11, 规范性文件 8 26 66.
    const { draft, summary } = importPublishedText(withPart2(PDFMINER_PART_2));
    expect(draft.proactive.regulations.issued).toBe('1');
    expect(draft.proactive.normativeDocuments.inForce).toBe('66');
    expect(draft.proactive.regulations.repealed).toBe('');
    expect(draft.proactive.normativeDocuments.issued).toBe('');
    const reason = summary.unread.find(
      (u) => u.cell === cellId(cellAddress('proactive', 'regulations', 'repealed')),
    );
    expect(reason?.reason).toMatch(/逐行对应为8、逐栏对应为0，无法确定/u);
  });

  it('labels right after each other and the numbers row by row would be read wrongly by label: withdrawn', () => {
    // Chromium's PDF read by pdfminer: 「规章」「行政规范性文件」 then 0 4 0 9 0 87 (column by column).
    const part2 = [
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '规章',
      '行政规范性文件',
      ...['0', '4', '0', '9', '0', '87'].flatMap((v) => [v, '']),
      ...['第二十条第（五）项', '信息内容', '行政许可', '本年处理决定数量', '5123', '- 3 -'],
      ...[
        '第二十条第（六）项',
        '信息内容',
        '行政处罚',
        '行政强制',
        '本年处理决定数量',
        '',
        '8820',
        '',
        '731',
      ],
      ...['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12.5'],
    ];
    const { draft } = importPublishedText(withPart2(part2));
    expect(draft.proactive.regulations.issued).toBe('0');
    expect(draft.proactive.regulations.repealed).toBe('');
    expect(draft.proactive.normativeDocuments.issued).toBe('');
    expect(draft.proactive.normativeDocuments.inForce).toBe('87');
  });

  it('each small table under its own heading holding other counts (a fee printed blank, a bare page number among the numbers): no cell read by the order', () => {
    // plain pdftotext: 10 numbers by chance — 第（一）项 holds 7 (「2」 is page 2's footer), 第（八）项 none.
    const part2 = [
      '二、主动公开政府信息情况',
      ...['信息内容', '规章', '行政规范性文件', '信息内容', '行政许可', '信息内容', '行政处罚', '行政强制'],
      ...['信息内容', '行政事业性收费', '', '第二十条第（一）项', '本年制发件数 本年废止件数 现行有效件数'],
      ...['0', '', '0', '', '0', '', '0', '', '2', '', '0', '', '5', ''],
      ...['第二十条第（五）项', '本年处理决定数量', '52', ''],
      ...['第二十条第（六）项', '本年处理决定数量', '19', '7', ''],
      ...['第二十条第（八）项', '本年收费金额（单位：万元）', ''],
    ];
    const { draft } = importPublishedText(withPart2(part2));
    expect(draft.proactive.fees.amount).toBe('');
    expect(draft.proactive.normativeDocuments.inForce).not.toBe('0');
    expect(draft.proactive.licensing.decisions).not.toBe('5');
    expect(draft.proactive.punishment.decisions).not.toBe('52');
  });

  it('one number more (not the four small tables): the check stands aside', () => {
    const { draft } = importPublishedText(withPart2([...PDFMINER_PART_2.slice(0, -1), '7', '12.5']));
    expect(draft.proactive.fees.amount).not.toBe('7');
    expect(draft.proactive.punishment.decisions).not.toBe('5123');
  });
});

describe('part 二 of the 2019 trial layout as plain pdftotext prints it: the first column with its labels, the others later', () => {
  // 「行政许可」 then 「396」 alone on its line (上一年项目数量); 「本年增/减」「处理决定数量」 come after the table.
  const part2 = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容',
    '本年新制作数量',
    '规章',
    '0',
    '规范性文件',
    '12',
    '第二十条第（五）项',
    '信息内容',
    '上一年项目数量',
    '行政许可',
    '396',
    '第二十条第（六）项',
    '信息内容',
    '上一年项目数量',
    '行政处罚',
    '2648',
    '行政强制',
    '126',
    '本年增/减',
    '处理决定数量',
    '0',
    '181',
    '0',
    '430',
    '0',
    '25',
  ];
  it('a number alone on its line is one cell, never digits run together (「396」 was read 3|9|6)', () => {
    const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
    const from = lines.findIndex((l) => l.trim().startsWith('二、主动公开'));
    const to = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const { draft } = importPublishedText([...lines.slice(0, from), ...part2, ...lines.slice(to)].join('\n'));
    expect(draft.proactive.licensing.decisions).not.toBe('6');
    expect(draft.proactive.enforcement.decisions).not.toBe('6');
  });
});
