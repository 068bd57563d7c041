import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { importPublishedText } from '../text-import/import-text';
import { splitPastedTexts } from './split-texts';

const y2020 = qufuText.replaceAll('2021', '2020');
const organ = '曲阜市人民政府办公室';

describe('splitPastedTexts', () => {
  it.each([
    ['===', `${qufuText}\n===\n${y2020}`],
    ['a long line of 「=」 with spaces around', `${qufuText}\n  ==========  \n${y2020}`],
    [
      'full-width 「＝＝＝」 and Windows line ends',
      `${qufuText}\r\n＝＝＝\r\n${y2020}`.replace(/\n/g, '\r\n'),
    ],
    ['no separator: the second title starts the second report', `${qufuText}\n${y2020}`],
    [
      'no separator, after a 落款 with its date',
      `${qufuText}\n${organ}\n2022年1月20日\n${organ}2020年政府信息公开工作年度报告\n${y2020.split('\n').slice(3).join('\n')}`,
    ],
  ])('two reports: %s', (_how, text) => {
    const texts = splitPastedTexts(text);
    expect(texts).toHaveLength(2);
    expect(texts.map((t) => importPublishedText(t).draft.meta.year)).toEqual([2021, 2020]);
    expect(texts.map((t) => importPublishedText(t).draft.meta.agencyName)).toEqual([organ, organ]);
    expect(texts[0]).not.toContain('===');
  });

  it('keeps the 落款 with the report it signs', () => {
    const signed = `${qufuText}\n${organ}\n2022年1月20日`;
    const texts = splitPastedTexts(`${signed}\n${y2020}`);
    expect(texts[0]?.endsWith('2022年1月20日')).toBe(true);
    expect(texts[1]?.startsWith(organ)).toBe(true);
  });

  it('three reports, blank pieces dropped', () => {
    expect(
      splitPastedTexts(`\n===\n${qufuText}\n===\n\n===\n${y2020}\n=====\n${qufuText}\n===\n`),
    ).toHaveLength(3);
  });

  it('one report stays one: a title quoted in its own text does not split it', () => {
    const quoted = qufuText.replace(
      '（七）其他有关文件',
      '现将本机关2021年政府信息公开工作年度报告公布如下。\n（七）其他有关文件',
    );
    expect(splitPastedTexts(quoted)).toEqual([quoted.trim()]);
    expect(splitPastedTexts(qufuText)).toEqual([qufuText.trim()]);
  });

  it('nothing pasted: no report', () => {
    expect(splitPastedTexts('  \n\n ')).toEqual([]);
  });
});
