// A report as the text of a page copied a cell per line whose zero cells were printed BLANK and left
// no line at all (nianbao issue 18: a real 2024 county health bureau's page came so out of a crawl —
// 「规章\n0\n行政规范性文件\n第二十条第（五）项」). Not a bench shape (the text cannot say which
// column a number is in where a column is blank in every row): dropped-blanks.test.ts asks that no
// number ever lands in a wrong cell; the benchmark times its reading (3c).
import type { Block } from '../document';

/** A line per paragraph and per table cell, blank and zero cells left out. */
export function renderDroppedBlanks(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows)
        for (const c of row) {
          const t = c.text.trim();
          if (t !== '' && t !== '0') out.push(t);
        }
    } else if (b.kind === 'signature') out.push(b.organ, b.date);
    else out.push(b.text);
  }
  return out.join('\n');
}
