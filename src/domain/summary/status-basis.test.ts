import { describe, expect, it } from 'vitest';
import { statusBasis } from './status-basis';

const counts = (approved: number, submitted: number, returned: number, draft: number) => ({
  approved,
  submitted,
  returned,
  draft,
});

describe('statusBasis', () => {
  it('only 已审定 summed: names what was left out', () => {
    expect(statusBasis(counts(2, 0, 0, 0), counts(2, 1, 0, 3), false)).toBe(
      '已审定2份；未审定的待审核1份、草稿3份未计入',
    );
    expect(statusBasis(counts(2, 0, 0, 0), counts(2, 0, 0, 0), false)).toBe('已审定2份');
  });

  it('the switch on: names the unapproved reports in the sum', () => {
    expect(statusBasis(counts(1, 1, 1, 1), counts(1, 1, 1, 1), true)).toBe(
      '已审定1份，含未审定：待审核1份、已退回1份、草稿1份',
    );
    expect(statusBasis(counts(3, 0, 0, 0), counts(3, 0, 0, 0), true)).toBe('已审定3份');
  });
});
