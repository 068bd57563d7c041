// Real `pdftotext -layout` output (poppler 22) of corpus pages printed to PDF by Chromium
// (nianbao issue 18): the browser's header and footer on every page, form feeds, part 三's header
// repeated on the next page, Word's list numbers standing apart from their labels. Kept as files
// (pdftotext/), not generated, so the test sees exactly what the tool printed. What is not read is
// listed as unread; nothing is read as another number.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId, INPUT_CELLS } from '../report/cell-address';
import { importPublishedText } from '../text-import/import-text';
import { corpusReports } from './corpus';
import { scoreRead } from './evaluate';
import hongzeNarrow from './pdftotext/hongze-2021-chromium-narrow.layout.txt?raw';
import hongzeNarrowPlain from './pdftotext/hongze-2021-chromium-narrow.plain.txt?raw';
import hongzeBlank from './pdftotext/hongze-2021-libreoffice-blank-normal.layout.txt?raw';
import hongzeBlankPlain from './pdftotext/hongze-2021-libreoffice-blank-normal.plain.txt?raw';
import huzhouBlank from './pdftotext/huzhou-2021-chromium-blank-normal.layout.txt?raw';
import huzhouBlankPlain from './pdftotext/huzhou-2021-chromium-blank-normal.plain.txt?raw';
import hzgaBlank from './pdftotext/hzga-2022-chromium-blank-narrow.layout.txt?raw';
import hzgaBlankPlain from './pdftotext/hzga-2022-chromium-blank-narrow.plain.txt?raw';
import hzgaNarrow from './pdftotext/hzga-2022-libreoffice-narrow.layout.txt?raw';
import hzgaNarrowPlain from './pdftotext/hzga-2022-libreoffice-narrow.plain.txt?raw';
import hzgaSemanticPlain from './pdftotext/hzga-2022-semantic.plain.txt?raw';
import hzgaWord from './pdftotext/hzga-2022-word.layout.txt?raw';
import hzgaWordPlain from './pdftotext/hzga-2022-word.plain.txt?raw';
import lixiaNarrow from './pdftotext/lixia-2022-chromium-narrow.layout.txt?raw';
import lixiaNarrowPlain from './pdftotext/lixia-2022-chromium-narrow.plain.txt?raw';
import pingyangBlank from './pdftotext/pingyang-2022-libreoffice-blank-narrow.layout.txt?raw';
import pingyangBlankPlain from './pdftotext/pingyang-2022-libreoffice-blank-narrow.plain.txt?raw';
import pingyangNarrow from './pdftotext/pingyang-2022-libreoffice-narrow.layout.txt?raw';
import pingyangNarrowPlain from './pdftotext/pingyang-2022-libreoffice-narrow.plain.txt?raw';
import qingzhouNarrow from './pdftotext/qingzhou-2022-chromium-narrow.layout.txt?raw';
import qingzhouNarrowPlain from './pdftotext/qingzhou-2022-chromium-narrow.plain.txt?raw';
import qufuSemantic from './pdftotext/qufu-2021-semantic.layout.txt?raw';
import qufuSemanticPlain from './pdftotext/qufu-2021-semantic.plain.txt?raw';
import qufuWordPlain from './pdftotext/qufu-2021-word.plain.txt?raw';
import { SHAPES } from './shapes';

const reports = corpusReports(qufuText);
const shape = SHAPES.find((s) => s.name === 'pdf-browser-print')!;

/** At least `exact` cells as printed; every other cell unread (never another number) with a reason. */
function expectExactOrUnread(
  result: ReturnType<typeof importPublishedText>,
  score: ReturnType<typeof scoreRead>,
  exact: number,
): void {
  expect(score.cellsExact).toBeGreaterThanOrEqual(exact);
  const unread = new Map(result.summary.unread.map((u) => [u.cell, u.reason]));
  for (const cell of INPUT_CELLS) {
    const id = cellId(cell);
    const miss = score.misses.find((m) => m.startsWith(`${id}=`));
    if (miss) {
      expect(miss, id).toMatch(/=null≠/u);
      expect(unread.get(id), id).toMatch(/\S/u);
    }
  }
}

describe.each([
  ['qufu-2021', 'the semantic page (thead repeated)', qufuSemantic, 166],
  ['hzga-2022', 'the saved Word page', hzgaWord, 162],
] as const)('pdftotext -layout of %s, %s', (key, _what, text, exact) => {
  const r = reports.find((x) => x.key === key)!;
  const result = importPublishedText(text);
  const score = scoreRead(r, shape, result);

  it('reads every number it reads as printed; the rest is listed as unread', () => {
    expectExactOrUnread(result, score, exact);
  });

  it('keeps the browser’s header and footer out of the report', () => {
    expect(result.draft.meta.agencyName).toBe(r.agencyName);
    const narratives = JSON.stringify([
      result.draft.overview,
      result.draft.problems,
      result.draft.otherMatters,
    ]);
    expect(narratives).not.toMatch(/file:|\d\/\d{1,2}\/\d{2},|[AP]M|主办单位|网站标识码/u);
  });

  it('reads the 落款 date above the portal’s page footer as the publish date', () => {
    expect(result.draft.meta.publishDate).toBe(r.publishDate);
  });
});

// Plain `pdftotext` (no -layout) of the same PDFs: the semantic page's numbers come out under the
// column headers, ahead of their row labels (杭州公安: 51 cells read wrong before); the Word page's
// one cell a line, with empty lines between (行政规范性文件 「4」「9」「87」 read as 9|8|7 before).
// Part 三 holds exactly its 175 numbers in the format's order in three of them, and every identity
// holds: read (tables-apart.ts). 杭州公安's Word page has them out of order at the end: unread.
describe.each([
  ['qufu-2021', 'the semantic page', qufuSemanticPlain, 160],
  ['hzga-2022', 'the semantic page', hzgaSemanticPlain, 160],
  ['qufu-2021', 'the saved Word page', qufuWordPlain, 154],
  ['hzga-2022', 'the saved Word page', hzgaWordPlain, 18],
] as const)('plain pdftotext of %s, %s', (key, _what, text, exact) => {
  const r = reports.find((x) => x.key === key)!;
  const result = importPublishedText(text);
  const score = scoreRead(r, shape, result);

  it('reads no number wrong: each cell is as printed or listed as unread with where it looked', () => {
    expectExactOrUnread(result, score, exact);
  });
});

describe('plain pdftotext of the semantic page', () => {
  it('says its part 二 numbers stand before their row labels, and on which line', () => {
    const result = importPublishedText(hzgaSemanticPlain);
    const reasonOf = (id: string) => result.summary.unread.find((u) => u.cell === id)?.reason;
    expect(reasonOf(cellId(cellAddress('proactive', 'regulations', 'issued')))).toMatch(
      /第二部分.*第\d+行起数字排在行标题之前/u,
    );
    // The one-cell rows have their number on the label's own line: read.
    expect(result.draft.proactive.licensing.decisions).toBe('98231');
    expect(result.draft.proactive.punishment.decisions).toBe('186452');
  });

  it('reads part 三 from its 175 numbers in order, proven by the identities, and says so', () => {
    const r = reports.find((x) => x.key === 'hzga-2022')!;
    const result = importPublishedText(hzgaSemanticPlain);
    const applications = scoreRead(r, shape, result).misses.filter((m) => m.startsWith('applications.'));
    expect(applications).toEqual([]);
    expect(result.summary.warnings.join('\n')).toMatch(/共175个数.*勾稽关系全部相符，已按此读取/u);
    expect(result.draft.appeals.reconsideration).toMatchObject({ upheld: '27', pending: '6' });
  });
});

describe('plain pdftotext of 杭州公安’s Word page', () => {
  const result = importPublishedText(hzgaWordPlain);
  const reasonOf = (id: string) => result.summary.unread.find((u) => u.cell === id)?.reason;

  it('leaves part 三 unread: its numbers are out of order, and the summary says why', () => {
    expect(result.summary.warnings.join('\n')).toMatch(/按国家格式的行列顺序也无法读取.*都不满足/u);
  });

  it('part 四 one number short (its 0 printed blank): the groups every reading agrees on are read, the rest says why', () => {
    // 「27 3 2 6 38 11 1 4 9 25 5 1 2 8」: the blank can only be in 复议后起诉 (any of its four).
    expect(result.draft.appeals.reconsideration).toMatchObject({
      upheld: '27',
      corrected: '3',
      pending: '6',
    });
    expect(result.draft.appeals.litigationDirect).toMatchObject({ upheld: '11', pending: '9' });
    expect(reasonOf(cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'upheld')))).toMatch(
      /本表只读到14个数，应为15个；.*有4种读法/u,
    );
    expect(result.summary.warnings.join('\n')).toMatch(/第四部分只读到14个数.*各读法相同的格已读取/u);
  });
});

// Pages laid out with narrow label columns (scripts/corpus-pdf/make-pdf-fixtures.ts; the list and how
// each was made: pdftotext/README.md): labels wrapped over 2–7 lines with the row's numbers on their
// first or middle line, on a line of their own inside them or on the line before them; group labels
// in fragments between the rows; the address's 「号」 or the phone on the next line.
describe.each([
  ['hongze-2021', 'Chromium, centred', hongzeNarrow, hongzeNarrowPlain, 166, 166],
  ['lixia-2022', 'Chromium, narrower', lixiaNarrow, lixiaNarrowPlain, 166, 154],
  ['qingzhou-2022', 'Chromium, numbers before short labels', qingzhouNarrow, qingzhouNarrowPlain, 166, 156],
  ['pingyang-2022', 'LibreOffice, centred', pingyangNarrow, pingyangNarrowPlain, 166, 166],
  ['hzga-2022', 'LibreOffice, narrower', hzgaNarrow, hzgaNarrowPlain, 166, 166],
] as const)('wrapped labels: pdftotext of %s (%s)', (key, _what, layout, plain, exactLayout, exactPlain) => {
  const r = reports.find((x) => x.key === key)!;
  it.each([
    ['-layout', layout, exactLayout],
    ['plain', plain, exactPlain],
  ] as const)('%s: each number as printed or listed as unread with where it looked', (_mode, text, exact) => {
    const result = importPublishedText(text);
    const score = scoreRead(r, shape, result);
    expectExactOrUnread(result, score, exact);
  });

  it.each([
    ['-layout', layout],
    ['plain', plain],
  ] as const)('%s: the wrapped address and phone joined as printed', (mode, text) => {
    const { meta } = importPublishedText(text).draft;
    expect(meta.agencyName).toBe(r.agencyName);
    expect(meta.contactAddress).toBe(r.contactAddress);
    // Plain pdftotext drops the hyphen where a line ends in one (「0536-」「3261507」 → 「05363261507」):
    // the text no longer says where the area code ends.
    if (!(key === 'qingzhou-2022' && mode === 'plain')) expect(meta.contactPhone).toBe(r.contactPhone);
    else expect(meta.contactPhone).toBe(r.contactPhone.replace('-', ''));
  });
});

// Pages whose zero cells of parts 三 and 四 are printed BLANK, some 总计 too (make-pdf-fixtures.ts,
// BLANK): a row of -layout text shows only its non-zero numbers, spread by spaces. Each is placed in
// its column only where every reading that keeps the table's sums and identities agrees (and numbers
// one space apart are neighbours); plain pdftotext keeps no positions: short rows stay unread.
// LibreOffice puts no two numbers one space apart, and these two reports leave a whole column
// blank, so its columns can shift together: those cells stay unread.
describe.each([
  ['huzhou-2021', 'Chromium, auto width, some 总计 blank', huzhouBlank, huzhouBlankPlain, 166, 28],
  ['hzga-2022', 'Chromium, narrow labels', hzgaBlank, hzgaBlankPlain, 162, 24],
  ['hongze-2021', 'LibreOffice, auto width, some 总计 blank', hongzeBlank, hongzeBlankPlain, 104, 10],
  ['pingyang-2022', 'LibreOffice, narrower labels', pingyangBlank, pingyangBlankPlain, 115, 10],
] as const)(
  'zeros printed blank: pdftotext of %s (%s)',
  (key, _what, layout, plain, exactLayout, exactPlain) => {
    const r = reports.find((x) => x.key === key)!;

    it('-layout: each number in its column, each blank as 0 with the notice; no number elsewhere', () => {
      const result = importPublishedText(layout);
      expectExactOrUnread(result, scoreRead(r, shape, result), exactLayout);
      expect(result.summary.warnings.join('\n')).toMatch(/原文中有\d+个单元格为空白，已按0导入。/u);
      expect(result.summary.warnings.join('\n')).toMatch(/第三部分把0印成空白（空白的栏未留位置）/u);
      // Numbers spread by spaces are cells with blanks between, never digits run together.
      expect(result.summary.runTogether).toEqual([]);
    });

    it('plain: never a number in the wrong cell; a short row says why it is unread', () => {
      const result = importPublishedText(plain);
      expectExactOrUnread(result, scoreRead(r, shape, result), exactPlain);
      const reasons = result.summary.unread.map((u) => u.reason).join('\n');
      expect(reasons).toMatch(/原文可能把0印成空白而未留位置，文本中没有各数的位置/u);
    });
  },
);

describe('zeros printed blank: 湖州市 2021 printed by Chromium, pdftotext -layout', () => {
  const result = importPublishedText(huzhouBlank);

  it('reads every cell, a blank 总计 under non-zero parts reported as 「原文为空白」', () => {
    const r = reports.find((x) => x.key === 'huzhou-2021')!;
    expect(scoreRead(r, shape, result).misses).toEqual([]);
    const blankTotal = result.summary.totalMismatches.find(
      (m) => m.cell === cellId(cellAddress('applications', 'carriedOver', 'total')),
    );
    expect(blankTotal?.message).toMatch(/原文为空白/u);
    expect(result.summary.warnings.join('\n')).toMatch(/各数所在的栏只有一种读法，已按此读取/u);
  });

  it('part 四 「9 2 1 3 15 4 2 5 11 2 1 3」 is three groups with their 总计, not twelve results', () => {
    expect(result.draft.appeals.litigationDirect).toEqual({
      upheld: '4',
      corrected: '0',
      other: '2',
      pending: '5',
    });
    expect(result.summary.warnings.join('\n')).not.toMatch(/没有「总计」栏/u);
  });
});

describe('zeros printed blank, a column blank in every row (洪泽区 2021, LibreOffice)', () => {
  it('cells whose column the identities cannot tell say how many readings there are', () => {
    const result = importPublishedText(hongzeBlank);
    const reason = result.summary.unread.find(
      (u) => u.cell === cellId(cellAddress('applications', 'newReceived', 'natural')),
    )?.reason;
    expect(reason).toMatch(
      /本行只印有\d+个数（空白的栏未留位置）；能使本表各行合计和各栏勾稽关系全部成立的读法有\d+种/u,
    );
  });
});
