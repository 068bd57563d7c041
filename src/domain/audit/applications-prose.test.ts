// Part 三's prose before its table is compared with the table (nianbao issue 18): a sentence that
// no narrative field holds still states a count a reviewer reads against the table.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { auditTexts } from './audit-reports';

const HEADING = '三、收到和处理政府信息公开申请情况';
const withSentence = (sentence: string) => qufuText.replace(`${HEADING}\n`, `${HEADING}\n${sentence}\n`);
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
});
