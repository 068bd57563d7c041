// The in-memory list of own drafts: first read, then patched from each write — this tab's, another
// connection's (as another tab), and a whole-table replacement — always equal to a fresh query.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NianbaoDb } from './db';
import type { ListFeed } from './draft-list-feed';
import { createReportRepository, type ReportRepository } from './report-repository';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';

const COUNTS = { errorCount: 1, warningCount: 2 };
const open: ListFeed[] = [];
afterEach(() => {
  for (const f of open.splice(0)) f.close();
});

function feedOf(repo: ReportRepository): ListFeed {
  const feed = repo.draftListFeed();
  open.push(feed);
  return feed;
}

/** Resolves once the feed's drafts equal a fresh query of the database (or fails after 2 s). */
async function settled(feed: ListFeed, repo: ReportRepository): Promise<string[]> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const fresh = await repo.listSummaries({ kind: 'draft' });
    const shown = feed.snapshot().drafts;
    if (shown && JSON.stringify(shown) === JSON.stringify(fresh)) return shown.map((r) => r.agencyName);
    if (Date.now() > deadline)
      throw new Error(
        `feed ${JSON.stringify(shown?.map((r) => r.id))} ≠ ${JSON.stringify(fresh.map((r) => r.id))}`,
      );
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function seeded() {
  const { db, clock, repo } = freshRepo();
  for (const [id, name] of [
    ['a', '甲局'],
    ['b', '乙局'],
    ['c', '丙局'],
  ] as const) {
    await repo.create(draftOf(id, name));
    clock.advance(60_000);
  }
  await repo.create(draftOf('ref', '参考资料'), { kind: 'reference' });
  return { db, clock, repo };
}

describe('draftListFeed', () => {
  it('is undefined until the first read, then lists own drafts newest first', async () => {
    const { repo } = await seeded();
    const feed = feedOf(repo);
    expect(feed.snapshot().drafts).toBeUndefined();
    expect(await settled(feed, repo)).toEqual(['丙局', '乙局', '甲局']);
    expect(feed.snapshot().failure).toBeNull();
  });

  it('lists the 参考报告 apart, and follows them too', async () => {
    const { repo, clock } = await seeded();
    const feed = feedOf(repo);
    await settled(feed, repo);
    expect(feed.snapshot().references?.map((r) => r.id)).toEqual(['ref']);
    clock.advance(60_000);
    await repo.create(draftOf('ref2', '批量审核保存的'), { kind: 'reference' });
    await settled(feed, repo);
    await expect.poll(() => feed.snapshot().references?.map((r) => r.id)).toEqual(['ref2', 'ref']);
    expect(feed.snapshot().drafts?.map((r) => r.id)).not.toContain('ref2');
  });

  it('is one feed per repository, and its snapshot is the same object until something changes', async () => {
    const { repo } = await seeded();
    const feed = feedOf(repo);
    expect(repo.draftListFeed()).toBe(feed);
    await settled(feed, repo);
    expect(feed.snapshot()).toBe(feed.snapshot());
  });

  it('follows create, save, rename, 回收站 and restore by reading only the changed records', async () => {
    const { db, clock, repo } = await seeded();
    const feed = feedOf(repo);
    await settled(feed, repo);
    const fullReads = vi.spyOn(db.reportList, 'toArray');
    let notified = 0;
    const stop = feed.subscribe(() => notified++);

    await repo.create(draftOf('d', '丁局'));
    expect(await settled(feed, repo)).toEqual(['丁局', '丙局', '乙局', '甲局']);

    clock.advance(60_000);
    const a = (await repo.get('a'))!;
    await repo.saveDraft('a', withNewReceived(a.draft, '7'), a.revision, COUNTS);
    expect(await settled(feed, repo)).toEqual(['甲局', '丁局', '丙局', '乙局']);
    expect(feed.snapshot().drafts?.[0]).toMatchObject(COUNTS);

    clock.advance(60_000);
    await repo.rename('b', '乙局（新）');
    expect((await settled(feed, repo))[0]).toBe('乙局（新）');

    await repo.softDelete('c');
    expect(await settled(feed, repo)).not.toContain('丙局');
    await repo.restore('c');
    expect(await settled(feed, repo)).toContain('丙局');

    expect(notified).toBe(5);
    expect(fullReads).not.toHaveBeenCalled();
    stop();
    const before = notified;
    await repo.create(draftOf('e', '戊局'));
    await settled(feed, repo);
    expect(notified).toBe(before);
  });

  it('follows writes made through another connection to the same database (another tab)', async () => {
    const { db, repo } = await seeded();
    const feed = feedOf(repo);
    await settled(feed, repo);
    const other = new NianbaoDb(db.name);
    const otherRepo = createReportRepository(other);
    await otherRepo.create(draftOf('x', '他处新建'));
    await otherRepo.purge('a');
    expect(await settled(feed, repo)).toEqual(['他处新建', '丙局', '乙局']);
    other.close();
  });

  it('reads everything again when the tables are replaced (a backup restored)', async () => {
    const { repo } = await seeded();
    const feed = feedOf(repo);
    await settled(feed, repo);
    const kept = (await repo.get('b'))!;
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...kept,
      id: `m${i}`,
      agencyName: `单位${i}`,
      draft: draftOf(`m${i}`, `单位${i}`),
    }));
    await repo.replaceAll([kept, ...many]);
    const names = await settled(feed, repo);
    expect(names).toHaveLength(151);
    expect(names).not.toContain('甲局');
  });

  it('a write committed while the first read runs is not lost', async () => {
    const { repo } = await seeded();
    const feed = feedOf(repo);
    await repo.create(draftOf('late', '晚到'));
    expect(await settled(feed, repo)).toContain('晚到');
  });
});
