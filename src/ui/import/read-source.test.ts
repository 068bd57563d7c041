// The page's side of reading a file in a worker (issue 16, item 6): the clerk's 「取消」 and the
// time limit stop (terminate) the worker and say so; the worker's answer or refusal comes through.
import { describe, expect, it } from 'vitest';
import { READ_MESSAGES } from './read-bytes';
import type { ReadReply, ReadRequest, ReadWorker } from './read-protocol';
import { ImportReadError, readImportFile } from './read-source';

/** A worker that answers only when the test says so. */
function fakeWorker() {
  const state = { terminated: false, posted: null as ReadRequest | null, transfer: [] as Transferable[] };
  const worker: ReadWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      state.posted = message;
      state.transfer = transfer;
    },
    terminate() {
      state.terminated = true;
    },
  };
  const answer = (reply: ReadReply) => worker.onmessage?.({ data: reply } as MessageEvent<ReadReply>);
  return { worker, state, answer };
}

const file = () => new File(['<html><body>正文</body></html>'], '报告.html', { type: 'text/html' });

async function settle<T>(p: Promise<T>): Promise<T | ImportReadError> {
  return p.catch((e: unknown) => {
    if (e instanceof ImportReadError) return e;
    throw e;
  });
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('readImportFile in a worker', () => {
  it('passes the bytes to the worker (transferred) and returns its answer', async () => {
    const { worker, state, answer } = fakeWorker();
    const result = readImportFile(file(), { startWorker: () => worker });
    await tick();
    expect(state.posted?.name).toBe('报告.html');
    expect(state.transfer).toEqual([state.posted?.bytes.buffer]);
    answer({ ok: true, source: { kind: 'published', text: '正文', name: '报告.html' } });
    expect(await result).toEqual({ kind: 'published', text: '正文', name: '报告.html' });
    expect(state.terminated).toBe(true);
  });

  it('「取消」 stops the worker and says nothing was imported', async () => {
    const { worker, state, answer } = fakeWorker();
    const controller = new AbortController();
    const result = settle(readImportFile(file(), { startWorker: () => worker, signal: controller.signal }));
    await tick();
    controller.abort();
    const e = await result;
    expect(e).toBeInstanceOf(ImportReadError);
    expect((e as ImportReadError).kind).toBe('cancelled');
    expect((e as ImportReadError).message).toBe(READ_MESSAGES.cancelled);
    expect(state.terminated).toBe(true);
    // a late answer changes nothing
    answer({ ok: true, source: { kind: 'published', text: '迟到', name: '报告.html' } });
  });

  it('a worker that does not answer in time is stopped: 读取超时', async () => {
    const { worker, state } = fakeWorker();
    const e = await settle(readImportFile(file(), { startWorker: () => worker, timeoutMs: 20 }));
    expect((e as ImportReadError).kind).toBe('timeout');
    expect((e as ImportReadError).message).toContain('读取超时');
    expect((e as ImportReadError).message).toContain('没有导入任何内容');
    expect(state.terminated).toBe(true);
  });

  it("the worker's refusal reaches the clerk as it was worded", async () => {
    const { worker, state, answer } = fakeWorker();
    const result = settle(readImportFile(file(), { startWorker: () => worker }));
    await tick();
    answer({ ok: false, kind: 'too-large', message: READ_MESSAGES.docxTooLarge });
    const e = (await result) as ImportReadError;
    expect([e.kind, e.message]).toEqual(['too-large', READ_MESSAGES.docxTooLarge]);
    expect(state.terminated).toBe(true);
  });
});
