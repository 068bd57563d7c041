// 「导出Word」 (SPEC §10). The docx library (~1 MB) is loaded with import() on the first click, so it
// lives in its own chunk and never slows the app's start.
import { useRef, useState } from 'react';
import type { Report } from '../../../domain/report/report-schema';
import { downloadBlob } from '../../components/download';

type Props = {
  /** the report as it is now (may be async, e.g. to flush the autosave first) */
  getReport: () => Report | Promise<Report>;
  /** true unless the report is 已审定: prints 「草稿（未审定）」 on every page */
  draftMark: boolean;
};

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; message: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ExportWordButton({ getReport, draftMark }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A ref, not state: a double click must not start two builds before React re-renders.
  const busy = useRef(false);

  async function exportWord() {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'busy' });
    try {
      let mod: typeof import('./build-docx');
      try {
        mod = await import('./build-docx');
      } catch {
        // A chunk that cannot be fetched: offline with a stale cache, or the app was updated meanwhile.
        throw new Error('无法加载Word导出组件，请检查网络或刷新页面后重试');
      }
      const report = await getReport();
      const blob = await mod.buildReportDocx(report, { draftMark });
      const fileName = mod.docxFileName(report.meta);
      downloadBlob(fileName, blob);
      setState({ kind: 'done', fileName });
    } catch (e) {
      setState({ kind: 'error', message: `导出Word失败：${errorText(e)}` });
    } finally {
      busy.current = false;
    }
  }

  return (
    <>
      <button type="button" onClick={exportWord} aria-disabled={state.kind === 'busy'} data-export="word">
        导出Word
      </button>
      <output aria-live="polite" data-export-status="word">
        {state.kind === 'busy' && '正在生成…'}
        {state.kind === 'done' && `已导出：${state.fileName}${draftMark ? '（带「草稿」标记）' : ''}`}
      </output>
      {state.kind === 'error' && (
        <span role="alert" className="banner error">
          {state.message}
        </span>
      )}
    </>
  );
}
