import { describe, expect, it } from 'vitest';
import { documentHints } from './proactive-hints';

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
    expect(documentHints([text])).toEqual(hints);
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
    expect(documentHints(['制发规范性文件3件。', '制发规范性文件4件。现行有效规范性文件9件。'])).toEqual({
      normativeDocuments: { inForce: 9 },
    });
    expect(documentHints(['制发规范性文件3件。', '今年制发规范性文件3件。'])).toEqual({
      normativeDocuments: { issued: 3 },
    });
  });
});
