// The messages between the page (read-source.ts) and the reading worker (read-file.worker.ts).
import type { ImportSource, ReadFailureKind } from './read-bytes';

export type ReadRequest = { name: string; bytes: Uint8Array };
export type ReadReply =
  | { ok: true; source: ImportSource }
  | { ok: false; kind: ReadFailureKind; message: string };

/** What the page needs of a Worker (a fake one in the unit tests). */
export type ReadWorker = {
  postMessage(message: ReadRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ReadReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};
