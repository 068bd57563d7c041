import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import expected from '../fixtures/qufu-2021.expected.json';
import { cellAddress, cellId } from '../report/cell-address';
import { emptyReview } from '../report/empty-review';
import { reportDigest } from './digest';
import { exportFileSchema } from './envelope-schema';
import { ExportError, exchangeFileName, exportFileName, exportReport } from './export-report';
import { DIGEST_MISMATCH, importReport } from './import-report';
import { exportFixture, fixtureFileObject, GENERATOR, NO_CHECKS, NOW, setAt } from './test-files';

describe('exportReport', () => {
  it('writes a valid, 2-space indented file stamped with format, version, time and generator', async () => {
    const text = await exportFixture();
    expect(
      text.startsWith('{\n  "format": "gov-info-disclosure-annual-report",\n  "formatVersion": 1,'),
    ).toBe(true);
    const file = exportFileSchema.parse(JSON.parse(text));
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.generator).toBe(GENERATOR);
    expect(file.digest.value).toBe(await reportDigest(qufuReport()));
  });

  it('recomputes derived values before export, whatever the caller passed', async () => {
    const stale = qufuReport();
    stale.applications.totalHandled.natural = 999;
    stale.appeals.reconsideration.total = 999;
    const file = JSON.parse(
      await exportReport({
        report: stale,
        review: emptyReview(),
        checks: NO_CHECKS,
        generator: 'g',
        now: NOW,
      }),
    );
    expect(file.applications).toBeUndefined();
    expect(file.report.applications.totalHandled).toEqual(expected.applications.totalHandled);
    expect(file.report.appeals.reconsideration.total).toBe(expected.appeals.reconsideration.total);
  });

  it('refuses to write a file it could not read back', async () => {
    const bad = qufuReport();
    bad.applications.granted.natural = -1;
    await expect(
      exportReport({ report: bad, review: emptyReview(), checks: NO_CHECKS, generator: 'g', now: NOW }),
    ).rejects.toThrow(ExportError);
  });
});

describe('fixture round trip', () => {
  it('exports and re-imports equal, without warnings', async () => {
    const report = qufuReport();
    report.proactive.fees.amount = 24252.311082;
    const review = {
      ...emptyReview(),
      comments: [
        {
          id: 'c1',
          anchor: {
            kind: 'cell' as const,
            target: cellId(cellAddress('applications', 'newReceived', 'natural')),
          },
          author: '审核人',
          at: '2022-01-21T09:00:00+08:00',
          text: '请核对',
          resolved: false,
          replies: [],
        },
      ],
    };
    const result = await importReport(await exportFixture(report, review));
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toEqual(report);
    expect(result.review).toEqual(review);
    expect(result.file.report).toEqual(report);
    expect(result.warnings).toEqual([]);
  });

  it('gives the same digest for the same input and a different one when a cell changes', async () => {
    const a = JSON.parse(await exportFixture());
    const b = JSON.parse(await exportFixture());
    expect(a.digest.value).toBe(b.digest.value);
    const changed = qufuReport();
    changed.applications.granted.natural = (changed.applications.granted.natural ?? 0) + 1;
    const c = JSON.parse(await exportFixture(changed));
    expect(c.digest.value).not.toBe(a.digest.value);
  });

  it('imports a tampered file with the digest warning, using the tampered (recomputed) values', async () => {
    const file = setAt(
      await fixtureFileObject(),
      `report.${cellId(cellAddress('applications', 'granted', 'natural'))}`,
      17,
    );
    const result = await importReport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.warnings[0]).toBe(DIGEST_MISMATCH);
    expect(DIGEST_MISMATCH).toContain('文件在导出后被修改过（校验码不一致）');
    expect(result.report.applications.granted.natural).toBe(17);
  });

  it('does not warn when only formatting changed (canonical digest)', async () => {
    const compact = JSON.stringify(JSON.parse(await exportFixture()));
    const result = await importReport(compact);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('exportFileName', () => {
  it.each([
    [
      { agencyName: '曲阜市人民政府办公室', year: 2021 },
      '曲阜市人民政府办公室2021年政府信息公开工作年度报告.json',
    ],
    [
      { agencyName: ' A/B:C*D?"E<F>G|H\\I\u0007 ', year: 2022 },
      'A_B_C_D__E_F_G_H_I_2022年政府信息公开工作年度报告.json',
    ],
    [{ agencyName: '某局', year: null }, '某局政府信息公开工作年度报告.json'],
  ])('%j → %s', (meta, name) => expect(exportFileName(meta)).toBe(name));

  it('keeps long agency names within file-system limits', () => {
    const name = exportFileName({ agencyName: '很'.repeat(200), year: 2021 });
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  });
});

describe('exchangeFileName', () => {
  const at = new Date(2022, 0, 20, 8, 30, 5);
  it.each([
    ['submit', '曲阜市人民政府办公室_2021_送审_20220120-083005.json'],
    ['return', '曲阜市人民政府办公室_2021_退回_20220120-083005.json'],
    ['approve', '曲阜市人民政府办公室_2021_审定_20220120-083005.json'],
  ] as const)('%s → %s', (kind, name) =>
    expect(exchangeFileName({ agencyName: '曲阜市人民政府办公室', year: 2021 }, kind, at)).toBe(name),
  );

  it('replaces characters file systems refuse and stays within their limits', () => {
    expect(exchangeFileName({ agencyName: 'A/B', year: null }, 'submit', at)).toBe(
      'A_B_年度未填_送审_20220120-083005.json',
    );
    const long = exchangeFileName({ agencyName: '很'.repeat(200), year: 2021 }, 'approve', at);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(255);
  });

  it('writes no invisible format character: a direction override cannot disguise the name', () => {
    const name = exchangeFileName(
      { agencyName: '某\u202e局\u200b\u2066办\u2069\ufeff', year: 2021 },
      'submit',
      at,
    );
    expect(name).toBe('某_局__办__2021_送审_20220120-083005.json');
    expect(name).not.toMatch(/\p{Cf}/u);
  });

  it('files of one unit sort in the order they were written', () => {
    const names = [new Date(2022, 0, 9, 23, 59, 59), new Date(2022, 0, 10, 0, 0, 0)].map((d) =>
      exchangeFileName({ agencyName: '甲局', year: 2021 }, 'submit', d),
    );
    expect([...names].sort()).toEqual(names);
  });
});
