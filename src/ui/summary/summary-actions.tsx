// 「导出汇总JSON」「导出汇总CSV」「导出单位明细CSV」「打印汇总」. The JSON is the interchange envelope
// with a `summary` block (summary-file.ts explains why it is not importable as a report); the CSV
// files are UTF-8 with a BOM for Excel/WPS (csv.ts); printing prints only the summary tables and
// charts (summary.css, @media print).

import { useState } from 'react';
import type { CheckRun } from '../../domain/checks/types';
import { toChecksRecord } from '../../domain/interchange/checks-record';
import { exportFileName } from '../../domain/interchange/export-report';
import { draftToReport } from '../../domain/report/draft-convert';
import type { Report } from '../../domain/report/report-schema';
import { perUnitCsv, summaryCsv } from '../../domain/summary/csv';
import type { PerUnitRow } from '../../domain/summary/per-unit';
import type { SummedTables } from '../../domain/summary/sum-reports';
import { summaryFileText } from '../../domain/summary/summary-file';
import { summaryMember } from '../../domain/summary/summary-report';
import { downloadText } from '../components/download';
import { GENERATOR } from '../export/generator';
import { useRepository } from '../hooks/use-repository';

export function SummaryActions({
  report,
  summed,
  memberIds,
  memberRows,
  run,
  basis,
}: {
  report: Report;
  summed: SummedTables;
  /** the ids of the reports summed, in the order of the sum */
  memberIds: readonly string[];
  /** their per-unit rows, for the 单位明细 CSV */
  memberRows: readonly PerUnitRow[];
  run: CheckRun;
  /** the review statuses the sum holds, e.g. 「已审定3份」 (status-switch.tsx) */
  basis: string;
}) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const repo = useRepository();
  const empty = memberIds.length === 0;
  const { agencyName, year } = report.meta;
  const baseName = exportFileName({ agencyName, year }).replace(/\.json$/, '');

  const exportJson = async () => {
    setBusy(true);
    try {
      // The 汇总 itself read only the summary records; each member's digest is that of its whole
      // checked report (narratives included), as its own export would sign it.
      const members = await Promise.all(
        memberIds.map(async (id) => {
          const stored = await repo.get(id);
          if (!stored) throw new Error('有单位的报告已不在本机，请重新打开汇总');
          return draftToReport(stored.draft);
        }),
      );
      const text = await summaryFileText({
        summed,
        meta: {
          id: report.id,
          agencyName,
          year,
          reportKind: report.meta.reportKind,
          title: report.meta.title,
        },
        members: await Promise.all(members.map(summaryMember)),
        createdAt: new Date(),
        checks: toChecksRecord(run),
        generator: GENERATOR,
      });
      downloadText(`${baseName}.json`, text);
      setMessage(`已导出汇总JSON（${memberIds.length}个单位）`);
    } catch (e) {
      setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row summary-actions">
      <button type="button" disabled={empty || busy} onClick={() => void exportJson()}>
        导出汇总JSON
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={() => {
          downloadText(
            `${baseName}.csv`,
            summaryCsv(summed, { title: report.meta.title, basis }),
            'text/csv',
          );
          setMessage('已导出汇总CSV');
        }}
      >
        导出汇总CSV
      </button>
      <button
        type="button"
        disabled={empty}
        onClick={() => {
          downloadText(`${baseName}（单位明细）.csv`, perUnitCsv(memberRows), 'text/csv');
          setMessage(`已导出单位明细CSV（计入汇总的${memberRows.length}个单位）`);
        }}
      >
        导出单位明细CSV
      </button>
      <button type="button" className="primary" disabled={empty} onClick={() => window.print()}>
        打印汇总
      </button>
      <output aria-live="polite" className="muted">
        {message}
      </output>
    </div>
  );
}
