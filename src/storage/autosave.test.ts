import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReview } from '../domain/report/empty-review';
import type { ReportDraft } from '../domain/report/report-schema';
import { type AutosaveState, createAutosave } from './autosave';

import { StaleRevisionError } from './storage-errors';
import type { Stamp } from './stored-report';
import { stampOf } from './stored-report';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';

type WriteResult = { revision: number; writeId: string; updatedAt: string };
const S1: Stamp = { revision: 1, writeId: 'w1' };
/** The stamp of the stored report r1 (its write identity is random). */
const stampOfR1 = async (repo: ReturnType<typeof freshRepo>['repo']) => {
  const r = await repo.get('r1');
  if (!r) throw new Error('no r1');
  return stampOf(r);
};

const counts = { errorCount: 0, warningCount: 0 };
const typed = (text: string) => withNewReceived(draftOf('r1'), text);
const storedCell = async (repo: ReturnType<typeof freshRepo>['repo']) =>
  (await repo.get('r1'))?.draft.applications.newReceived.natural;

/** A write whose completion the test controls. */
function controlledWrite() {
  const calls: {
    value: string;
    base: Stamp;
    resolve: (r: Omit<WriteResult, 'writeId'>) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const write = (value: string, base: Stamp) =>
    new Promise<WriteResult>((resolve, reject) => {
      calls.push({ value, base, resolve: (r) => resolve({ ...r, writeId: `w${r.revision}` }), reject });
    });
  return { calls, write };
}

const tick = () => new Promise((r) => setImmediate(r));

async function repoWithReport() {
  const r = freshRepo();
  await r.repo.create(draftOf('r1'));
  return r;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes at once, keeps one write in flight and coalesces to the latest value', async () => {
    const { calls, write } = controlledWrite();
    const states: AutosaveState['kind'][] = [];
    const save = createAutosave({ write, initial: S1, onState: (s) => states.push(s.kind) });
    save.change('a');
    await tick();
    expect(calls.map((c) => [c.value, c.base.revision])).toEqual([['a', 1]]);
    save.change('b');
    save.change('c');
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]?.resolve({ revision: 2, updatedAt: 't2' });
    await tick();
    expect(calls.map((c) => [c.value, c.base])).toEqual([
      ['a', S1],
      ['c', { revision: 2, writeId: 'w2' }],
    ]);
    calls[1]?.resolve({ revision: 3, updatedAt: 't3' });
    await save.flush();
    expect(save.revision()).toBe(3);
    expect(states.at(-1)).toBe('saved');
  });

  it('stores the last of many rapid changes in IndexedDB with fewer writes than changes', async () => {
    const { repo } = await repoWithReport();
    let writes = 0;
    const save = createAutosave<ReportDraft>({
      write: (d, base) => {
        writes++;
        return repo.saveDraft('r1', d, base, counts);
      },
      initial: await stampOfR1(repo),
      onState: () => undefined,
    });
    for (let i = 1; i <= 30; i++) save.change(typed(String(i)));
    await save.flush();
    expect(await storedCell(repo)).toBe('30');
    expect(writes).toBeLessThan(30);
    expect((await repo.get('r1'))?.revision).toBe(1 + writes);
    expect(save.hasPending()).toBe(false);
  });

  it('flush waits for the write, and hasPending is true until it commits', async () => {
    const { calls, write } = controlledWrite();
    const save = createAutosave({ write, initial: S1, onState: () => undefined });
    expect(save.hasPending()).toBe(false);
    save.change('a');
    expect(save.hasPending()).toBe(true);
    let flushed = false;
    const f = save.flush().then(() => {
      flushed = true;
    });
    await tick();
    expect(flushed).toBe(false);
    expect(save.hasPending()).toBe(true);
    calls[0]?.resolve({ revision: 2, updatedAt: 't' });
    await f;
    expect(flushed).toBe(true);
    expect(save.hasPending()).toBe(false);
  });

  it('on QuotaExceededError reports a Chinese error, keeps the edit, retries with backoff and stores the latest value', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { repo } = await repoWithReport();
    let failuresLeft = 2;
    const attempts: string[] = [];
    const states: AutosaveState[] = [];
    const save = createAutosave<ReportDraft>({
      write: (d, base) => {
        attempts.push(d.applications.newReceived.natural);
        if (failuresLeft-- > 0) return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
        return repo.saveDraft('r1', d, base, counts);
      },
      initial: await stampOfR1(repo),
      onState: (s) => states.push(s),
      retryDelaysMs: [1000, 2000],
    });

    save.change(typed('1'));
    await save.flush();
    const error = states.at(-1);
    expect(error).toMatchObject({ kind: 'error', error: 'quota' });
    expect(error?.kind === 'error' && error.message).toContain('磁盘空间不足');
    expect(error?.kind === 'error' && error.message).toContain('您的修改尚未保存，仍保留在本页面中');
    expect(save.hasPending()).toBe(true);

    // a change while waiting is kept and written by the retry, not dropped or written early
    save.change(typed('2'));
    expect(attempts).toEqual(['1']);
    await vi.advanceTimersByTimeAsync(999);
    expect(attempts).toEqual(['1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual(['1', '2']);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('error'));
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('saved'));
    expect(attempts).toEqual(['1', '2', '2']);
    expect(await storedCell(repo)).toBe('2');
    expect(save.hasPending()).toBe(false);
  });

  it('flush retries at once while a retry is waiting (for pagehide)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let fail = true;
    const attempts: string[] = [];
    const save = createAutosave({
      write: (v: string) => {
        attempts.push(v);
        return fail
          ? Promise.reject(new DOMException('x', 'UnknownError'))
          : Promise.resolve({ revision: 2, writeId: 'w2', updatedAt: 't' });
      },
      initial: S1,
      onState: () => undefined,
    });
    save.change('a');
    await save.flush();
    fail = false;
    await save.flush();
    expect(attempts).toEqual(['a', 'a']);
    expect(save.hasPending()).toBe(false);
  });

  it('on a stale revision reports a conflict and stops writing, keeping the edit pending', async () => {
    const { repo } = await repoWithReport();
    // another tab saves first
    const before = await stampOfR1(repo);
    await repo.saveDraft('r1', typed('theirs'), before, counts);
    let writes = 0;
    const states: AutosaveState[] = [];
    const save = createAutosave<ReportDraft>({
      write: (d, base) => {
        writes++;
        return repo.saveDraft('r1', d, base, counts);
      },
      initial: before,
      onState: (s) => states.push(s),
    });
    save.change(typed('mine'));
    await save.flush();
    expect(states.at(-1)).toEqual({ kind: 'conflict', expected: 1, actual: 2 });
    save.change(typed('mine again'));
    await save.flush();
    expect(writes).toBe(1);
    expect(save.hasPending()).toBe(true);
    expect(await storedCell(repo)).toBe('theirs');

    // 「载入较新的版本」: the UI adopts revision 2; the pending old edit is discarded, writing resumes
    save.adoptStored(await stampOfR1(repo));
    expect(save.hasPending()).toBe(false);
    save.change(typed('after reload'));
    await save.flush();
    expect(await storedCell(repo)).toBe('after reload');
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('baseValue: the content of the write the next one is based on — kept through a conflict', async () => {
    const { calls, write } = controlledWrite();
    const save = createAutosave({ write, initial: S1, initialValue: 'opened', onState: () => {} });
    expect(save.baseValue()).toBe('opened');
    save.change('a');
    await tick();
    expect(save.baseValue()).toBe('opened'); // not committed yet
    calls[0]!.resolve({ revision: 2, updatedAt: 't2' });
    await tick();
    expect(save.baseValue()).toBe('a');
    save.change('b');
    await tick();
    calls[1]!.reject(new StaleRevisionError('r1', 2, 3));
    await tick();
    expect(save.baseValue()).toBe('a'); // what both pages began from
    save.adoptStored({ revision: 3, writeId: 'w3' }, 'theirs');
    expect(save.baseValue()).toBe('theirs');
    save.adoptStored({ revision: 4, writeId: 'w4' });
    expect(save.baseValue()).toBeNull();
  });

  it('the journal is told what the edit began from also in a conflict (for a three-way merge at the next start)', async () => {
    const { calls, write } = controlledWrite();
    const seen: ({ committed: string | null; baseValue: string | null | undefined } | null)[] = [];
    const save = createAutosave({
      write,
      initial: S1,
      initialValue: 'opened',
      onState: () => {},
      onUnsaved: (u) => seen.push(u && { committed: u.committed, baseValue: u.baseValue }),
    });
    save.change('a');
    expect(seen.at(-1)).toEqual({ committed: 'opened', baseValue: 'opened' });
    await tick();
    calls[0]!.reject(new StaleRevisionError('r1', 1, 2));
    await tick();
    save.change('ab');
    expect(seen.at(-1)).toEqual({ committed: null, baseValue: 'opened' });
  });

  it('exclusive runs another write in the queue and adopts its revision (no false conflict)', async () => {
    const { repo } = await repoWithReport();
    const save = createAutosave<ReportDraft>({
      write: (d, base) => repo.saveDraft('r1', d, base, counts),
      initial: await stampOfR1(repo),
      onState: () => undefined,
    });
    save.change(typed('1'));
    // A review write that leaves the content editable (已退回; 待审核 would lock it).
    const review = { ...emptyReview(), status: 'returned' as const };
    const res = await save.exclusive((base) => repo.saveReview('r1', review, base));
    save.change(typed('2'));
    await save.flush();
    const stored = await repo.get('r1');
    expect(res.revision).toBe(3);
    expect(stored).toMatchObject({ revision: 4, status: 'returned' });
    expect(stored?.draft.applications.newReceived.natural).toBe('2');
  });

  it('never reports 已保存 while an edit typed during a failed exclusive write is still unwritten', async () => {
    const { calls, write } = controlledWrite();
    const states: AutosaveState['kind'][] = [];
    const save = createAutosave({ write, initial: S1, onState: (s) => states.push(s.kind) });
    save.change('a');
    await tick();
    calls[0]?.resolve({ revision: 2, updatedAt: 't2' });
    await save.flush();
    let failOp: (e: unknown) => void = () => undefined;
    const op = save.exclusive(
      () =>
        new Promise<WriteResult>((_resolve, reject) => {
          failOp = reject;
        }),
    );
    await tick();
    save.change('typed during the op'); // waits for the op
    states.length = 0;
    failOp(new DOMException('full', 'QuotaExceededError'));
    await expect(op).rejects.toBeTruthy();
    await tick();
    expect(states).not.toContain('saved');
    expect(save.hasPending()).toBe(true);
    calls[1]?.resolve({ revision: 3, updatedAt: 't3' });
    await save.flush();
    expect(states.at(-1)).toBe('saved');
  });

  it('stops retrying when the report is locked (已审定)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'), { review: { ...emptyReview(), status: 'approved' } });
    let writes = 0;
    const states: AutosaveState[] = [];
    const save = createAutosave<ReportDraft>({
      write: (d, base) => {
        writes++;
        return repo.saveDraft('r1', d, base, counts);
      },
      initial: await stampOfR1(repo),
      onState: (s) => states.push(s),
    });
    save.change(typed('x'));
    await save.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toBe(1);
    expect(states.at(-1)).toMatchObject({ kind: 'error', error: 'locked' });
    expect(save.hasPending()).toBe(true);
  });

  it('dispose writes what is pending one last time', async () => {
    const { repo } = await repoWithReport();
    const save = createAutosave<ReportDraft>({
      write: (d, base) => repo.saveDraft('r1', d, base, counts),
      initial: await stampOfR1(repo),
      onState: () => undefined,
    });
    save.change(typed('a'));
    save.change(typed('last'));
    await save.dispose();
    expect(await storedCell(repo)).toBe('last');
  });

  it('bases every write on the stamp: a restore at the same revision refuses the old tab’s next write', async () => {
    const { repo } = await repoWithReport();
    const opened = await stampOfR1(repo);
    // another tab's 「恢复备份」 brings r1 back at the same revision with other content
    const stored = (await repo.get('r1'))!;
    await repo.purge('r1');
    const restored = { ...stored, draft: typed('恢复的') };
    delete restored.writeId;
    await repo.replaceAll([restored]);
    expect((await repo.get('r1'))?.revision).toBe(opened.revision);
    const states: AutosaveState[] = [];
    const save = createAutosave<ReportDraft>({
      write: (d, base) => repo.saveDraft('r1', d, base, counts),
      initial: opened,
      onState: (s) => states.push(s),
    });
    save.change(typed('旧页面的'));
    await save.flush();
    expect(states.at(-1)?.kind).toBe('conflict');
    expect(await storedCell(repo)).toBe('恢复的');
  });

  it('reports what is not yet committed on every change and every write, and null once all is written', async () => {
    const { calls, write } = controlledWrite();
    const seen: ({ value: string; revision: number; inFlight: boolean } | null)[] = [];
    const save = createAutosave({
      write,
      initial: S1,
      onState: () => undefined,
      onUnsaved: (u) => seen.push(u && { value: u.value, revision: u.base.revision, inFlight: u.inFlight }),
    });
    save.change('a');
    save.change('ab');
    expect(seen).toEqual([
      { value: 'a', revision: 1, inFlight: true },
      { value: 'ab', revision: 1, inFlight: true },
    ]);
    await tick();
    calls[0]?.resolve({ revision: 2, updatedAt: 't2' });
    await tick();
    expect(seen.at(-1)).toEqual({ value: 'ab', revision: 2, inFlight: true });
    calls[1]?.reject(new DOMException('full', 'QuotaExceededError'));
    await tick();
    expect(seen.at(-1)).toEqual({ value: 'ab', revision: 2, inFlight: false });
    const f = save.flush();
    await tick();
    calls[2]?.resolve({ revision: 3, updatedAt: 't3' });
    await f;
    expect(seen.at(-1)).toBeNull();
  });

  describe('with a scheduled write start (the editor: after the next paint)', () => {
    /** A scheduler the test runs by hand. */
    function manualSchedule() {
      const queue: (() => void)[] = [];
      return {
        schedule: (run: () => void) => void queue.push(run),
        runAll: () => {
          for (const run of queue.splice(0)) run();
        },
        get waiting() {
          return queue.length;
        },
      };
    }

    it('journals every change at once, says 保存中 at once, and writes the keys of one frame once', async () => {
      const { calls, write } = controlledWrite();
      const sched = manualSchedule();
      const states: AutosaveState['kind'][] = [];
      const seen: ({ value: string; inFlight: boolean; writeId: string | null } | null)[] = [];
      const save = createAutosave({
        write,
        initial: S1,
        onState: (s) => states.push(s.kind),
        schedule: sched.schedule,
        onUnsaved: (u) =>
          seen.push(u && { value: u.value, inFlight: u.inFlight, writeId: u.inFlightWriteId }),
      });
      save.change('a');
      save.change('ab');
      await tick();
      // nothing written before the scheduler says so, but nothing only in memory either
      expect(calls).toEqual([]);
      expect(seen).toEqual([
        { value: 'a', inFlight: false, writeId: null },
        { value: 'ab', inFlight: false, writeId: null },
      ]);
      expect(states).toEqual(['saving']);
      expect(save.hasPending()).toBe(true);
      expect(sched.waiting).toBe(1);
      sched.runAll();
      await tick();
      expect(calls.map((c) => c.value)).toEqual(['ab']);
      // the write in flight is journaled with its identity, so the next start can tell it
      expect(seen.at(-1)).toMatchObject({ value: 'ab', inFlight: true });
      expect(seen.at(-1)?.writeId).toEqual(expect.any(String));
      // a key typed during the write waits for the scheduler again after it
      save.change('abc');
      calls[0]?.resolve({ revision: 2, updatedAt: 't2' });
      await tick();
      expect(calls).toHaveLength(1);
      expect(states.at(-1)).toBe('saving');
      sched.runAll();
      await tick();
      expect(calls.map((c) => c.value)).toEqual(['ab', 'abc']);
      calls[1]?.resolve({ revision: 3, updatedAt: 't3' });
      await tick();
      expect(states.at(-1)).toBe('saved');
      expect(seen.at(-1)).toBeNull();
    });

    it('flush (pagehide, leaving the report) writes at once without waiting for the scheduler', async () => {
      const { repo } = await repoWithReport();
      const sched = manualSchedule();
      const save = createAutosave<ReportDraft>({
        write: (d, base, writeId) => repo.saveDraft('r1', d, base, counts, { writeId }),
        initial: await stampOfR1(repo),
        onState: () => undefined,
        schedule: sched.schedule,
      });
      save.change(typed('7'));
      await save.flush();
      expect(await storedCell(repo)).toBe('7');
      expect(save.hasPending()).toBe(false);
      // the scheduled start comes later and finds nothing to write
      sched.runAll();
      await tick();
      expect((await repo.get('r1'))?.revision).toBe(2);
    });
  });
});
