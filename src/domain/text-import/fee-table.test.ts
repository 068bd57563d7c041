import { describe, expect, it } from 'vitest';
import { readFeeTable } from './fee-table';

const HEAD = '通知收取件数通知收取金额（元）实际收取金额（元）';

describe('the 「信息处理费收取情况」 table (平潭 2024–2025 reports)', () => {
  it('three glued digits: one a cell, the only cut', () => {
    const t = readFeeTable([`${HEAD}000`]);
    expect(t?.values).toEqual(['0', '0', '0']);
    expect(t?.text).toBe('通知收取件数0件，通知收取金额0元，实际收取金额0元。');
    expect(t?.rest).toEqual([]);
  });
  it('the row label repeated after the header (苏平片区 2024: 「…（元）信息处理费收取情况000」)', () => {
    expect(readFeeTable([`${HEAD}信息处理费收取情况000`])?.values).toEqual(['0', '0', '0']);
  });
  it('spaced numbers, a decimal amount', () => {
    expect(readFeeTable([`${HEAD} 2 150.5 100`])?.values).toEqual(['2', '150.5', '100']);
  });
  it('digits that ran together are kept as printed, never cut by a guess (「18000」: 1/800/0 or 180/0/0)', () => {
    const t = readFeeTable([`${HEAD}信息处理费收取情况18000根据《条例》，我局不向申请人收取费用。`]);
    expect(t?.values).toBeNull();
    expect(t?.printed).toBe('18000');
    expect(t?.text).toContain('「18000」');
    expect(t?.rest).toEqual(['根据《条例》，我局不向申请人收取费用。']);
  });
  it('a run glued to the next sentence’s year gives the year back', () => {
    const t = readFeeTable([`${HEAD}0002025年，本局未收取信息处理费。`]);
    expect(t?.values).toEqual(['0', '0', '0']);
    expect(t?.rest).toEqual(['2025年，本局未收取信息处理费。']);
  });
  it('no table, or a header without numbers: null', () => {
    expect(readFeeTable(['本年度未收取信息处理费。'])).toBeNull();
    expect(readFeeTable([HEAD])).toBeNull();
  });
});

describe('the fee table in full-width digits', () => {
  it('reads as the digits it prints', () => {
    expect(readFeeTable(['通知收取件数通知收取金额（元）实际收取金额（元）０００'])?.values).toEqual([
      '0',
      '0',
      '0',
    ]);
  });
});
