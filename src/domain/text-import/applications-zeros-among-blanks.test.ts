// Part 三 as a web crawler saved a table whose rows print one number among empty or spanned cells
// (「一、本年新收… |」「|」「0 |」「|||||||」, a 2019 乡's page; this text is written for the test).
import { describe, expect, it } from 'vitest';
import { APPLICANT_INPUT_COLUMNS } from '../report/keys';
import { APPLICATION_ROW_LABELS as R } from '../report/labels';
import { importPublishedText } from './import-text';
import { zerosAmongBlanks } from './read-applications';
import { PIPED_PART3_HEAD } from './test-crawled-page';

const row = (label: string, value: string) => [`${label} |`, '|', `${value} |`, '|||||||'];
const PART3 = [
  '一、总体情况',
  '本年度未收到政府信息公开申请。',
  ...PIPED_PART3_HEAD,
  ...row(R.newReceived, '0'),
  ...row(R.carriedOver, '3'),
  '三、本年度办理结果 |',
  ...row('(一)予以公开', '0'),
  ...row('(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '0'),
  '四、政府信息公开行政复议、行政诉讼情况',
];

describe('part 三 rows of one printed 0 among empty cells (crawler pipes)', () => {
  const r = importPublishedText(PART3.join('\n'));
  const a = r.draft.applications;
  it('a row whose only printed number is 0 is zeros in every column (blank is 0)', () => {
    for (const c of APPLICANT_INPUT_COLUMNS) {
      expect(a.newReceived[c], `newReceived.${c}`).toBe('0');
      expect(a.granted[c], `granted.${c}`).toBe('0');
    }
  });
  it('「…不计其他情形）」 is 部分公开’s label whole: its 「其他」 is no 「3.其他」 row (locate-labels)', () => {
    for (const c of APPLICANT_INPUT_COLUMNS) {
      expect(a.partiallyGranted[c], `partiallyGranted.${c}`).toBe('0');
      expect(a.otherOther[c], `otherOther.${c}`).toBe('');
    }
  });
  it('a row printing another number among the blanks stays unread: its column is not known', () => {
    expect(APPLICANT_INPUT_COLUMNS.every((c) => a.carriedOver[c] === '')).toBe(true);
    expect(r.summary.unread.some((u) => u.cell.startsWith('applications.carriedOver.'))).toBe(true);
  });
  it('a row where the text ends (a page cut off) may go on: it stays unread', () => {
    const cut = importPublishedText(PART3.slice(0, -1).join('\n'));
    expect(cut.draft.applications.granted.natural).toBe('0');
    expect(APPLICANT_INPUT_COLUMNS.every((c) => cut.draft.applications.partiallyGranted[c] === '')).toBe(
      true,
    );
    const tail = PART3.slice(0, -5).concat(
      '(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0',
    );
    expect(importPublishedText(tail.join('\n')).draft.applications.partiallyGranted.legal).toBe('');
  });
  it('only delimited cells: zeros spaced by spaces may have left a number elsewhere', () => {
    const blank = { kind: 'blank', line: 1 } as const;
    const zero = { kind: 'value', text: '0', line: 1 } as const;
    expect(zerosAmongBlanks([blank, zero], 7)).toBe(true);
    expect(
      zerosAmongBlanks(
        [
          { ...zero, whole: true },
          { ...zero, whole: true },
        ],
        7,
      ),
    ).toBe(true);
    expect(zerosAmongBlanks([zero, zero], 7)).toBe(false);
    expect(zerosAmongBlanks([blank, { kind: 'value', text: '2', line: 1 }], 7)).toBe(false);
    expect(zerosAmongBlanks([blank, blank], 7)).toBe(false);
  });
});

describe('「其他」 inside the wrapped end of 部分公开’s label (「，不计其他情形）」) is no 「3.其他」 row', () => {
  // A narrow PDF page's text (pdftotext): the group label 「本年度办理结果」 a letter-pair a line beside the
  // rows, a page number between 「（一）予以公开」 and its numbers, which land on 部分公开's first line.
  const text = [
    '一、总体情况',
    '全年收到申请3件。',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为： 申请人情况',
    '第一项加第二项之和，等于 法人或其他组织',
    '第三项加第四项之和） 自然人 商业企 科研机 社会公 法律服 其他 总计',
    '业 构 益组织 务机构',
    '一、本年新收政府信息公开 3 0 0 0 0 0 3',
    '申请数量',
    '二、上年结转政府信息公开 0 0 0 0 0 0 0',
    '申请数量',
    '三、 （一）予以公开',
    '- 2 -',
    '本年 （二）部分公开（区分 2 1 0 0 0 0 3',
    '度办 处理的，只计这一情形 0 0 0 0 0 0 0',
    '理结 ，不计其他情形）',
    '果',
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
  it('the numbers are not placed under 「3.其他」 (they were, and 予以公开’s under 部分公开)', () => {
    const a = importPublishedText(text).draft.applications;
    expect(APPLICANT_INPUT_COLUMNS.every((c) => a.otherOther[c] === '')).toBe(true);
    expect(a.granted).toMatchObject({ natural: '2', business: '1', otherOrg: '0' });
    expect(a.partiallyGranted).toMatchObject({ natural: '0', business: '0', otherOrg: '0' });
  });
});
