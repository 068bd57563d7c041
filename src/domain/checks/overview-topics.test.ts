import { describe, expect, it } from 'vitest';
import { OVERVIEW_TOPICS } from './overview-topics';

/** The pattern part 一's proactive subject was written as (read clause by clause now). */
const AS_PATTERN =
  /主动公开|解读|编发|(?<!申请[^。；]*|政务)(?:公[开布示]|发布|上网)(?![^。；]*申请|工作|条例)/u;

describe('OVERVIEW_TOPICS.proactive', () => {
  it.each([
    ['发布各类政务信息1235条', true],
    ['公示行政许可决定', true],
    ['政策文件及时上网', true],
    ['全过程公开', true],
    ['依申请公开件23件，上级信息公开协助调查件8件', false],
    ['深化政务公开', false],
    ['加强公开工作', false],
    ['学习政府信息公开条例', false],
    ['收到公开申请3件。公开文件12件', true],
    ['收到公开申请3件；公开申请办结', false],
    ['政策解读5篇', true],
  ])('%s: %s', (text, expected) => {
    expect(OVERVIEW_TOPICS.proactive.test(text)).toBe(expected);
    expect(AS_PATTERN.test(text)).toBe(expected);
  });

  it('says what the pattern says on any text of its words (20 000 random texts)', () => {
    // words and their pieces, so that most texts hold a word of making public near 申请/政务/工作/条例
    const alphabet = [
      '公开',
      '公示',
      '发布',
      '上网',
      '申请',
      '政务',
      '工作',
      '条例',
      '主动',
      '解读',
      '。',
      '；',
      '，',
      'x',
      '公',
      '开',
      '申',
      '请',
      '务',
      '工',
    ];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let yes = 0;
    let no = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = AS_PATTERN.test(text);
      expect(OVERVIEW_TOPICS.proactive.test(text), text).toBe(expected);
      if (expected) yes++;
      else no++;
    }
    // both answers are well represented
    expect(Math.min(yes, no)).toBeGreaterThan(5000);
  });
});
