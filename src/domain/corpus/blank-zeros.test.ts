// Every corpus report as PDF text whose tables print their zero cells of parts 三 and 四 BLANK
// (nianbao issue 18), laid out as pdftotext -layout does: a row shows only its non-zero numbers,
// within its label's lines, neighbours one space apart and a wider gap where a cell is blank. Not a
// bench shape: where a column is blank in every row, or a printed total is wrong, the text cannot
// tell which column a number is in, and those cells stay unread — the corpus asks every shape to be
// read whole. What is asked here: no number ever in a wrong cell, and every cell read where the
// table's identities and the one-space neighbours leave one reading (湖州市). 杭州市公安局 keeps
// two readings: 「（二）部分公开」 and 「1.本机关不掌握…」 could swap their 社会公益组织 and 法律服务机构.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { importPublishedText } from '../text-import/import-text';
import { corpusReports } from './corpus';
import { documentOf } from './document';
import { scoreRead } from './evaluate';
import { renderPdfText } from './renderers/pdf-text';
import { SHAPES } from './shapes';

const reports = corpusReports(qufuText);
const shape = SHAPES.find((s) => s.name === 'pdf-wrapped')!;
const blankZeroText = (key: string) => {
  const r = reports.find((x) => x.key === key)!;
  return renderPdfText(documentOf(r), r.year + 11 * key.length, {
    places: ['middle', 'first', 'own'],
    blankZeros: true,
  });
};

describe('PDF text with the zeros of parts 三 and 四 printed blank', () => {
  it.each(reports.map((r) => [r.key, r] as const))(
    '%s: no number in a wrong cell; the rest unread with why',
    (key, r) => {
      const result = importPublishedText(blankZeroText(key));
      const score = scoreRead(r, shape, result);
      const unread = new Map(result.summary.unread.map((u) => [u.cell, u.reason]));
      for (const miss of score.misses) {
        expect(miss).toMatch(/=null≠/u);
        expect(unread.get(miss.split('=')[0]!), miss).toMatch(/\S/u);
      }
    },
  );

  it('湖州市 2021 (every column used somewhere): every cell read', () => {
    const r = reports.find((x) => x.key === 'huzhou-2021')!;
    const result = importPublishedText(blankZeroText('huzhou-2021'));
    expect(scoreRead(r, shape, result).misses).toEqual([]);
    expect(result.summary.warnings.join('\n')).toMatch(/原文中有\d+个单元格为空白，已按0导入。/u);
  });

  it('the renderer prints neighbours one space apart and a blank cell as a wider gap', () => {
    // 洪泽区 2021: 83 9 1 (0) 2 (0) 95.
    expect(blankZeroText('hongze-2021')).toContain('一、本年新收政府信息公开申请数量 83 9 1    2    95');
    const result = importPublishedText(blankZeroText('hongze-2021'));
    // 社会公益组织 and 其他 are blank in every row: the columns of 1 and 2 could shift together.
    const reason = result.summary.unread.find(
      (u) => u.cell === cellId(cellAddress('applications', 'newReceived', 'research')),
    )?.reason;
    expect(reason).toMatch(/读法有\d+种，本格在各读法中不同/u);
  });
});
