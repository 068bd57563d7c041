// Which reviewers' keys this browser believes (pinning, as SSH does with host keys): the first
// reviewer key met in a signed approval is trusted from then on; a different key later is not
// trusted until the clerk says so (ui/import asks, showing both fingerprints). This browser's own
// key is always trusted.
import type { NianbaoDb } from './db';
import type { Clock } from './report-update';
import { signingCode } from './signing-code';
import type { TrustedReviewer } from './stored-report';

/**
 * own: this browser's key; trusted: pinned before; first: no reviewer key is pinned yet (pin it
 * with trustReviewer when the file is imported); unknown: another key is pinned — ask first.
 */
export type ReviewerTrust = 'own' | 'trusted' | 'first' | 'unknown';

export function createTrustedReviewerStore(db: NianbaoDb, clock: Clock) {
  async function list(): Promise<TrustedReviewer[]> {
    const row = await db.settings.get('trustedReviewers');
    return row?.key === 'trustedReviewers' ? row.value : [];
  }
  /** Outside the transaction: loading the fingerprint's code there would end it (an await on anything else). */
  async function entry(publicKey: string, approver: string): Promise<TrustedReviewer> {
    const { keyFingerprint } = await signingCode();
    return { publicKey, fingerprint: keyFingerprint(publicKey), approver, trustedAt: clock().toISOString() };
  }

  return {
    listTrustedReviewers: list,

    /** Whether a verified approval's key is trusted here (reads only: pinning is trustReviewer's). */
    reviewerTrust: (publicKey: string): Promise<ReviewerTrust> =>
      db.transaction('r', db.settings, async () => {
        const own = await db.settings.get('signingKey');
        if (own?.key === 'signingKey' && own.value.publicKey === publicKey) return 'own';
        const trusted = await list();
        if (trusted.some((t) => t.publicKey === publicKey)) return 'trusted';
        return trusted.length > 0 ? 'unknown' : 'first';
      }),

    /** Pins a reviewer key: the first one met, or another the clerk chose to trust. */
    trustReviewer: async (publicKey: string, approver: string): Promise<void> => {
      const pinned = await entry(publicKey, approver);
      await db.transaction('rw', db.settings, async () => {
        const trusted = await list();
        if (trusted.some((t) => t.publicKey === publicKey)) return;
        await db.settings.put({ key: 'trustedReviewers', value: [...trusted, pinned] });
      });
    },

    forgetTrustedReviewer: (publicKey: string): Promise<void> =>
      db.transaction('rw', db.settings, async () => {
        const trusted = await list();
        await db.settings.put({
          key: 'trustedReviewers',
          value: trusted.filter((t) => t.publicKey !== publicKey),
        });
      }),
  };
}
