// The Web Worker that reads an imported file (read-bytes.ts), so the page keeps answering the
// clerk while a large or hostile file is read, and can be stopped (terminate) at any moment. A
// published report's text is also read as a report here (importWebPageText): for a 5 MB page that
// took half a second of the page's own thread.
// First: the worker is a global of its own, without the page's polyfills (Chromium 86–92).
import '../../domain/legacy-polyfills';
import { importWebPageText } from '../../domain/web-export/read-web-page';
import { ImportReadError, readSourceBytes } from './read-bytes';
import type { ReadReply, ReadRequest } from './read-protocol';

const reply = (message: ReadReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  try {
    const source = await readSourceBytes(event.data.name, event.data.bytes);
    reply({
      ok: true,
      source:
        source.kind === 'published'
          ? { ...source, imported: importWebPageText(source.text, source.info, {}) }
          : source,
    });
  } catch (e) {
    reply(
      e instanceof ImportReadError
        ? { ok: false, kind: e.kind, message: e.message }
        : {
            ok: false,
            kind: 'invalid',
            message: `无法读取文件（${e instanceof Error ? e.message : String(e)}）。`,
          },
    );
  }
};
