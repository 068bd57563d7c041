import { useState } from 'react';
import { ChecksPanel } from '../checks/checks-panel';
import { useEditor, useLatest } from '../editor/editor-context';
import { downloadReportJson } from '../export/export-json';
import { buildWebExport } from '../export/web/build-web-export';
import { WebPageButtons } from '../export/web/web-page-buttons';
import { ExportWordButton } from '../export/word/export-word-button';
import { useRepository } from '../hooks/use-repository';
import { ReviewHistory } from '../review/review-history';
import { printPath } from '../router/router';

export function ChecksStep() {
  const { store, flush, id, exclusive } = useEditor();
  const repo = useRepository();
  const latest = useLatest();
  const [message, setMessage] = useState('');
  return (
    <div>
      <h2 tabIndex={-1}>校验与导出</h2>
      <div className="row panel">
        <button
          type="button"
          onClick={async () => {
            await flush();
            const s = store.get();
            try {
              const digest = await downloadReportJson(s.draft, latest.review, s.checks);
              await exclusive((base) => repo.markExchanged(id, digest, base));
              setMessage(
                s.checks.counts.errors > 0
                  ? `已导出（注意：仍有${s.checks.counts.errors}个错误，导出的是草稿）`
                  : '已导出',
              );
            } catch (e) {
              setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`);
            }
          }}
        >
          导出JSON
        </button>
        <ExportWordButton getReport={() => store.get().report} draftMark={latest.status !== 'approved'} />
        <WebPageButtons
          build={async () => {
            await flush();
            const s = store.get();
            return buildWebExport(s.draft, latest.review, s.checks);
          }}
          onExported={(digest) =>
            exclusive((base) => repo.markExchanged(id, digest, base)).then(() => undefined)
          }
        />
        <a href={printPath(id)}>打印预览</a>
        <output aria-live="polite">{message}</output>
      </div>
      <ReviewHistory />
      <ChecksPanel />
    </div>
  );
}
