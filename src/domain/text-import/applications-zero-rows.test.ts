// Part 三 of plain pdftotext (-raw) of a page whose 法人或其他组织 columns are blank: each row prints
// two numbers (自然人 and 总计) on its label's line, the blank cells leave no place, and a wrapped
// label puts its row's numbers on the line after it. Which column a number is in is not in the text;
// a row printing only 0 is 0 in every column all the same.
import { describe, expect, it } from 'vitest';
import { APPLICANT_INPUT_COLUMNS, APPLICATION_ROWS, type ApplicationRow } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { importPublishedText } from './import-text';

function part3(printed: Partial<Record<ApplicationRow, string>>, apart: ApplicationRow): string {
  const rows = APPLICATION_ROWS.flatMap((row) => {
    const numbers = printed[row] ?? '0 0';
    const label = APPLICATION_ROW_LABELS[row];
    return row === apart ? [label, numbers] : [`${label} ${numbers}`];
  });
  return [
    '某县发展和改革局2023年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}

const cell = (r: ReturnType<typeof importPublishedText>, row: ApplicationRow, column: string) =>
  (r.draft.applications as Record<string, Record<string, string> | undefined>)[row]?.[column];

describe('part 三 printed with blank columns, columns not placed: rows printed all 0', () => {
  it('reads every row printed 0 as 0 in all columns, the others unread', () => {
    const nonzero = { newReceived: '26 26', granted: '26 26', totalHandled: '26 26' } as const;
    const r = importPublishedText(part3(nonzero, 'partiallyGranted'));
    for (const row of APPLICATION_ROWS)
      for (const column of APPLICANT_INPUT_COLUMNS) {
        if (row === 'totalHandled') continue;
        const want = row in nonzero ? '' : '0';
        expect(cell(r, row, column), `${row}.${column}`).toBe(want);
      }
    expect(r.summary.warnings.join('\n')).toMatch(/只印有0的行各栏都是0/u);
  });

  it('reads rows printed 「０ ０」 in full-width digits (a Word document’s) as 0 too', () => {
    const nonzero = { newReceived: '26 26', granted: '26 26', totalHandled: '26 26' } as const;
    const fullWidth = part3(nonzero, 'partiallyGranted').replace(/[0-9]/gu, (d) =>
      String.fromCharCode(0xff10 + Number(d)),
    );
    const r = importPublishedText(fullWidth);
    for (const row of ['carriedOver', 'partiallyGranted', 'withheldStateSecret', 'carriedForward'] as const)
      for (const column of APPLICANT_INPUT_COLUMNS)
        expect(cell(r, row, column), `${row}.${column}`).toBe('0');
    expect(cell(r, 'newReceived', 'natural')).toBe('');
  });

  it('reads none of them when a number standing off its label’s line is not 0', () => {
    const printed = {
      newReceived: '27 27',
      granted: '26 26',
      partiallyGranted: '1 1',
      totalHandled: '27 27',
    } as const;
    const r = importPublishedText(part3(printed, 'partiallyGranted'));
    expect(cell(r, 'carriedOver', 'natural')).toBe('');
    expect(cell(r, 'withheldStateSecret', 'legal')).toBe('');
  });

  it('reads none of them when the rows’ totals do not add up', () => {
    const printed = { newReceived: '26 26', granted: '20 20', totalHandled: '26 26' } as const;
    const r = importPublishedText(part3(printed, 'partiallyGranted'));
    expect(cell(r, 'carriedOver', 'natural')).toBe('');
  });
});

describe('part 三 printed with blank columns, laid out by spaces, a cell glued to its label (pypdf layout mode)', () => {
  /** Rows with their two numbers far apart, one row's first number glued to its label's last letter. */
  function laidOut(printed: Partial<Record<ApplicationRow, string>>, glued: ApplicationRow): string {
    const rows = APPLICATION_ROWS.map((row) => {
      const [a, b] = (printed[row] ?? '0 0').split(' ');
      const label = APPLICATION_ROW_LABELS[row];
      return row === glued
        ? `${label}${a}                    ${b}`
        : `${label}      ${a}                    ${b}`;
    });
    return [
      '某县发展和改革局2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '                              申请人情况',
      '                       自   然法人或其他组织                   总计',
      '                              商业   科研   社      会法    律其他',
      ...rows,
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
  }

  it('reads every row printed 0 as 0, the others unread (no column is placed)', () => {
    const nonzero = { newReceived: '26 26', granted: '26 26', totalHandled: '26 26' } as const;
    const r = importPublishedText(laidOut(nonzero, 'withheldOtherLaw'));
    for (const row of APPLICATION_ROWS)
      for (const column of APPLICANT_INPUT_COLUMNS) {
        if (row === 'totalHandled') continue;
        const want = row in nonzero ? '' : '0';
        expect(cell(r, row, column), `${row}.${column}`).toBe(want);
      }
    expect(r.summary.warnings.join('\n')).toMatch(/部分数字在文本中没有位置/u);
  });

  it('reads none of them when the rows’ totals do not add up', () => {
    const printed = { newReceived: '26 26', granted: '20 20', totalHandled: '26 26' } as const;
    const r = importPublishedText(laidOut(printed, 'withheldOtherLaw'));
    expect(cell(r, 'carriedOver', 'natural')).toBe('');
    expect(cell(r, 'withheldOtherLaw', 'natural')).toBe('');
  });
});

describe('part 三 on one line printing nothing but zeros, two rows a zero short (a crawler lost their 总计)', () => {
  /** Every row spaced 「0 0 0 0 0 0 0」 on one line, `short` rows with six zeros. */
  function oneLine(short: readonly ApplicationRow[], last = '0'): string {
    const rows = APPLICATION_ROWS.map((row) => {
      const zeros = short.includes(row)
        ? '0 0 0 0 0 0'
        : `0 0 0 0 0 0 ${row === 'totalHandled' ? last : '0'}`;
      return `${APPLICATION_ROW_LABELS[row]} ${zeros}`;
    });
    return [
      '某区文化和旅游局2022年政府信息公开工作年度报告',
      `三、收到和处理政府信息公开申请情况 本年度未收到申请。 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况`,
    ].join('\n');
  }

  it('reads the short rows as 0 in every column', () => {
    const r = importPublishedText(oneLine(['granted', 'partiallyGranted']));
    for (const row of ['granted', 'partiallyGranted'] as const)
      for (const column of APPLICANT_INPUT_COLUMNS)
        expect(cell(r, row, column), `${row}.${column}`).toBe('0');
    expect(r.summary.warnings.join('\n')).toMatch(/全表只印有0/u);
  });

  it('leaves the short rows unread when the table prints a number other than 0 somewhere', () => {
    const r = importPublishedText(oneLine(['granted', 'partiallyGranted'], '1'));
    expect(cell(r, 'granted', 'natural')).toBe('');
  });
});
