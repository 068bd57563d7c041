import { describe, expect, it } from 'vitest';
import { readOneShort } from './appeals-one-short';
import type { CellToken } from './table-tokens';

const cells = (text: string): CellToken[] =>
  text.split(' ').map((t) => ({ kind: 'value', text: t, line: 1 }));

describe('readOneShort: part 四 with 14 numbers', () => {
  it('a 0 printed blank in one group: the other groups read, that group’s four results unread', () => {
    // 杭州市公安局's Word page in PDF text: 复议后起诉 is 5, 0, 1, 2, 8.
    const r = readOneShort(cells('27 3 2 6 38 11 1 4 9 25 5 1 2 8'))!;
    expect(r.readings).toBe(4);
    expect(r.agreed).toEqual([27, 3, 2, 6, 38, 11, 1, 4, 9, 25, null, null, null, null, 8]);
  });

  it('two cells run together, cut where only one cut keeps the totals: all read', () => {
    const r = readOneShort(cells('27 3 2 6 38 11 1 4 9 25 5 0 1 28'))!;
    expect(r.agreed).toEqual([27, 3, 2, 6, 38, 11, 1, 4, 9, 25, 5, 0, 1, 2, 8]);
  });

  it('all zeros: every reading is the same', () => {
    expect(readOneShort(cells('0 0 0 0 0 0 0 0 0 0 0 0 0 0'))?.agreed).toEqual(new Array(15).fill(0));
  });

  it('a non-zero number lost (no reading keeps the totals), or not 14 plain numbers: nothing read', () => {
    expect(readOneShort(cells('27 3 2 38 11 1 4 9 25 5 0 1 2 8'))).toBeNull();
    expect(readOneShort(cells('27 3 2 6 38 11 1 4 9 25 5 0 1 2 8'))).toBeNull();
    expect(readOneShort(cells('27 3 2 6 38 11 1 4 9 25 5 x 2 8'))).toBeNull();
  });
});
