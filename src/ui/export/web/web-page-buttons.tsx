// 「导出网页版」 and 「复制网页版」 (SPEC §10, issue 14 §5) in 「校验与导出」.
import { useRef, useState } from 'react';
import { COPY_WEB_PAGE, EXPORT_WEB_PAGE } from '../../../domain/report/labels';
import { downloadText } from '../../components/download';
import type { WebExport } from './build-web-export';
import { type CopyMethod, copyRichText } from './copy-rich-text';

type Props = {
  /** the web page of the report as it is now (flushes the autosave first) */
  build: () => Promise<WebExport>;
  /** after the file is saved: remember its digest as the last exchange */
  onExported: (digest: string) => Promise<void>;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'done'; message: string; method?: CopyMethod }
  | { kind: 'error'; message: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function WebPageButtons({ build, onExported }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);
  const run = async (action: () => Promise<Omit<Status & { kind: 'done' }, 'kind'>>, failure: string) => {
    if (busy.current) return;
    busy.current = true;
    try {
      setStatus({ kind: 'done', ...(await action()) });
    } catch (e) {
      setStatus({ kind: 'error', message: `${failure}：${errorText(e)}` });
    } finally {
      busy.current = false;
    }
  };

  return (
    <>
      <button
        type="button"
        data-export="web"
        onClick={() =>
          run(async () => {
            const web = await build();
            downloadText(web.fileName, web.page, 'text/html');
            await onExported(web.digest);
            return { message: `已导出：${web.fileName}` };
          }, `${EXPORT_WEB_PAGE}失败`)
        }
      >
        {EXPORT_WEB_PAGE}
      </button>
      <button
        type="button"
        data-export="web-copy"
        // The copy starts in the click itself (the clipboard needs the click's user activation);
        // the page is built meanwhile and handed over when ready.
        onClick={() =>
          run(async () => {
            const method = await copyRichText(build().then((web) => ({ html: web.page, text: web.text })));
            return { message: '已复制网页版，可在网站后台的编辑器中粘贴（表格保留合并单元格）', method };
          }, `${COPY_WEB_PAGE}失败`)
        }
      >
        {COPY_WEB_PAGE}
      </button>
      <output
        aria-live="polite"
        data-export-status="web"
        data-copy-method={status.kind === 'done' ? status.method : undefined}
      >
        {status.kind === 'done' && status.message}
      </output>
      {status.kind === 'error' && (
        <span role="alert" className="banner error">
          {status.message}
        </span>
      )}
    </>
  );
}
