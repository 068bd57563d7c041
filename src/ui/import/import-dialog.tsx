import { useEffect, useRef, useState } from 'react';
import { ErrorBanner } from '../components/error-banner';
import { Modal } from '../components/modal';
import { editorPath, navigate } from '../router/router';
import { JsonImport } from './json-import';
import { type ImportSource, readImportFile } from './read-source';

/** A pasted text longer than this is read in the worker like a file (a real report is ~20,000). */
const LONG_PASTE_CHARS = 100_000;

import { TextImport } from './text-import';

/** 「导入」: a report file from another PC (.json) or a published report's text (.txt/.html/.docx/.pdf/pasted). */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [source, setSource] = useState<ImportSource | null>(null);
  const [pasted, setPasted] = useState('');
  // A paste from a web page (or 「复制网页版」) also brings its HTML, which keeps the tables' merged
  // cells and perhaps the report's data block: used as long as the box holds just that paste.
  const [pastedHtml, setPastedHtml] = useState<{ html: string; text: string } | null>(null);
  const sameText = (a: string, b: string) =>
    a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();
  const [error, setError] = useState('');
  /** the file being read (in a worker: the page keeps answering), and how to stop it */
  const [reading, setReading] = useState<string | null>(null);
  const stopReading = useRef<AbortController | null>(null);
  useEffect(() => () => stopReading.current?.abort(), []);
  const done = (id: string) => {
    onClose();
    navigate(editorPath(id, 'checks'));
  };

  const read = async (file: File) => {
    setError('');
    const controller = new AbortController();
    stopReading.current = controller;
    setReading(file.name);
    try {
      const result = await readImportFile(file, { signal: controller.signal });
      if (!controller.signal.aborted) setSource(result);
    } catch (err) {
      setError(err instanceof Error ? err.message : '无法读取文件');
    } finally {
      if (stopReading.current === controller) {
        stopReading.current = null;
        setReading(null);
      }
    }
  };

  return (
    <Modal title="导入" onClose={onClose} wide>
      {source === null ? (
        <div>
          <p>
            可导入：① 其他电脑导出的报告文件（.json）；② 已发布的年度报告（网页另存的 .html、.txt、Word 的
            .docx、PDF，或直接粘贴文字）。导入前会先显示识别结果，确认后才保存。
          </p>
          <label className="field">
            <span>选择文件</span>
            <input
              type="file"
              accept=".json,.txt,.html,.htm,.docx,.pdf,application/json,text/plain,text/html,application/pdf"
              disabled={reading !== null}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void read(file);
              }}
            />
          </label>
          {reading !== null && (
            <output className="banner info" style={{ display: 'block' }} data-testid="import-reading">
              正在读取「{reading}」…（可以点击「取消」停止） <progress aria-label="读取文件" />
            </output>
          )}
          <label className="field">
            <span>或粘贴已发布报告的全文</span>
            <textarea
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              onPaste={(e) => {
                const html = e.clipboardData.getData('text/html');
                setPastedHtml(html ? { html, text: e.clipboardData.getData('text/plain') } : null);
              }}
              rows={8}
            />
          </label>
          <ErrorBanner message={error} />
          <div className="actions">
            {/* While a file is read, 取消 stops the reading (the dialog stays); otherwise it closes. */}
            <button
              type="button"
              onClick={() => (stopReading.current ? stopReading.current.abort() : onClose())}
            >
              取消
            </button>
            <button
              type="button"
              className="primary"
              disabled={!pasted.trim() || reading !== null}
              onClick={() => {
                // A page's HTML, or a long text, is read like a file: in the worker (its parse of a
                // 5 MB paste took the page's thread for most of a second).
                if (pastedHtml && sameText(pasted, pastedHtml.text))
                  void read(new File([pastedHtml.html], '粘贴的网页.html', { type: 'text/html' }));
                else if (pasted.length > LONG_PASTE_CHARS)
                  void read(new File([pasted], '粘贴的文本.txt', { type: 'text/plain' }));
                else setSource({ kind: 'published', text: pasted, name: '粘贴的文本' });
              }}
            >
              识别粘贴的文本
            </button>
          </div>
        </div>
      ) : source.kind === 'json' ? (
        <JsonImport text={source.text} html={source.html} onCancel={onClose} onDone={done} />
      ) : (
        <TextImport
          text={source.text}
          info={source.info}
          preread={source.imported}
          onCancel={onClose}
          onDone={done}
        />
      )}
    </Modal>
  );
}
