import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../report/keys';
import { importedOrigin, isContentLocked, originOf, reviewActions } from './roles';
import { canTransition } from './workflow';

const FILL = { fill: true, review: false };
const REVIEW = { fill: false, review: true };
const BOTH = { fill: true, review: true };

describe('who does what', () => {
  it('a clerk never 退回 or 审定 the own report; a reviewer only acts on received ones', () => {
    for (const status of REVIEW_STATUSES) {
      expect(reviewActions('own', status)).not.toContain('return');
      expect(reviewActions('own', status)).not.toContain('approve');
      expect(reviewActions('received', status)).not.toContain('submit');
      expect(reviewActions('received', status)).not.toContain('withdraw');
    }
    expect(reviewActions('own', 'draft')).toEqual(['submit']);
    expect(reviewActions('own', 'returned')).toEqual(['submit']);
    expect(reviewActions('own', 'submitted')).toEqual(['withdraw']);
    expect(reviewActions('own', 'approved')).toEqual([]);
    expect(reviewActions('received', 'submitted')).toEqual(['return', 'approve']);
    expect(reviewActions('received', 'approved')).toEqual(['unapprove']);
  });

  it('offers only steps the workflow allows from that status', () => {
    for (const origin of ['own', 'received'] as const)
      for (const status of REVIEW_STATUSES)
        for (const action of reviewActions(origin, status)) expect(canTransition(status, action)).toBe(true);
  });

  it('content is read-only once handed over, once approved, and always on the reviewer’s side', () => {
    expect(REVIEW_STATUSES.filter((s) => !isContentLocked('own', s))).toEqual(['draft', 'returned']);
    expect(REVIEW_STATUSES.filter((s) => !isContentLocked('received', s))).toEqual([]);
  });

  it('a report stored before origins were recorded: received only on a browser used just for 审核', () => {
    expect(originOf(undefined, FILL)).toBe('own');
    expect(originOf(undefined, BOTH)).toBe('own');
    expect(originOf(undefined, REVIEW)).toBe('received');
    expect(originOf('own', REVIEW)).toBe('own');
    expect(originOf('received', FILL)).toBe('received');
  });

  it('a new report from a file: as the browser’s use says; used for both, a 待审核 file is received', () => {
    for (const status of REVIEW_STATUSES) {
      expect(importedOrigin(status, FILL)).toBe('own');
      expect(importedOrigin(status, REVIEW)).toBe('received');
      expect(importedOrigin(status, BOTH)).toBe(status === 'submitted' ? 'received' : 'own');
    }
  });
});
