import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellId, INPUT_CELLS } from '../report/cell-address';
import { draftToReport, reportToDraft, writeDraftCell } from '../report/draft-convert';
import { canonicalJson } from './canonical-json';
import { reportDigest, sha256Hex } from './digest';

describe('sha256Hex', () => {
  // FIPS 180-2 test vectors
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j', async (text, hex) => expect(await sha256Hex(text)).toBe(hex));

  it('hashes the UTF-8 bytes of non-ASCII text', async () => {
    expect(await sha256Hex('年报')).not.toBe(await sha256Hex('年報'));
    expect(await sha256Hex('年报')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reportDigest of the fixture', () => {
  it('is stable: same report, same digest, whatever the key order', async () => {
    const a = qufuReport();
    const reversed = JSON.parse(JSON.stringify(a), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(Object.keys(reversed)[0]).toBe('explanations');
    expect(await reportDigest(a)).toBe(await reportDigest(qufuReport()));
    expect(await reportDigest(reversed)).toBe(await reportDigest(a));
  });

  it.each(INPUT_CELLS.map((c) => [cellId(c), c] as const))('changes when %s changes', async (_id, cell) => {
    const base = qufuReport();
    const draft = reportToDraft(base);
    const changed = draftToReport(writeDraftCell(draft, cell, '987'));
    expect(await reportDigest(changed)).not.toBe(await reportDigest(base));
  });

  it('changes when a narrative changes by one character', async () => {
    const base = qufuReport();
    const changed = { ...base, otherMatters: { ...base.otherMatters, statisticsNotes: '无' } };
    expect(await reportDigest(changed)).not.toBe(await reportDigest(base));
  });
});

describe('docs/FORMAT.md', () => {
  const doc = readFileSync(new URL('../../../docs/FORMAT.md', import.meta.url), 'utf8');

  it('shows the canonical JSON and digest the code computes for its example', async () => {
    const text = canonicalJson({ b: [1, 2.5], a: '年', c: { '😀': null, ｚ: true } });
    expect(doc).toContain(`\`${text}\``);
    expect(doc).toContain(`\`${await sha256Hex(text)}\``);
  });

  it("shows the sample report's current digest", async () => {
    expect(doc).toContain(`"value": "${await reportDigest(qufuReport())}"`);
  });
});
