import { describe, expect, it } from 'vitest';
import { defaultTitle, REPORT_TITLE } from './labels';

describe('defaultTitle', () => {
  it('names the organ and the year', () => {
    expect(defaultTitle('某某县交通运输局', 2023)).toBe(`某某县交通运输局2023年${REPORT_TITLE}`);
  });
  it('without a year has no stray 「年」', () => {
    expect(defaultTitle('某某县交通运输局', null)).toBe(`某某县交通运输局${REPORT_TITLE}`);
    expect(defaultTitle('某某县交通运输局', undefined)).not.toContain('局年');
  });
});
