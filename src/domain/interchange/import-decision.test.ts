import { describe, expect, it } from 'vitest';
import { decideImport } from './import-decision';

describe('decideImport', () => {
  it.each([
    ['identical content', { localDigest: 'a', lastExchangeDigest: 'x', incomingDigest: 'a' }, 'same'],
    [
      'local unchanged since the last exchange',
      { localDigest: 'a', lastExchangeDigest: 'a', incomingDigest: 'b' },
      'replace',
    ],
    [
      'both changed since they diverged',
      { localDigest: 'c', lastExchangeDigest: 'a', incomingDigest: 'b' },
      'keep-both',
    ],
    [
      'never exchanged and different',
      { localDigest: 'c', lastExchangeDigest: null, incomingDigest: 'b' },
      'keep-both',
    ],
  ] as const)('%s → %s', (_name, input, out) => expect(decideImport(input)).toBe(out));
});

describe('decideImport: a file older than this copy (its review history a strict beginning of ours)', () => {
  const submit = {
    action: 'submit',
    at: '2025-01-10T02:00:00.000Z',
    from: 'draft',
    to: 'submitted',
  } as const;
  const withdraw = {
    action: 'withdraw',
    at: '2025-01-10T03:00:00.000Z',
    from: 'submitted',
    to: 'draft',
  } as const;
  const again = { ...submit, at: '2025-01-11T02:00:00.000Z' };
  const ret = {
    action: 'return',
    at: '2025-01-12T02:00:00.000Z',
    from: 'submitted',
    to: 'returned',
  } as const;
  const base = { localDigest: 'new', lastExchangeDigest: 'new', incomingDigest: 'old' };
  it.each([
    ['the first 送审 file opened after the second', [submit, withdraw, again], [submit], 'older'],
    ['the same content, an earlier status', [submit, ret], [submit], 'older'],
    ['the next step (退回 after 送审)', [submit], [submit, ret], 'replace'],
    ['the same steps', [submit, ret], [submit, ret], 'replace'],
    ['another history (not a beginning of ours)', [submit, withdraw, again], [again], 'replace'],
    [
      'the same file again, ours only noting its unverified approval',
      [submit, { action: 'import', at: '2025-01-13T02:00:00.000Z', from: 'approved', to: 'submitted' }],
      [submit],
      'replace',
    ],
  ] as const)('%s → %s', (_name, localHistory, incomingHistory, out) =>
    expect(decideImport({ ...base, localHistory, incomingHistory })).toBe(out),
  );
  it('same content and an earlier status is older too, not 「same」', () =>
    expect(
      decideImport({
        localDigest: 'a',
        lastExchangeDigest: 'a',
        incomingDigest: 'a',
        localHistory: [submit, ret],
        incomingHistory: [submit],
      }),
    ).toBe('older'));
});

describe('a 汇总 file', () => {
  it('is refused as a single report, with a message saying why', async () => {
    const { importReport } = await import('./import-report');
    const { exportReport } = await import('./export-report');
    const { qufuReport } = await import('../fixtures/qufu-2021');
    const text = await exportReport({
      report: qufuReport(),
      review: { status: 'draft', comments: [], history: [] },
      checks: { catalogVersion: 'x', results: [] },
      generator: 'test',
      now: new Date('2022-01-01T00:00:00Z'),
    });
    const file = { ...JSON.parse(text), summary: { members: [], createdAt: '2022-01-01T00:00:00Z' } };
    expect(await importReport(JSON.stringify(file))).toEqual({
      ok: false,
      error: '这是汇总文件，不能作为单份报告导入',
    });
  });
});
