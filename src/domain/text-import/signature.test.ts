import { describe, expect, it } from 'vitest';
import { splitSignature } from './signature';

describe('splitSignature: a contact note after the 落款 date', () => {
  const tail = '六、其他需要报告的事项本年度没有产生信息公开处理费。 某市住房和城乡建设局 2023年2月3日';

  it('takes the date when 「（联系人：…，联系方式：…）」 follows it on the same line', () => {
    const r = splitSignature([`${tail} （联系人：王明，联系方式：0571-87654321）`], '某市住房和城乡建设局');
    expect(r.publishDate).toBe('2023-02-03');
    expect(r.lines.join('')).not.toMatch(/联系人/u);
  });

  it('keeps a parenthesis that is no contact note as text (no date is taken from it)', () => {
    const r = splitSignature([`${tail} （详见附件）`], '某市住房和城乡建设局');
    expect(r.publishDate).toBe('');
  });
});

describe('splitSignature: the 落款 glued to part 六’s last word, no 「。」 before it', () => {
  it.each([
    ['a space between', '六、其他需要报告的事项无 某县水利局2023年1月9日'],
    ['nothing between', '六、其他需要报告的事项无某县水利局 2023年1月9日'],
  ])('%s: the report’s own organ before the closing date is the 落款', (_name, line) => {
    const r = splitSignature([line], '某县水利局');
    expect(r.publishDate).toBe('2023-01-09');
    expect(r.lines.join('\n').trim()).toBe('六、其他需要报告的事项无');
  });

  it('another organ named before a date is no 落款 (the line is left as it is)', () => {
    const line = '六、其他需要报告的事项本年度配合某市档案馆2023年1月9日';
    expect(splitSignature([line], '某县水利局').publishDate).toBe('');
  });
});

describe('splitSignature: a part heading is never the signing organ', () => {
  it('「…。六、其他需要报告的事项无 某局2023年1月9日」 on one line signs with the organ, not the heading', () => {
    const r = splitSignature(
      ['不断扩大覆盖面。六、其他需要报告的事项无 某县水利局2023年1月9日'],
      '某县水利局',
    );
    expect(r.publishDate).toBe('2023-01-09');
    expect(r.organ).toBe('某县水利局');
  });
});
