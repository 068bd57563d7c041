import { describe, expect, it } from 'vitest';
import { explainedCheck, explanationAnchor } from './comments';

describe('a comment on the 说明 of a warning', () => {
  it('is a field anchor that names its check, and only such an anchor does', () => {
    const id = 'narrative-number:problems.improvements:applicationsReceived';
    expect(explainedCheck(explanationAnchor(id))).toBe(id);
    expect(explainedCheck({ kind: 'field', target: 'overview.platforms' })).toBeNull();
    expect(explainedCheck({ kind: 'part', target: 'explanations.fee-unexplained' })).toBeNull();
    expect(explainedCheck({ kind: 'field', target: 'explanations.' })).toBeNull();
  });
});
