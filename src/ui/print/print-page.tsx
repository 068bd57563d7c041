import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { draftToReport } from '../../domain/report/draft-convert';
import { bidiVisible } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { editorPath } from '../router/router';
import { ReportDocument } from './report-document';

/** 「打印预览」: the report alone on the page, ready for the browser's print / save as PDF. */
export function PrintPage({ id, autoPrint = false }: { id: string | null; autoPrint?: boolean }) {
  const repo = useRepository();
  const stored = useLiveQuery(async () => (id ? ((await repo.get(id)) ?? null) : null), [repo, id]);
  const ready = id === null || stored !== undefined;
  useEffect(() => {
    if (ready)
      document.title = stored
        ? bidiVisible(stored.draft.meta.title || stored.agencyName)
        : '政府信息公开工作年度报告（空白表）';
    if (ready && autoPrint) window.print();
  }, [ready, autoPrint, stored]);
  if (!ready) return <p>正在加载…</p>;
  if (id && !stored) return <p>找不到这份报告。</p>;
  return (
    <div className="print-page">
      <div className="print-toolbar">
        <button type="button" className="primary" onClick={() => window.print()}>
          打印
        </button>
        {stored ? <a href={editorPath(stored.id, 'checks')}>返回编辑</a> : <a href="#/">返回报告列表</a>}
      </div>
      <ReportDocument
        report={stored ? draftToReport(stored.draft) : null}
        draftMark={stored ? stored.status !== 'approved' : false}
      />
    </div>
  );
}
