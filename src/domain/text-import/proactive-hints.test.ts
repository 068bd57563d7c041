import { describe, expect, it } from 'vitest';
import { decisionHints, documentHints } from './proactive-hints';

describe('documentHints: what the narrative states about 规章 and 规范性文件', () => {
  it.each([
    [
      '本年度制发行政规范性文件3件、废止1件，现行有效规范性文件12件。',
      { normativeDocuments: { issued: 3, repealed: 1, inForce: 12 } },
    ],
    ['本机关制发规章二件。', { regulations: { issued: 2 } }],
    ['印发规范性文件5件，废止规章1件。', { normativeDocuments: { issued: 5 }, regulations: { repealed: 1 } }],
    ['现行有效规章0件。', { regulations: { inForce: 0 } }],
  ])('%s', (text, hints) => {
    expect(documentHints([text])).toMatchObject(hints);
  });

  // Items of one list after a clause that names the kind: they count that kind.
  it.each([
    [
      '本年度制发行政规范性文件3件，废止2件，现行有效19件。',
      { normativeDocuments: { issued: 3, repealed: 2, inForce: 19 } },
    ],
    [
      '主动公开市政府规章13件（含新制定5件，修改4件，废止4件）。',
      { regulations: { issued: 5, repealed: 4 } },
    ],
    ['经清理，继续有效的行政规范性文件270件，废止28件，失效2件。', { normativeDocuments: { repealed: 28 } }],
    ['印发规范性文件二件，其中现行有效的十件。', { normativeDocuments: { issued: 2, inForce: 10 } }],
  ])('%s', (text, hints) => {
    expect(documentHints([text])).toMatchObject(hints);
    expect(Object.keys(documentHints([text]))).toEqual(Object.keys(hints));
  });

  it.each([
    ['the kind is not carried past the end of a sentence', '制发规范性文件3件。废止2件。', { issued: 3 }],
    [
      'a clause that is not an item breaks the list',
      '制发规范性文件3件，开展清理工作，废止2件。',
      { issued: 3 },
    ],
    ['an item that names what it counts', '制发规范性文件3件，宣布失效和废止文件共计58件。', { issued: 3 }],
    ['a planned repeal', '制发规范性文件3件，拟废止2件。', { issued: 3 }],
  ])('no item: %s', (_why, text, stated) => {
    const hints = documentHints([text]);
    expect(Object.keys(hints)).toEqual(['normativeDocuments']);
    expect(hints.normativeDocuments).toEqual({ ...stated, statedIn: { issued: expect.any(String) } });
  });

  it('names no kind for the items of a jurisdiction’s list', () => {
    expect(documentHints(['全市制发规范性文件30件，废止5件，现行有效120件。'])).toEqual({});
  });

  it('keeps the sentence each count was stated in', () => {
    const text = '一是做好清理。本年度制发行政规范性文件3件，废止2件；现行有效规范性文件19件。';
    expect(documentHints([text]).normativeDocuments?.statedIn).toEqual({
      issued: '本年度制发行政规范性文件3件，废止2件',
      repealed: '本年度制发行政规范性文件3件，废止2件',
      inForce: '现行有效规范性文件19件',
    });
  });

  it.each([
    ['a whole jurisdiction (the city, not the organ)', '重新整理全市现行有效的规范性文件19件。'],
    ['both kinds in one clause', '制发规章和规范性文件3件。'],
    ['neither kind', '本年度共印发“曲政发”文件8件。'],
    ['an approximate count', '制发规范性文件20余件。'],
    ['a count far from its keyword', `制发${'相关的'.repeat(12)}规范性文件3件。`],
  ])('states nothing: %s', (_why, text) => {
    expect(documentHints([text])).toEqual({});
  });

  it('drops a count stated twice differently, keeps one stated twice alike', () => {
    expect(
      documentHints(['制发规范性文件3件。', '制发规范性文件4件。现行有效规范性文件9件。']),
    ).toMatchObject({
      normativeDocuments: { inForce: 9 },
    });
    expect(
      documentHints(['制发规范性文件3件。', '制发规范性文件4件。']).normativeDocuments?.issued,
    ).toBeUndefined();
    expect(documentHints(['制发规范性文件3件。', '今年制发规范性文件3件。'])).toMatchObject({
      normativeDocuments: { issued: 3 },
    });
  });
});

describe('decisionHints: the decisions a 2019 trial row counts, in so many words', () => {
  it('reads 「作出行政处罚决定365起」 and 「行政许可决定书12份」', () => {
    const h = decisionHints(['全年立案查处违法行为并作出行政处罚决定365起。', '共出具行政许可决定书12份。']);
    expect(h.punishment?.value).toBe(365);
    expect(h.licensing?.value).toBe(12);
    expect(h.enforcement).toBeUndefined();
  });

  it('skips a jurisdiction’s count, an approximate one, and two that disagree', () => {
    expect(decisionHints(['全区共作出行政处罚决定365起。']).punishment).toBeUndefined();
    expect(decisionHints(['作出行政处罚决定300余起。']).punishment).toBeUndefined();
    expect(decisionHints(['作出行政处罚决定3起。', '作出行政处罚决定4起。']).punishment).toBeUndefined();
  });
});
