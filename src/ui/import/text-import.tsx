import { useEffect, useMemo, useState } from 'react';
import { runChecks } from '../../domain/checks/run-checks';
import { cellLabel, narrativeLabel, parseCellId, parseNarrativeId } from '../../domain/report/cell-address';
import { draftToReport } from '../../domain/report/draft-convert';
import {
  META_LABELS,
  PART_TITLES,
  REPORT_KIND_LABELS,
  REVIEW_STATUS_LABELS,
} from '../../domain/report/labels';
import type { Report } from '../../domain/report/report-schema';
import { applySplitChoices } from '../../domain/text-import/apply-split-choices';
import type { TextImportResult } from '../../domain/text-import/import-summary';
import { importWebPageText, type WebPageInfo } from '../../domain/web-export/read-web-page';
import { storageErrorMessage } from '../../storage/storage-errors';
import { formatDateTime, newId } from '../components/format';
import { UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { SplitChoices } from './split-choices';
import { useNamesake } from './use-namesake';

const cellName = (id: string) => {
  const a = parseCellId(id);
  return a ? cellLabel(a) : id;
};
const fieldName = (id: string) => {
  const n = parseNarrativeId(id);
  return n ? narrativeLabel(n) : id;
};
/** 「meta.website」 → 「网站」; a narrative id → its sub-item's label. */
const unreadFieldName = (id: string) =>
  id.startsWith('meta.') ? (META_LABELS[id.slice(5) as keyof typeof META_LABELS] ?? id) : fieldName(id);

/** The import summary of a published report's text; nothing is saved until 「确认导入」. */
export function TextImport({
  text,
  info,
  preread,
  onCancel,
  onDone,
}: {
  text: string;
  /** the report information of a page of 「导出网页版」, which replaces what is read from the text */
  info?: WebPageInfo | undefined;
  /** the text already read as a report, without last year's report (the reading worker did it) */
  preread?: TextImportResult | undefined;
  onCancel: () => void;
  onDone: (id: string) => void;
}) {
  const repo = useRepository();
  const [error, setError] = useState('');
  const [id] = useState(newId);
  // The same organ's previous-year report, when the app has it: its 「现行有效件数」 can settle a
  // part 二 row whose cells ran together (现行有效 = 上年 + 制发 − 废止).
  const [previous, setPrevious] = useState<Report | null>(null);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const imported = useMemo(
    () =>
      preread && previous === null
        ? { ...preread, draft: { ...preread.draft, id } }
        : importWebPageText(text, info, { id, previous }),
    [text, info, id, previous, preread],
  );
  const { agencyName, year } = imported.draft.meta;
  // The same organ and year here already: a published report imported becomes a second report.
  const namesake = useNamesake(repo, { id, agencyName, year });
  const waitsForPart2 = imported.summary.splitChoices.some((c) => c.part === 'proactive');
  useEffect(() => {
    if (!waitsForPart2 || previous !== null || year === null || !agencyName) return;
    let live = true;
    void repo
      .findPreviousYear({ id, previousYearId: null, agencyName, year })
      .then((found) => {
        if (live && found) setPrevious(draftToReport(found.draft));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [repo, id, agencyName, year, waitsForPart2, previous]);
  // Splits the user picked go into the draft; 「留空」 (−1) leaves those cells unread.
  const { draft, summary, errors, counts } = useMemo(() => {
    const chosen = Object.fromEntries(Object.entries(picks).filter(([, v]) => v >= 0));
    const r = applySplitChoices(imported, chosen);
    const run = runChecks({ draft: r.draft, today: new Date() });
    return {
      ...r,
      errors: run.results.filter((x) => x.status === 'failed' && x.severity === 'error'),
      counts: { errorCount: run.counts.errors, warningCount: run.counts.warnings },
    };
  }, [imported, picks]);
  const unpicked = imported.summary.splitChoices.filter((c) => !Object.hasOwn(picks, c.key));

  const confirm = async () => {
    try {
      await repo.create(draft, { importSummary: JSON.parse(JSON.stringify(summary)), counts, origin: 'own' });
      onDone(draft.id);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  return (
    <div className="import-summary">
      <h3>识别结果</h3>
      {summary.format === '2019' && (
        <p className="banner warning" role="status">
          这是2019年试行格式的报告，已按现行格式对应能对应的内容，其余见下方说明。
        </p>
      )}
      {summary.warnings.map((w) => (
        <p key={w} className="banner warning">
          {w}
        </p>
      ))}
      {namesake && (
        <p className="banner warning" role="status" data-namesake={namesake.id}>
          本机已有「
          <UserText text={namesake.agencyName} />」{namesake.year}年的报告（
          {REVIEW_STATUS_LABELS[namesake.status]}，最后保存 {formatDateTime(namesake.updatedAt)}
          ）。导入这份已发布的报告会另建一份，两份都保留，汇总时同一单位只计入一份。要继续填写已有的那一份，请取消，在报告列表中打开它。
        </p>
      )}
      {errors.length > 0 && (
        <p className="banner error" role="status">
          原文数据有{errors.length}
          处不符合校验规则（例如勾稽关系不平）。仍可导入作为依据，导入后会在校验结果中逐条标出。
        </p>
      )}
      <table className="list" aria-label="识别到的报告信息">
        <tbody>
          {summary.meta.map((m) => (
            <tr key={m.field}>
              <th>{META_LABELS[m.field as keyof typeof META_LABELS] ?? m.field}</th>
              <td data-meta-field={m.field}>{metaValueText(m.field, m.value)}</td>
            </tr>
          ))}
          <tr>
            <th>识别到的部分</th>
            <td>{summary.partsFound.map((p) => PART_TITLES[p]).join('、') || '无'}</td>
          </tr>
          {summary.partsMissing.length > 0 && (
            <tr>
              <th>未找到的部分</th>
              <td className="overdue">{summary.partsMissing.map((p) => PART_TITLES[p]).join('、')}</td>
            </tr>
          )}
          <tr>
            <th>文字分项</th>
            <td>{summary.narrativesFound.map(fieldName).join('、') || '无'}</td>
          </tr>
          <tr>
            <th>读取的数字</th>
            <td data-testid="numbers-read">{summary.numbers.length} 个</td>
          </tr>
        </tbody>
      </table>
      {imported.summary.runTogether.length > 0 && (
        <SplitChoices
          summary={imported.summary}
          picks={picks}
          onPick={(key, index) => setPicks((p) => ({ ...p, [key]: index }))}
        />
      )}
      {summary.unread.length > 0 && (
        <details open>
          <summary className="overdue">未能读取的单元格（{summary.unread.length}）</summary>
          <ul>
            {summary.unread.map((u) => (
              <li key={u.cell} data-unread-cell={u.cell}>
                {cellName(u.cell)}：{u.reason}
                {u.snippet && <span className="muted">（原文：{u.snippet}）</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.unreadFields.length > 0 && (
        <details open>
          <summary className="overdue">未能读取的报告信息和文字（{summary.unreadFields.length}）</summary>
          <ul aria-label="未能读取的报告信息和文字">
            {summary.unreadFields.map((u) => (
              <li key={u.field} data-unread-field={u.field}>
                {unreadFieldName(u.field)}：{u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.totalMismatches.length > 0 && (
        <details open>
          <summary className="overdue">原文合计与分项之和不一致（{summary.totalMismatches.length}）</summary>
          <ul>
            {summary.totalMismatches.map((m) => (
              <li key={m.cell}>{m.message}</li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>每个数字及其原文出处（{summary.numbers.length}）</summary>
        <table className="list" aria-label="读取的数字">
          <thead>
            <tr>
              <th>单元格</th>
              <th>数值</th>
              <th>原文</th>
            </tr>
          </thead>
          <tbody>
            {summary.numbers.map((n) => (
              <tr key={n.cell} data-cell-source={n.cell}>
                <td>{cellName(n.cell)}</td>
                <td>{n.value}</td>
                <td className="muted">{n.snippet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        {unpicked.length > 0 && (
          <span className="muted" id="split-pending">
            请先为{unpicked.map((c) => c.title).join('、')}选择拆法
          </span>
        )}
        <button
          type="button"
          className="primary"
          disabled={unpicked.length > 0}
          aria-describedby={unpicked.length > 0 ? 'split-pending' : undefined}
          onClick={() => void confirm()}
        >
          确认导入
        </button>
      </div>
    </div>
  );
}

/** A value read for 报告信息 as the clerk reads it: 「部门」 / 「本级政府」, never the stored key. */
function metaValueText(field: string, value: unknown): string {
  if (field === 'reportKind' && (value === 'department' || value === 'government'))
    return REPORT_KIND_LABELS[value];
  return String(value);
}
