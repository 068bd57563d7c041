// Part 二 in the 2019 trial layout printed as one crawler line, a decrease glued between its
// neighbours: 上一年项目数量 | 本年增/减 | 处理决定数量 as 「4-20」 (4, −2, 0). Numbers our own.
import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { newFindings } from './findings';
import { readProactive } from './read-proactive';

const line = (licensing: string, punishment: string) =>
  `第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件335第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可${licensing}其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚${punishment}行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00`;
const decisions = (row: 'licensing' | 'punishment') => cellId(cellAddress('proactive', row, 'decisions'));

describe('readProactive (2019 trial layout): a decrease glued between its neighbours', () => {
  it('reads the decisions when the digits after the sign cut one way only (「4-20」: −2, 0)', () => {
    const f = newFindings();
    readProactive([line('4-20', '31-170')], 0, '2019', f, '');
    expect(f.source.get(decisions('licensing'))).toBe(0);
  });

  it('leaves them unread when the digits cut two ways (「31-170」: −1, 70 or −17, 0)', () => {
    const f = newFindings();
    readProactive([line('4-20', '31-170')], 0, '2019', f, '');
    expect(f.source.has(decisions('punishment'))).toBe(false);
    expect(f.unread.find((u) => u.cell === decisions('punishment'))?.reason).toMatch(/2种读法/u);
  });

  it('reads a spaced row with its sign as before (「4 -2 0」)', () => {
    const f = newFindings();
    readProactive([line(' 4 -2 0 ', ' 31 -17 0 ')], 0, '2019', f, '');
    expect(f.source.get(decisions('licensing'))).toBe(0);
    expect(f.source.get(decisions('punishment'))).toBe(0);
  });
});

describe('readProactive (2019 trial layout): a change cell printed as its increase and its decrease (h91)', () => {
  const rows = (change: string) => [
    '第二十条第（五）项 |',
    '信息内容 |',
    '上一年项目数量 |',
    '本年增/减 |',
    '处理决定数量 |',
    '|',
    '行政许可 |',
    '27 |',
    `${change} |`,
    '58 |',
    '|',
    '第二十条第（六）项 |',
    '信息内容 |',
    '上一年项目数量 |',
    '本年增/减 |',
    '处理决定数量 |',
    '|',
    '行政处罚 |',
    '9 |',
    '0 |',
    '4 |',
  ];

  it('「+(2) -(1)」 is one 本年增/减 cell: the decisions after it are read', () => {
    for (const change of ['+(2) -(1)', '+2 -1', '＋（0） －（0）']) {
      const f = newFindings();
      readProactive(rows(change), 0, '2019', f, '');
      expect(f.source.get(decisions('licensing'))).toBe(58);
      expect(f.source.get(decisions('punishment'))).toBe(4);
    }
  });

  it('a decrease alone stays what it was: a sign between numbers, not an increase', () => {
    const f = newFindings();
    readProactive(rows('-(1) +(2)'), 0, '2019', f, '');
    expect(f.source.has(decisions('licensing'))).toBe(false);
  });
});

describe('readProactive: a lone number printed under one row is not another row’s (h91, batch F)', () => {
  it('「规章」「0」 then labels without numbers: the 0 is 规章’s (unread: which column), never 行政许可’s', () => {
    const f = newFindings();
    readProactive(
      [
        '第二十条第(一)项',
        '信息内容',
        '本年制发件数',
        '本年废止件数',
        '现行有效件数',
        '规章',
        '0',
        '行政规范性文件',
        '第二十条第(五)项',
        '本年处理决定数量',
        '行政许可',
        '第二十条第(六)项',
        '行政处罚',
        '行政强制',
      ],
      0,
      '2021',
      f,
      '',
    );
    expect([...f.source.keys()]).toEqual([]);
    expect(
      f.unread.find((u) => u.cell === cellId(cellAddress('proactive', 'regulations', 'issued')))?.reason,
    ).toMatch(/只读到1个数/u);
  });
});
