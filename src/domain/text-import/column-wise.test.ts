import { describe, expect, it } from 'vitest';
import { columnWiseRunAt } from './column-wise';

const FIRST = /规章/u;
const HEADER = /件数|信息内容/u;

describe('columnWiseRunAt', () => {
  it('finds numbers under the headers before the first row label (plain pdftotext)', () => {
    const lines = [
      '第二十条第（一）项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '0',
      '',
      '0',
      '规章 0',
    ];
    expect(columnWiseRunAt(lines, FIRST, HEADER)).toBe(2);
  });

  it('leaves one cell a line after its label alone (a Word table pasted)', () => {
    const lines = ['信息内容', '本年制发件数', '现行有效件数', '', '规章', '0', '0', '0'];
    expect(columnWiseRunAt(lines, FIRST, HEADER)).toBeNull();
  });

  it('leaves a damaged first label with its numbers alone', () => {
    const lines = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '规草', '0', '0', '0'];
    expect(columnWiseRunAt(lines, FIRST, HEADER)).toBeNull();
  });

  it('needs two numbers-only lines: one number under the headers is not a column', () => {
    const lines = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '0', '规章 0 0'];
    expect(columnWiseRunAt(lines, FIRST, HEADER)).toBeNull();
  });
});
