// Issue 16, item 8: the reviewing browser's key pair is created once and kept; the unit's browser
// pins the first reviewer key it meets and asks before trusting another.
import { describe, expect, it } from 'vitest';
import { checkApproval } from '../domain/interchange/approval';
import { draftOf, freshRepo } from './test-helpers';

const statement = { approver: '张三', at: '2022-01-25T02:00:00.000Z', reportDigest: 'a'.repeat(64) };

describe('signing key', () => {
  it('is created once, kept across repositories of the same database, and signs verifiable approvals', async () => {
    const { db, repo } = freshRepo();
    expect(await repo.signingKeyInfo()).toBeNull();
    const [a, b] = await Promise.all([repo.ensureSigningKey(), repo.ensureSigningKey()]);
    expect(a).toEqual(b);
    expect(a.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);

    const approval = await repo.signApproval(statement);
    expect(approval.publicKey).toBe(a.publicKey);
    // another page of the same browser opens the same database: the same key
    db.close();
    await db.open();
    expect((await repo.signingKeyInfo())?.publicKey).toBe(a.publicKey);
    const review = {
      status: 'approved' as const,
      comments: [],
      history: [
        {
          action: 'approve' as const,
          actor: '张三',
          at: statement.at,
          from: 'submitted' as const,
          to: 'approved' as const,
          note: '',
          revision: 1,
        },
      ],
      approval,
    };
    expect((await checkApproval(review, statement.reportDigest)).kind).toBe('verified');
  });

  it('trusts its own key; the first reviewer key is pinned; another is unknown until trusted', async () => {
    const { repo } = freshRepo();
    const reviewer = freshRepo().repo;
    const other = freshRepo().repo;
    const own = await repo.ensureSigningKey();
    const first = (await reviewer.signApproval(statement)).publicKey;
    const second = (await other.signApproval(statement)).publicKey;

    expect(await repo.reviewerTrust(own.publicKey)).toBe('own');
    expect(await repo.reviewerTrust(first)).toBe('first');
    await repo.trustReviewer(first, '张三');
    expect(await repo.reviewerTrust(first)).toBe('trusted');
    expect(await repo.reviewerTrust(second)).toBe('unknown');
    await repo.trustReviewer(second, '李四');
    await repo.trustReviewer(second, '李四');
    expect(await repo.reviewerTrust(second)).toBe('trusted');
    expect((await repo.listTrustedReviewers()).map((t) => t.approver)).toEqual(['张三', '李四']);
    await repo.forgetTrustedReviewer(first);
    expect(await repo.reviewerTrust(first)).toBe('unknown');
    // settings are untouched by the key rows
    expect((await repo.getSettings()).reviewerName).toBe('');
    await repo.create(draftOf('r1'));
  });
});
