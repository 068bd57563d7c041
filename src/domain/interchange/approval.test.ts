import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../crypto/base64url';
import { generateP256KeyPair, type P256KeyPair } from '../crypto/ecdsa-p256';
import { qufuReport } from '../fixtures/qufu-2021';
import type { Review } from '../report/review-schema';
import { transition } from '../review/workflow';
import { asUnverified, checkApproval, keyFingerprint, signApproval } from './approval';
import { reportDigest } from './digest';

const AT = new Date('2022-01-25T02:00:00.000Z');
const subtle = globalThis.crypto.subtle;

/** A 已审定 review as the reviewing browser writes it: the 审定 entry and its signature. */
async function approvedReview(key: P256KeyPair, digest: string, useSubtle = true): Promise<Review> {
  const submitted = transition(
    { status: 'draft', comments: [], history: [] },
    { action: 'submit', actor: '办公室', at: AT, note: '', revision: 3 },
  );
  if (!submitted.ok) throw new Error(submitted.error);
  const approved = transition(submitted.review, {
    action: 'approve',
    actor: '市政务公开办 张三',
    at: AT,
    note: '',
    revision: 4,
  });
  if (!approved.ok) throw new Error(approved.error);
  const approval = await signApproval(
    { approver: '市政务公开办 张三', at: AT.toISOString(), reportDigest: digest },
    key,
    useSubtle ? subtle : null,
  );
  return { ...approved.review, approval };
}

describe('signed approval', () => {
  it('verifies an approval signed with WebCrypto, and names the key by a short fingerprint', async () => {
    const key = await generateP256KeyPair(subtle);
    const digest = await reportDigest(qufuReport());
    const check = await checkApproval(await approvedReview(key, digest), digest, subtle);
    expect(check).toMatchObject({ kind: 'verified', fingerprint: keyFingerprint(key.publicKey) });
    expect(keyFingerprint(key.publicKey)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  it('the pure-JS path (plain HTTP) and WebCrypto read each other’s signatures', async () => {
    const digest = await reportDigest(qufuReport());
    const jsKey = await generateP256KeyPair(null);
    expect(jsKey.privateKey.kind).toBe('js');
    const webKey = await generateP256KeyPair(subtle);
    // WebCrypto does not normalise s: several signatures make a high s all but certain
    for (let i = 0; i < 8; i++) {
      const byWeb = await approvedReview(webKey, digest, true);
      expect((await checkApproval(byWeb, digest, null)).kind).toBe('verified');
    }
    const byJs = await approvedReview(jsKey, digest, false);
    expect((await checkApproval(byJs, digest, subtle)).kind).toBe('verified');
    expect((await checkApproval(byJs, digest, null)).kind).toBe('verified');
  });

  it('a status edited to approved with a forged 审定 entry and no signature is not believed', async () => {
    const review: Review = {
      status: 'approved',
      comments: [],
      history: [
        {
          action: 'approve',
          actor: '市政务公开办',
          at: AT.toISOString(),
          from: 'submitted',
          to: 'approved',
          note: '',
          revision: 2,
        },
      ],
    };
    const check = await checkApproval(review, await reportDigest(qufuReport()), subtle);
    expect(check).toEqual({ kind: 'unverified', reason: '文件中没有审定签名' });
  });

  it('refuses a signature for other content, another approver, another time, or another key', async () => {
    const key = await generateP256KeyPair(subtle);
    const digest = await reportDigest(qufuReport());
    const good = await approvedReview(key, digest);
    const other = await reportDigest({ ...qufuReport(), meta: { ...qufuReport().meta, website: 'x' } });
    expect(await checkApproval(good, other, subtle)).toMatchObject({
      kind: 'unverified',
      reason: expect.stringContaining('报告在审定后被修改过'),
    });

    // approver renamed in both places: consistent, but not what was signed
    const renamed: Review = {
      ...good,
      history: good.history.map((h) => (h.action === 'approve' ? { ...h, actor: '别人' } : h)),
      approval: { ...good.approval!, approver: '别人' },
    };
    expect(await checkApproval(renamed, digest, subtle)).toMatchObject({
      kind: 'unverified',
      reason: expect.stringContaining('审定签名无效'),
    });

    const moved: Review = { ...good, approval: { ...good.approval!, at: '2022-01-26T02:00:00.000Z' } };
    expect((await checkApproval(moved, digest, subtle)).kind).toBe('unverified');

    const stranger = await generateP256KeyPair(subtle);
    const swapped: Review = {
      ...good,
      approval: { ...good.approval!, publicKey: toBase64url(stranger.publicKey) },
    };
    expect((await checkApproval(swapped, digest, subtle)).kind).toBe('unverified');
  });

  it('never throws on garbage keys or signatures', async () => {
    const key = await generateP256KeyPair(subtle);
    const digest = await reportDigest(qufuReport());
    const good = await approvedReview(key, digest);
    const garbage = 'A'.repeat(87);
    for (const useSubtle of [subtle, null]) {
      for (const approval of [
        { ...good.approval!, publicKey: garbage },
        { ...good.approval!, signature: 'A'.repeat(86) },
      ]) {
        expect((await checkApproval({ ...good, approval }, digest, useSubtle)).kind).toBe('unverified');
      }
    }
  });

  it('base64url round-trips and has one spelling per value', () => {
    for (const n of [0, 1, 2, 3, 64, 65]) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64url('AB')).toBeNull(); // leftover bits set: another spelling of [0]
    expect(fromBase64url('A+==')).toBeNull();
  });

  it('asUnverified: 待审核, no approval, a history entry with the reason', () => {
    const review: Review = {
      status: 'approved',
      comments: [],
      history: [],
      approval: undefined,
    };
    const out = asUnverified(review, '文件中没有审定签名', AT);
    expect(out.status).toBe('submitted');
    expect('approval' in out).toBe(false);
    expect(out.history[0]).toMatchObject({
      action: 'import',
      from: 'approved',
      to: 'submitted',
      note: expect.stringContaining('文件中没有审定签名'),
    });
  });
});
