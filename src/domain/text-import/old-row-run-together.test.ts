// The 2019 single 「（六）其他处理」 row with its digits run together (pypdf's text of a real district
// report: 「（六）其他处理 0000000」): as many digits as cells is one digit a cell, the only cut.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { importPublishedText } from './import-text';

/** The fixture with its 「（六）其他处理」 group printed as the 2019 single row, digits run together. */
function withOldRow(digits: string): string {
  const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
  const from = lines.findIndex((l) => l.trim().startsWith('（六）其他处理'));
  const to = lines.findIndex((l) => l.trim().startsWith('（七）总计'));
  return [...lines.slice(0, from), `\t（六）其他处理 ${digits}`, '', ...lines.slice(to)].join('\n');
}

describe('the 2019 「（六）其他处理」 row run together', () => {
  it('seven digits for seven cells: read one digit a cell, into 「3.其他」, the two others 0', () => {
    const { draft, summary } = importPublishedText(withOldRow('0000000'));
    expect(draft.applications.otherOther).toMatchObject({ natural: '0', business: '0', otherOrg: '0' });
    expect(draft.applications.otherNoCorrection.natural).toBe('0');
    expect(summary.warnings.join('\n')).toMatch(/只有一行（2019年试行格式）/u);
  });

  it('more digits than cells: unread, saying the digits ran together', () => {
    const { draft, summary } = importPublishedText(withOldRow('10000001'));
    expect(draft.applications.otherOther.natural).toBe('');
    expect(summary.unread.find((u) => u.cell.includes('otherOther'))?.reason).toMatch(/连在一起/u);
  });
});
