import { describe, expect, it } from 'vitest';
import { type TableToken, tokenizeTable } from './table-tokens';

const texts = (tokens: TableToken[]) =>
  tokens.map((t) => (t.kind === 'text' || t.kind === 'value' ? t.text : `<${t.kind}>`));
const ats = (tokens: TableToken[]) => tokens.flatMap((t) => (t.kind === 'value' ? [t.at] : []));

describe('tokenizeTable: labels printed spaced out (distributed alignment, spaces typed to align)', () => {
  it.each([
    ['one space', ['总 计 5 0 5'], ['总计', '5', '0', '5', '<rowEnd>']],
    ['two spaces', ['行  政  许  可  3'], ['行政许可', '3', '<rowEnd>']],
    ['ideographic spaces', ['自\u3000然\u3000人\u30007'], ['自然人', '7', '<rowEnd>']],
    ['no-break spaces', ['规\u00a0\u00a0章\u00a00'], ['规章', '0', '<rowEnd>']],
    [
      'pdftotext -layout: letters far apart, then the cells',
      ['行    政    处    罚          12        0'],
      ['行政处罚', '12', '0', '<rowEnd>'],
    ],
    [
      'first letter glued to the numbering, last to the numbers (a page saved as one line)',
      ['（六）其 他 处 理3000003（七）总 计5000005'],
      ['（六）其他处理', '3000003', '（七）总计', '5000005', '<rowEnd>'],
    ],
    [
      'a three-letter label between its numbering and its numbers',
      ['（一）自 然 人0'],
      ['（一）自然人', '0', '<rowEnd>'],
    ],
    [
      'header words spaced and unspaced side by side',
      ['申请人情况 自 然 人 法人或其他组织 总 计'],
      ['申请人情况', '自然人', '法人或其他组织', '总计', '<rowEnd>'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(texts(tokenizeTable(lines))).toEqual(expected);
  });

  it('leaves what is not a spaced label apart', () => {
    // 「无」 cells after a label, and header words that merely stand side by side
    expect(texts(tokenizeTable(['行政强制 无 无 无']))).toEqual(['行政强制', '无', '无', '无', '<rowEnd>']);
    expect(texts(tokenizeTable(['商业企业 科研机构 社会公益组织']))).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '<rowEnd>',
    ]);
    // one letter alone beside a word is not joined to it (a vertical label's letter in -layout text)
    expect(texts(tokenizeTable(['本    （一）予以公开   1   2']))).toEqual([
      '本',
      '（一）予以公开',
      '1',
      '2',
      '<rowEnd>',
    ]);
    expect(texts(tokenizeTable(['申请人情况   自    法人或其他组织']))).toEqual([
      '申请人情况',
      '自',
      '法人或其他组织',
      '<rowEnd>',
    ]);
  });

  it('keeps where each cell stands on its line (the -layout column reader uses it)', () => {
    const line = '总    计      5       0';
    expect(ats(tokenizeTable([line]))).toEqual([line.indexOf('5'), line.indexOf('0')]);
    const plain = '总计      5       0';
    expect(ats(tokenizeTable([plain]))).toEqual([plain.indexOf('5'), plain.indexOf('0')]);
  });
});

describe('tokenizeTable: tabs between the letters of a label', () => {
  it.each([
    ['letters apart by tabs', ['行\t政\t许\t可\t3\t0'], ['行政许可', '3', '0', '<rowEnd>']],
    [
      'first letter glued to the numbering',
      ['（六）其\t他\t处\t理\t3\t0'],
      ['（六）其他处理', '3', '0', '<rowEnd>'],
    ],
    ['「无」 cells stay cells', ['行政强制\t无\t无'], ['行政强制', '无', '无', '<rowEnd>']],
    ['header cells stay apart', ['\t商业企业\t科研机构'], ['商业企业', '科研机构', '<rowEnd>']],
  ])('%s', (_name, lines, expected) => {
    expect(texts(tokenizeTable(lines))).toEqual(expected);
  });
});

describe('tokenizeTable: a label printed one letter per line', () => {
  it.each([
    ['letters on lines of their own', ['行', '政', '许', '可', '3'], ['行政许可', '3']],
    [
      'the numbers on the last letter’s line',
      ['规', '范', '性', '文', '件 7 0'],
      ['规范性文', '件', '7', '0', '<rowEnd>'],
    ],
    ['「无」 lines stay cells', ['行政强制', '无', '无'], ['行政强制', '无', '无']],
    [
      'one letter alone on its line stays as it is',
      ['三', '（一）予以公开 1'],
      ['三', '（一）予以公开', '1', '<rowEnd>'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(texts(tokenizeTable(lines))).toEqual(expected);
  });
});

describe('tokenizeTable: a label a letter a line after its row number (PDFium’s text of a narrow cell, nianbao issue 18)', () => {
  it('joins 「4.」 and the letters, 「无」 among them included, into one label piece', () => {
    const lines = ['4.', '无', '正', '当', '理', '由', '0', '0', '5.', '要', '求', '0'];
    expect(texts(tokenizeTable(lines))).toEqual(['4.无正当理由', '0', '0', '5.要求', '0']);
  });

  it('a row number in full-width digits (「４.」, a Word document’s) opens the label as well', () => {
    const lines = ['４.', '无', '正', '当', '理', '由', '0', '５、', '要', '求', '0'];
    expect(texts(tokenizeTable(lines))).toEqual(['４.无正当理由', '0', '５、要求', '0']);
  });

  it('「无」 after a label’s letters but before a number stays a cell; a lone row number stays as it was', () => {
    expect(texts(tokenizeTable(['其', '他', '无', '0']))).toEqual(['其他', '无', '0']);
    expect(texts(tokenizeTable(['4.', '无', '0']))).not.toContain('4.无');
  });
});
