import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, cellId } from '../report/cell-address';
import { reportToDraft, writeDraftCell } from '../report/draft-convert';
import { emptyDraft } from '../report/empty-report';
import { emptyReview } from '../report/empty-review';
import { BACKUP_DIGEST_MISMATCH, exportBackup, importBackup, NOT_A_BACKUP_FILE } from './backup';
import type { BackupEntry } from './backup-schema';
import { ExportError } from './export-report';
import type { Roster } from './roster-schema';
import type { StoredReportRecord } from './stored-report-schema';
import { exportFixture, NOW } from './test-files';

const T = '2022-01-10T02:00:00.000Z';

function record(id: string, previousYearId: string | null = null): StoredReportRecord {
  const draft = writeDraftCell(
    reportToDraft(qufuReport(id)),
    { part: 'applications', row: 'granted', column: 'legal' },
    '12a',
  );
  return {
    id,
    revision: 7,
    createdAt: T,
    updatedAt: '2022-01-12T03:00:00+08:00',
    deletedAt: null,
    kind: 'draft',
    draft,
    review: {
      status: 'returned',
      comments: [
        {
          id: 'c1',
          anchor: { kind: 'cell', target: cellId(cellAddress('applications', 'granted', 'legal')) },
          author: '市政务公开办',
          at: T,
          text: '「12a」不是数字',
          resolved: false,
          replies: [{ id: 'r1', author: '办公室', at: T, text: '已改 👍' }],
        },
      ],
      history: [
        {
          action: 'return',
          actor: '市政务公开办',
          at: T,
          from: 'submitted',
          to: 'returned',
          note: '',
          revision: 6,
        },
      ],
    },
    acceptedFingerprints: { 'carry-over:natural': 'abc123' },
    previousYearId,
    importSummary: {
      unreadCells: [cellId(cellAddress('applications', 'granted', 'legal'))],
      oldFormat: false,
    },
    agencyName: draft.meta.agencyName,
    year: draft.meta.year,
    status: 'returned',
    errorCount: 2,
    warningCount: 1,
  };
}

const entries = (): BackupEntry[] => [
  {
    stored: record('qufu-2021', 'qufu-2020'),
    versions: [
      {
        reportId: 'qufu-2021',
        at: T,
        revision: 3,
        reason: 'review',
        draft: reportToDraft(qufuReport('qufu-2021')),
        review: emptyReview(),
      },
      { at: T, revision: 2, reason: 'step', draft: reportToDraft(qufuReport('qufu-2021')) },
    ],
  },
  { stored: { ...record('qufu-2020'), kind: 'reference', deletedAt: T }, versions: [] },
  {
    stored: {
      ...record('new-1'),
      draft: emptyDraft({ id: 'new-1', agencyName: '某县', year: 2022, reportKind: 'government' }),
      review: emptyReview(),
      importSummary: null,
      agencyName: '某县',
      year: 2022,
      status: 'draft',
    },
    versions: [],
  },
];
const rosters: Roster[] = [
  {
    id: 'r-2021',
    name: '市直部门',
    year: 2021,
    units: ['曲阜市人民政府办公室', '曲阜市教育局'],
    updatedAt: T,
  },
];

describe('backup', () => {
  it('round-trips several records with their versions, comments, history and rosters', async () => {
    const text = await exportBackup({ reports: entries(), rosters, generator: 'nianbao test', now: NOW });
    const result = await importBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.reports).toEqual(entries());
    expect(result.rosters).toEqual(rosters);
    expect(result.warnings).toEqual([]);
    expect(result.reports[0]!.stored.draft.applications.granted.legal).toBe('12a');
    expect(result.file.format).toBe('gov-info-disclosure-annual-report-backup');
  });

  it('takes agencyName, year and status from the draft and review, not from the file', async () => {
    const file = JSON.parse(await backupText());
    Object.assign(file.reports[0].stored, { agencyName: '伪造', year: 2009, status: 'approved' });
    const result = await importBackup(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.reports[0]!.stored).toEqual(entries()[0]!.stored);
    expect(result.warnings).toEqual([BACKUP_DIGEST_MISMATCH]);
  });

  it('round-trips an empty backup without rosters', async () => {
    const result = await importBackup(await exportBackup({ reports: [], generator: 'g', now: NOW }));
    expect(result).toMatchObject({ ok: true, reports: [], rosters: [], warnings: [] });
  });

  it('rejects a truncated backup whole', async () => {
    const text = await exportBackup({ reports: entries(), rosters, generator: 'g', now: NOW });
    for (const cut of [1, 100, Math.floor(text.length / 2), text.length - 1]) {
      const result = await importBackup(text.slice(0, cut));
      expect(result).toEqual({ ok: false, error: '不是有效的JSON文件（可能已损坏或不完整）' });
    }
  });

  it('warns when the backup was modified after export', async () => {
    const file = JSON.parse(await exportBackup({ reports: entries(), generator: 'g', now: NOW }));
    file.reports[0].stored.draft.meta.agencyName = '别的机关';
    const result = await importBackup(JSON.stringify(file));
    expect(result.ok && result.warnings).toEqual([BACKUP_DIGEST_MISMATCH]);
  });

  it.each([
    ['a report file', async () => exportFixture(), '这是单份报告文件'],
    ['null', async () => 'null', NOT_A_BACKUP_FILE],
    [
      'a future version',
      async () => (await backupText()).replace('"formatVersion":1', '"formatVersion":9'),
      '格式版本9',
    ],
    [
      'one bad record',
      async () => (await backupText()).replace('"revision":7', '"revision":-7'),
      'reports[0].stored.revision',
    ],
    [
      'an extra key in a record',
      async () => (await backupText()).replace('"revision":7', '"revision":7,"x":1'),
      '含有未知字段：x',
    ],
    [
      'a draft id that differs from the record id',
      async () => (await backupText()).replace('"id":"new-1"', '"id":"new-2"'),
      '草稿编号与记录编号不一致',
    ],
    [
      'a revision of 2^53−1 (it once switched off conflict detection)',
      async () => (await backupText()).replace('"revision":7', `"revision":${2 ** 53 - 1}`),
      'reports[0].stored.revision 保存次数超出范围',
    ],
    [
      'a version revision past the bound',
      async () => (await backupText()).replace('"revision":3', '"revision":1000000001'),
      'reports[0].versions[0].revision',
    ],
    [
      'a history revision past the bound',
      async () => (await backupText()).replace('"revision":6', `"revision":${2 ** 53}`),
      'reports[0].stored.review.history[0].revision',
    ],
    ['two records with one id', async () => dupText(), '报告编号重复：qufu-2021'],
    [
      'a version of another report',
      async () => (await backupText()).replace('"reportId":"qufu-2021"', '"reportId":"x"'),
      'reports[0].versions[0].reportId 与所属报告的编号不一致',
    ],
    [
      'a __proto__ key',
      async () =>
        (await backupText()).replace('"acceptedFingerprints":{', '"acceptedFingerprints":{"__proto__":"x",'),
      '__proto__',
    ],
    ['an empty file', async () => '', '文件为空'],
  ])('rejects %s with a Chinese message', async (_name, make, expected) => {
    const result = await importBackup(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });

  it('refuses to export a record the schema rejects', async () => {
    const bad = entries();
    bad[0]!.stored.revision = -1;
    await expect(exportBackup({ reports: bad, generator: 'g', now: NOW })).rejects.toThrow(ExportError);
  });
});

const backupText = () => exportBackup({ reports: entries(), rosters, generator: 'g', now: NOW });
async function dupText() {
  const file = JSON.parse(await backupText());
  file.reports.push(file.reports[0]);
  return JSON.stringify(file);
}
