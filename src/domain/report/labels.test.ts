import { describe, expect, it } from 'vitest';
import { defaultPreamble, defaultTitle, PART_TITLES, REPORT_TITLE } from './labels';

describe('defaultTitle', () => {
  it('names the organ and the year', () => {
    expect(defaultTitle('某某县交通运输局', 2023)).toBe(`某某县交通运输局2023年${REPORT_TITLE}`);
  });
  it('without a year has no stray 「年」', () => {
    expect(defaultTitle('某某县交通运输局', null)).toBe(`某某县交通运输局${REPORT_TITLE}`);
    expect(defaultTitle('某某县交通运输局', undefined)).not.toContain('局年');
  });
});

describe('defaultPreamble', () => {
  const meta = {
    agencyName: '某某县交通运输局',
    year: 2023,
    website: 'www.example.gov.cn',
    contactAddress: '某某县人民路8号',
    contactPhone: '0537-1234567',
  };
  it('holds the organ, the statistics period, the six parts, the web address and the contact', () => {
    const text = defaultPreamble(meta);
    expect(text).toContain('由某某县交通运输局编制');
    expect(text).toContain('自2023年1月1日起至2023年12月31日止');
    for (const title of Object.values(PART_TITLES)) expect(text).toContain(title.slice(2));
    expect(text).toContain('www.example.gov.cn');
    expect(text).toContain('（地址：某某县人民路8号；电话：0537-1234567）');
  });
  it('leaves out a sentence whose field is empty, never writing a blank', () => {
    const text = defaultPreamble({ ...meta, year: null, website: ' ', contactAddress: '', contactPhone: '' });
    expect(text).not.toMatch(/统计期限|电子版|联系|地址：|电话：/);
    expect(defaultPreamble({ ...meta, contactAddress: '' })).toContain('（电话：0537-1234567）');
  });
});
