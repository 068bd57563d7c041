// A number cell as OCR reads it (the letter O for 0, l or I for 1): a cell left unread with the reason,
// never text that ends the row and shifts the numbers after it. Texts written here.
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';
import { tokenizeTable } from './table-tokens';

const page = (cells: readonly string[]) =>
  [
    '某区2022年政府信息公开工作年度报告',
    '一、总体情况',
    '2022年，本区稳步推进政务公开。',
    '四、政府信息公开行政复议、行政诉讼情况',
    '\t行政复议\t行政诉讼',
    '\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
    '\t\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    ...cells.map((c) => `\t${c}`),
    '五、存在的主要问题及改进情况',
    '解读形式较为单一。',
  ].join('\n');
const ROW = ['6', '1', '0', '2', '9', '3', '0', '1', '1', '5', '1', '0', '0', '2', '3'];

describe('OCR letters in number cells', () => {
  it('are cells, not text', () => {
    const values = tokenizeTable(['\tO\t12\tl\t1O'], 0).filter((t) => t.kind === 'value');
    expect(values.map((t) => (t.kind === 'value' ? t.text : ''))).toEqual(['O', '12', 'l', '1O']);
    // a word with other letters stays text
    expect(tokenizeTable(['\t结果维持\tOK'], 0).filter((t) => t.kind === 'value')).toEqual([]);
  });

  it.each([
    ['l', 1],
    ['O', 2],
    ['I', 6],
  ])('a lone 「%s」 is unread with the reason; the other cells keep their columns', (letter, at) => {
    const cells = ROW.map((c, k) => (k === at ? letter : c));
    const { draft, summary } = importPublishedText(page(cells));
    const unread = summary.unread.filter((u) => u.cell.startsWith('appeals.'));
    expect(unread.map((u) => u.cell)).toHaveLength(1);
    expect(unread[0]!.reason).toContain('疑为扫描识别');
    const fields = ['upheld', 'corrected', 'other', 'pending'] as const;
    const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
    for (const [n, g] of groups.entries())
      for (const [k, field] of fields.entries()) {
        const i = n * 5 + k;
        expect(draft.appeals[g][field], `${g}.${field}`).toBe(i === at ? '' : ROW[i]);
      }
  });
});
