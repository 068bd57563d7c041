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
