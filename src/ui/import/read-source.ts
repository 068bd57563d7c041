// Turns what the user chose into text for one of the two importers: a report file (.json, the
// interchange format) or a published report (.txt / .html / .docx). Everything but .json is read
// in a Web Worker (read-file.worker.ts): a .docx that inflates to 100 MB once froze the page for
// 50 s. The worker is stopped when the clerk cancels or after READ_TIMEOUT_MS; nothing is written
// either way.
import { readFileText } from '../components/download';
import {
  ImportReadError,
  type ImportSource,
  MAX_FILE_BYTES,
  READ_MESSAGES,
  readSourceBytes,
} from './read-bytes';
import type { ReadWorker } from './read-protocol';

export type { ImportSource } from './read-bytes';
export { htmlSource, ImportReadError } from './read-bytes';

/** A normal report reads in well under a second; a file that takes this long is stopped. */
export const READ_TIMEOUT_MS = 30_000;

export type ReadOptions = {
  /** aborting stops the reading (「取消」) */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** the worker to read in; by default the real one, or none where the browser has no Worker */
  startWorker?: () => ReadWorker;
};

const startReadWorker = (): ReadWorker =>
  new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' }) as ReadWorker;

export async function readImportFile(file: File, opts: ReadOptions = {}): Promise<ImportSource> {
  const name = file.name;
  if (name.toLowerCase().endsWith('.json')) {
    return { kind: 'json', text: await readFileText(file, MAX_FILE_BYTES), name };
  }
  if (file.size > MAX_FILE_BYTES) throw new ImportReadError('too-large', READ_MESSAGES.fileTooLarge);
  const cancelled = () => new ImportReadError('cancelled', READ_MESSAGES.cancelled);
  if (opts.signal?.aborted) throw cancelled();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (opts.signal?.aborted) throw cancelled();
  const start = opts.startWorker ?? (typeof Worker === 'undefined' ? null : startReadWorker);
  // No Worker at all (unit tests in happy-dom): read here, within the same size limits.
  if (!start) return readSourceBytes(name, bytes);
  return readInWorker(start, name, bytes, opts.signal, opts.timeoutMs ?? READ_TIMEOUT_MS);
}

function readInWorker(
  start: () => ReadWorker,
  name: string,
  bytes: Uint8Array,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<ImportSource> {
  return new Promise<ImportSource>((resolve, reject) => {
    const worker = start();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(new ImportReadError('cancelled', READ_MESSAGES.cancelled)));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new ImportReadError('timeout', READ_MESSAGES.timeout(Math.round(timeoutMs / 1000)))),
        ),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      const reply = event.data;
      finish(() =>
        reply.ok ? resolve(reply.source) : reject(new ImportReadError(reply.kind, reply.message)),
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() =>
        reject(new ImportReadError('invalid', `无法读取文件（${event.message || '读取程序未能启动'}）。`)),
      );
    };
    worker.postMessage({ name, bytes }, [bytes.buffer]);
  });
}
