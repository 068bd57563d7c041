// A report page in traditional characters (a portal's 繁體 version) is read like its simplified text;
// a simplified text with a few traditional characters (a name, a typo) is left as it is. Texts our own.
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';
import { simplifiedText, traditionalNote } from './traditional';

const page = [
  '青石鄉人民政府2023年政府信息公開工作年度報告',
  '本報告由青石鄉人民政府根據《條例》編製，如對本報告有疑問，請與鄉黨政辦聯繫（電話：0731-1234567）。',
  '一、總體情況',
  '2023年，青石鄉堅持依法公開，全年發布信息56條。',
  '二、主動公開政府信息情況',
  '第二十條第（一）項',
  '信息內容\t本年製發件數\t本年廢止件數\t現行有效件數',
  '規章\t0\t0\t0',
  '行政規範性文件\t1\t0\t3',
  '第二十條第（五）項',
  '信息內容\t本年處理決定數量',
  '行政許可\t12',
  '第二十條第（六）項',
  '信息內容\t本年處理決定數量',
  '行政處罰\t5',
  '行政強制\t0',
  '第二十條第（八）項',
  '信息內容\t本年收費金額（單位：萬元）',
  '行政事業性收費\t0',
].join('\n');

describe('simplifiedText', () => {
  it('changes a text in traditional characters, one character for one', () => {
    const s = simplifiedText(page);
    expect(s.changed).toBeGreaterThan(20);
    expect(s.text.length).toBe(page.length);
    expect(s.text).toContain('二、主动公开政府信息情况');
    expect(s.text).toContain('行政规范性文件\t1\t0\t3');
  });

  it('leaves none of the common characters of report prose traditional', () => {
    // A converted page whose narratives kept 「時」「來」「眾」… read half simplified, half traditional.
    const prose =
      '2022年，本鎮按時辦結群眾來信來訪，及時回應關切；礦產、漁業、種養殖等領域信息均已公開，' +
      '則由專人負責審核，確保內容準確潔淨。兩個園區的獎補資金、災後重建進度也同步發布。';
    const s = simplifiedText(prose);
    expect(s.text).toBe(
      '2022年，本镇按时办结群众来信来访，及时回应关切；矿产、渔业、种养殖等领域信息均已公开，' +
        '则由专人负责审核，确保内容准确洁净。两个园区的奖补资金、灾后重建进度也同步发布。',
    );
    expect(s.text.length).toBe(prose.length);
  });

  it('leaves a simplified text with a few traditional characters as it is', () => {
    const text = '2023年，某某县市场监督管理局在「臺灣」「香港」等地的經銷商信息已公开。';
    expect(simplifiedText(text)).toEqual({ text, changed: 0 });
    // more than a few, among many more simplified ones: a quoted name, not a converted page
    const quoted = `${'本机关依法公开政府信息，办理申请，报送数据。'.repeat(4)}《東華書局與聯合報業務關係說明書》`;
    expect(simplifiedText(quoted)).toEqual({ text: quoted, changed: 0 });
  });
});

describe('importPublishedText: a page in traditional characters', () => {
  it('reads its headings, table and meta, and says it converted the text', () => {
    const { draft, summary } = importPublishedText(page);
    expect(draft.meta.agencyName).toBe('青石乡人民政府');
    expect(draft.meta.year).toBe(2023);
    expect(draft.meta.contactPhone).toBe('0731-1234567');
    expect(draft.proactive.normativeDocuments).toEqual({ issued: '1', repealed: '0', inForce: '3' });
    expect(draft.proactive.licensing.decisions).toBe('12');
    expect(draft.proactive.punishment.decisions).toBe('5');
    expect(summary.partsFound).toEqual(['overview', 'proactive']);
    const changed = simplifiedText(page).changed;
    expect(summary.warnings).toContain(traditionalNote(changed));
  });
});
