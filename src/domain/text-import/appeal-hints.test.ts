import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { appealHints } from './appeal-hints';
import { importPublishedText } from './import-text';

describe('appealHints: what the narrative states about the organ’s 行政复议 results', () => {
  it('reads 维持, 纠正 and 尚未审结 of a sentence about 信息公开 复议, with the sentence', () => {
    const text = '本年度因政府信息公开被申请行政复议38件，其中维持27件、纠正3件，尚未审结6件。';
    expect(appealHints([text])).toEqual({
      upheld: { value: 27, sentence: text.slice(0, -1) },
      corrected: { value: 3, sentence: text.slice(0, -1) },
      pending: { value: 6, sentence: text.slice(0, -1) },
    });
  });

  it.each([
    [
      '行政诉讼 in the sentence (its counts split over two groups)',
      '因政府信息公开引起行政复议和行政诉讼各3件，维持2件。',
    ],
    ['no 信息公开 (the organ’s 复议 work in general)', '全年办理行政复议案件120件，其中维持80件。'],
    ['a whole jurisdiction', '全市因政府信息公开被申请行政复议12件，维持9件。'],
    ['an approximate count', '因政府信息公开被申请行政复议30余件，维持20余件。'],
    ['no 复议', '政府信息公开工作维持2件。'],
  ])('states nothing: %s', (_why, text) => {
    expect(appealHints([text])).toEqual({});
  });

  it('drops a count stated twice differently', () => {
    expect(appealHints(['因政府信息公开被申请行政复议3件，维持2件。', '信息公开行政复议维持1件。'])).toEqual(
      {},
    );
  });
});

describe('a part 四 row run together, narrowed by the narrative', () => {
  /** The fixture with part 四 printed as one run of digits, and a sentence put before 「本年度共印发」. */
  function text(sentence: string): string {
    const lines = qufuText.replace(/\r\n?/gu, '\n').split('\n');
    const from = lines.findIndex((l) => l.trim().startsWith('四、政府信息公开行政复议'));
    const to = lines.findIndex((l) => l.trim().startsWith('五、存在的主要问题'));
    const part4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼',
      '未经复议直接起诉 复议后起诉',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      // 行政复议 27 3 2 6 | 38, 直接起诉 11 1 4 9 | 25, 复议后起诉 5 0 1 2 | 8
      '2732638111492550128',
    ];
    return [...lines.slice(0, from), ...part4, ...lines.slice(to)]
      .join('\n')
      .replace('本年度共印发', `${sentence}本年度共印发`);
  }

  it('the totals alone leave 行政复议 as 27|3|2|6 or 2|7|3|26: unread, offered to the user', () => {
    const r = importPublishedText(text(''));
    expect(r.draft.appeals.reconsideration.upheld).toBe('');
    expect(r.draft.appeals.litigationAfterReconsideration).toMatchObject({ upheld: '5', pending: '2' });
    expect(r.summary.splitChoices[0]?.rows.map((x) => x.row)).toEqual([
      'reconsideration',
      'litigationDirect',
    ]);
  });

  it('「维持27件」 of the organ’s 信息公开 复议 settles 行政复议, quoted in the notes; 直接起诉 stays a choice', () => {
    const sentence = '本年度因政府信息公开被申请行政复议38件，其中维持27件';
    const r = importPublishedText(text(`${sentence}。`));
    expect(r.draft.appeals.reconsideration).toEqual({
      upheld: '27',
      corrected: '3',
      other: '2',
      pending: '6',
    });
    expect(r.summary.splitNotes.join()).toContain(
      `第四部分按正文所述「行政复议」「结果维持」27件筛选（正文：“${sentence}”）`,
    );
    expect(r.summary.splitChoices[0]?.rows.map((x) => x.row)).toEqual(['litigationDirect']);
    expect(r.draft.appeals.litigationDirect.upheld).toBe('');
  });

  it('a stated count no cut has is not applied, and the note says so', () => {
    const r = importPublishedText(text('本年度因政府信息公开被申请行政复议38件，其中维持30件。'));
    expect(r.draft.appeals.reconsideration.upheld).toBe('');
    expect(r.summary.splitNotes.join()).toMatch(
      /「结果维持」30件与第四部分数字的任何拆法都不符，未用于筛选/u,
    );
  });
});
