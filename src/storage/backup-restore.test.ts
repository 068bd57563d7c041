// 「恢复备份」 (issue 16, item 3): 合并 keeps every history version of the backup, keeps the older of
// two copies as a history version whichever side it is on, and a restore that fails halfway
// leaves the database exactly as it was.
import { describe, expect, it, vi } from 'vitest';
import type { RestoreEntry } from './backup-restore';
import type { NianbaoDb } from './db';
import { QuotaError } from './storage-errors';
import type { StoredReport } from './stored-report';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';

const LATER = '2030-01-01T00:00:00.000Z';
const EARLIER = '2001-01-01T00:00:00.000Z';

/** A backup record of `id`, saved at `updatedAt`, with cell newReceived.natural = `text`. */
function backupCopy(base: StoredReport, updatedAt: string, text: string): StoredReport {
  const { writeId: _, ...rest } = base;
  return { ...rest, updatedAt, draft: withNewReceived(draftOf(base.id), text) };
}

const cellOf = (draft: { applications: { newReceived: { natural: string } } }) =>
  draft.applications.newReceived.natural;

async function everything(db: NianbaoDb) {
  const [reports, list, versions, rosters] = await Promise.all([
    db.reports.toArray(),
    db.reportList.toArray(),
    db.versions.toArray(),
    db.rosters.toArray(),
  ]);
  return { reports, list, versions, rosters };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('「合并」 keeps everything', () => {
  it("stores the backup's history versions, for a new report and for one that is here", async () => {
    const { repo } = freshRepo();
    const here = await repo.create(draftOf('here'));
    const entries: RestoreEntry[] = [
      {
        stored: backupCopy(here, LATER, '备份'),
        versions: [
          {
            reportId: 'here',
            at: EARLIER,
            revision: 2,
            reason: 'step',
            draft: withNewReceived(draftOf('here'), 'v2'),
          },
        ],
      },
      {
        stored: backupCopy({ ...here, id: 'new' }, LATER, '新的'),
        versions: [
          {
            reportId: 'new',
            at: EARLIER,
            revision: 1,
            reason: 'manual',
            draft: withNewReceived(draftOf('new'), 'n1'),
          },
          {
            reportId: 'new',
            at: LATER,
            revision: 3,
            reason: 'step',
            draft: withNewReceived(draftOf('new'), 'n3'),
          },
        ],
      },
    ];
    const outcome = await repo.restoreBackup('merge', entries, []);
    expect(outcome.added).toEqual(['new']);
    expect(outcome.replaced).toEqual(['here']);
    const cells = async (id: string) =>
      (await repo.listVersions(id)).map((v) => `${v.reason}:${cellOf(v.draft)}`);
    expect((await cells('new')).sort()).toEqual(['manual:n1', 'step:n3']);
    // the backup's own version, and the local copy it replaced (newer backup wins)
    expect((await cells('here')).sort()).toEqual(['import:', 'step:v2']);
    expect(cellOf((await repo.get('here'))!.draft)).toBe('备份');
  });

  it("keeps the backup's copy as a history version when the local copy is newer", async () => {
    const { repo } = freshRepo();
    const here = await repo.create(withNewReceived(draftOf('r'), '本机'));
    const outcome = await repo.restoreBackup(
      'merge',
      [{ stored: backupCopy(here, EARLIER, '备份较旧'), versions: [] }],
      [],
    );
    expect(outcome.keptLocal).toEqual(['r']);
    expect(cellOf((await repo.get('r'))!.draft)).toBe('本机');
    const versions = await repo.listVersions('r');
    expect(versions.map((v) => [v.reason, v.at, cellOf(v.draft)])).toEqual([['import', EARLIER, '备份较旧']]);
  });

  it('merging the same backup twice adds nothing the second time', async () => {
    const { repo, db } = freshRepo();
    const here = await repo.create(withNewReceived(draftOf('r'), '本机'));
    const entries: RestoreEntry[] = [
      {
        stored: backupCopy(here, EARLIER, '备份较旧'),
        versions: [{ reportId: 'r', at: EARLIER, revision: 1, reason: 'step', draft: draftOf('r') }],
      },
    ];
    const first = await repo.restoreBackup('merge', entries, []);
    expect(first.versionsAdded).toBe(2);
    const before = await everything(db);
    const second = await repo.restoreBackup('merge', entries, []);
    expect(second.versionsAdded).toBe(0);
    expect(await everything(db)).toEqual(before);
  });

  it('「替换全部」 keeps the backup’s history versions too', async () => {
    const { repo } = freshRepo();
    const here = await repo.create(draftOf('r'));
    await repo.restoreBackup(
      'replace',
      [
        {
          stored: backupCopy(here, EARLIER, '备份'),
          versions: [{ reportId: 'r', at: EARLIER, revision: 1, reason: 'step', draft: draftOf('r') }],
        },
      ],
      [],
    );
    expect((await repo.listVersions('r')).map((v) => v.reason)).toEqual(['step']);
  });

  it('reports progress by chunk, ending at the total', async () => {
    const { repo } = freshRepo();
    const here = await repo.create(draftOf('seed'));
    const entries = Array.from({ length: 300 }, (_, i) => ({
      stored: backupCopy({ ...here, id: `b${i}` }, LATER, String(i)),
      versions: [],
    }));
    const seen: number[] = [];
    await repo.restoreBackup('merge', entries, [], { onProgress: (p) => seen.push(p.done) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(300);
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('a restore that cannot finish writes nothing', () => {
  async function halfWritten(failAt: 'second report chunk' | 'versions', mode: 'merge' | 'replace') {
    const { repo, db } = freshRepo();
    const here = await repo.create(withNewReceived(draftOf('here'), '本机'));
    await repo.addVersion('here', 'manual', draftOf('here'));
    const before = await everything(db);
    const entries: RestoreEntry[] = Array.from({ length: 300 }, (_, i) => ({
      stored: backupCopy({ ...here, id: i === 0 ? 'here' : `b${i}` }, LATER, String(i)),
      versions: [{ reportId: 'x', at: EARLIER, revision: 1, reason: 'step', draft: draftOf(`b${i}`) }],
    }));
    // The disk fills up partway: after the first 250 reports were written (in the transaction).
    let calls = 0;
    const list = db.reportList;
    const realBulkPut = list.bulkPut.bind(list);
    vi.spyOn(list, 'bulkPut').mockImplementation(((...args: Parameters<typeof realBulkPut>) => {
      calls++;
      if (failAt === 'second report chunk' && calls === 2) return Promise.reject(quotaError());
      return realBulkPut(...args);
    }) as typeof list.bulkPut);
    if (failAt === 'versions')
      vi.spyOn(db.versions, 'bulkAdd').mockImplementation(
        // Dexie's PromiseExtended only adds timeout(), which the restore never calls.
        () => Promise.reject(quotaError()) as ReturnType<typeof db.versions.bulkAdd>,
      );
    const seen: number[] = [];
    const err = await repo
      .restoreBackup(mode, entries, [{ year: 2024, units: [] } as never], {
        onProgress: (p) => seen.push(p.done),
      })
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    return { err, before, after: await everything(db), seen };
  }

  for (const mode of ['merge', 'replace'] as const) {
    for (const failAt of ['second report chunk', 'versions'] as const) {
      it(`${mode}: a full disk at the ${failAt} leaves every table as it was`, async () => {
        const { err, before, after, seen } = await halfWritten(failAt, mode);
        expect(err).toBeInstanceOf(QuotaError);
        // some reports had been written inside the transaction before the failure…
        expect(seen).toContain(250);
        // …and none of them is there now
        expect(after).toEqual(before);
      });
    }
  }
});
