// The prose of parts 三 and 四 before their tables is compared with the tables (nianbao issue 18): a
// sentence that no narrative field holds still states a count a reviewer reads against the table.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { auditTexts } from './audit-reports';

const HEADING = '三、收到和处理政府信息公开申请情况';
const APPEALS_HEADING = '四、政府信息公开行政复议、行政诉讼情况';
const withSentence = (sentence: string, heading = HEADING) =>
  qufuText.replace(`${heading}\n`, `${heading}\n${sentence}\n`);
const ids = (text: string) => auditTexts([text], new Date(2026, 0, 15))[0]!.findings.map((f) => f.id);

describe('part 三 prose before its table', () => {
  it('the fixture has the heading on a line of its own', () => {
    expect(qufuText).toContain(`${HEADING}\n`);
  });
  it('a received count the table does not have is a text-vs-table warning', () => {
    expect(ids(withSentence('2021年，共收到政府信息公开申请5条。'))).toContain(
      'narrative-number:applications.intro:received',
    );
  });
  it("the table's own count, in 件 or 条, raises nothing", () => {
    for (const s of ['2021年，共收到政府信息公开申请23件。', '2021年，共收到政府信息公开申请23条。'])
      expect(ids(withSentence(s)).filter((id) => id.includes('applications.intro'))).toEqual([]);
  });
  it('counts of other things before the table are not applications', () => {
    const found = ids(withSentence('2021年，共收到群众来信5件，公开政府信息300条。'));
    expect(found.filter((id) => id.includes('applications.intro'))).toEqual([]);
  });
  it('any count the table has is compared: 办结, 予以公开 … (fixture: （七）总计 23, 予以公开 0)', () => {
    const found = ids(withSentence('全年办结25件，其中予以公开2件。')).filter((id) =>
      id.includes('applications.intro'),
    );
    expect(found).toEqual([
      'narrative-number:applications.intro:handled',
      'narrative-number:applications.intro:granted',
    ]);
    expect(
      ids(withSentence('全年办结23件，其中予以公开0件。')).filter((id) => id.includes('.intro')),
    ).toEqual([]);
  });
});

describe('part 四 prose before its table (fixture: no 行政复议, no 行政诉讼)', () => {
  it('the fixture has the heading on a line of its own', () => {
    expect(qufuText).toContain(`${APPEALS_HEADING}\n`);
  });
  it('a count of 行政复议 or 行政诉讼 the table does not have is a text-vs-table warning', () => {
    const found = ids(withSentence('本年度发生行政复议2件，被提起行政诉讼1起。', APPEALS_HEADING));
    expect(found.filter((id) => id.includes('appeals.intro'))).toEqual([
      'narrative-number:appeals.intro:reconsideration',
      'narrative-number:appeals.intro:litigation',
    ]);
  });
  it("the table's own counts, and a document number, raise nothing", () => {
    for (const s of [
      '本年度未发生行政复议、行政诉讼。',
      '收到行政复议申请0件，行政诉讼0起。',
      '复议决定书文号〔2023〕15号。',
    ])
      expect(ids(withSentence(s, APPEALS_HEADING)).filter((id) => id.includes('.intro'))).toEqual([]);
  });
});
