import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { asUnverified } from '../../domain/interchange/approval';
import { canonicalJson } from '../../domain/interchange/canonical-json';
import { reportDigest } from '../../domain/interchange/digest';
import { decideImport, type ImportDecision } from '../../domain/interchange/import-decision';
import { type ImportResult, importReport } from '../../domain/interchange/import-report';
import { localOnlyComments, mergeImportedReview } from '../../domain/interchange/import-review';
import { checkImported } from '../../domain/interchange/imported-checks';
import { draftToReport, reportToDraft } from '../../domain/report/draft-convert';
import { ORIGIN_LABELS, REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import type { Review } from '../../domain/report/review-schema';
import { importedOrigin, type ReportOrigin } from '../../domain/review/roles';
import { webPageEdits } from '../../domain/web-export/page-edits';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { formatDateTime, newId } from '../components/format';
import { UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { useBrowserUse } from '../hooks/use-settings';
import { ApprovalTrustNotice, type TrustChoice, useApprovalTrust } from './approval-trust';
import { useNamesake } from './use-namesake';

const MAX_EDITS_SHOWN = 10;

/** Validates a report file, shows what it holds, and writes only when the user confirms. */
export function JsonImport({
  text,
  html,
  onCancel,
  onDone,
}: {
  text: string;
  /** the web page the file came in: what it shows is compared with the file (webPageEdits) */
  html?: string | undefined;
  onCancel: () => void;
  onDone: (id: string) => void;
}) {
  const repo = useRepository();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  // Each effect ignores an answer that arrives after the dialog closed (or the input changed): the
  // write at 「导入」 re-runs the query below, whose digest can settle after unmount.
  useEffect(() => {
    let live = true;
    void importReport(text).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [text]);
  // The read names the id it was made for: useLiveQuery hands the previous read (made before the
  // file was known: none) until the new one answers, and the dialog offered 「导入」 of a new report
  // for an id this computer holds. Until the read for this file's id answers: still checking.
  const read = useLiveQuery(
    async () =>
      result?.ok ? { id: result.report.id, stored: (await repo.get(result.report.id)) ?? null } : null,
    [repo, result],
  );
  const existing = !result?.ok ? null : read?.id === result.report.id ? read.stored : undefined;
  // Another report of the same organ and year (another id): not this file's earlier version, so an
  // import keeps both. Two received 「某局 2021 待审核」 rows looked the same in the list, and nothing
  // said a second one was coming — a same-named organ elsewhere, or the unit's report made afresh.
  const namesake = useNamesake(
    repo,
    result?.ok
      ? { id: result.report.id, agencyName: result.report.meta.agencyName, year: result.report.meta.year }
      : null,
  );
  const edits = useMemo(
    () => (result?.ok && html !== undefined ? webPageEdits(html, result.report) : []),
    [result, html],
  );
  // Decided for one `existing`: while the decision for a newer read of it is computed, none is shown
  // (the one made before it was read said 「较新版本」 for a moment, its button live, before 「相同」).
  const [decided, setDecided] = useState<{
    decision: ImportDecision;
    incoming: string;
    base: typeof existing;
  } | null>(null);
  const decision = decided && decided.base === existing ? decided : null;
  const use = useBrowserUse();
  const [chosenOrigin, setChosenOrigin] = useState<ReportOrigin | null>(null);
  const approvalTrust = useApprovalTrust(result?.ok ? result.approval : undefined, use);
  const [trustChoice, setTrustChoice] = useState<TrustChoice>(null);
  useEffect(() => {
    if (!result?.ok) return;
    let live = true;
    void (async () => {
      const incoming = await reportDigest(result.report);
      const localDigest = existing ? await reportDigest(draftToReport(existing.draft)) : '';
      if (!live) return;
      setDecided({
        base: existing,
        decision: existing
          ? decideImport({
              localDigest,
              lastExchangeDigest: existing.lastExchangeDigest,
              incomingDigest: incoming,
              localHistory: existing.review.history,
              incomingHistory: result.review.history,
            })
          : 'replace',
        incoming,
      });
    })();
    return () => {
      live = false;
    };
  }, [result, existing]);
  if (
    !result ||
    (result.ok && (existing === undefined || decision === null || approvalTrust.kind === 'checking'))
  )
    return <p>正在检查文件…</p>;
  if (!result.ok)
    return (
      <div>
        <p className="banner error" role="alert">
          {result.error}
        </p>
        <p>未导入任何内容。</p>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            关闭
          </button>
        </div>
      </div>
    );

  const { report, file } = result;
  const mustChoose = approvalTrust.kind === 'verified' && approvalTrust.trust === 'unknown';
  // An approval signed with a key the clerk did not trust is not an approval here.
  const review: Review =
    mustChoose && trustChoice === 'distrust'
      ? asUnverified(result.review, '审定所用的密钥未被本机信任', new Date())
      : result.review;
  // A report new here is the unit's own or one received for review (review/roles.ts); a browser
  // used for both says which, defaulting to 「收到的报告」 for a 待审核 file.
  const origin = chosenOrigin ?? importedOrigin(review.status, use);
  const keptComments = existing ? localOnlyComments(existing.review, review) : 0;
  // The very report here (「相同」): nothing filled in changes, so nothing is offered as a
  // replacement — the button says what comes in (the file's review records and comments), and when
  // the file holds none this copy lacks, there is nothing to import at all (the same file opened
  // twice). Before, both cases offered 「替换本机的报告」 under the 「完全相同」 banner, and a click
  // recorded this copy as a history version of itself.
  const same = existing && existing.deletedAt === null && decision?.decision === 'same';
  const nothingNew =
    same && canonicalJson(mergeImportedReview(existing.review, review)) === canonicalJson(existing.review);
  const write = async (mode: 'new' | 'replace' | 'copy') => {
    try {
      if (approvalTrust.kind === 'verified') {
        const pin = approvalTrust.trust === 'first' || (mustChoose && trustChoice === 'trust');
        if (pin) await repo.trustReviewer(approvalTrust.publicKey, approvalTrust.approver);
      }
      const draft = reportToDraft(report);
      // The sender's accepted warnings stay accepted; the list's 错误/警告 counts are computed now
      // rather than at the first edit — both with the check inputs the editor will use here.
      const [previous, settings] = await Promise.all([
        repo.findPreviousYear({
          id: report.id,
          previousYearId: existing?.previousYearId ?? null,
          agencyName: report.meta.agencyName,
          year: report.meta.year,
        }),
        repo.getSettings(),
      ]);
      const { accepted, run } = checkImported(draft, file.checks, {
        previous: previous ? draftToReport(previous.draft) : null,
        settings: { requiredOtherMatters: settings.requiredOtherMatters },
        today: new Date(),
      });
      const counts = { errorCount: run.counts.errors, warningCount: run.counts.warnings };
      if (mode === 'replace' && existing) {
        await repo.replaceFromImport({
          ...existing,
          draft,
          // the comments written here and not yet in the file are kept (import-review.ts)
          review: mergeImportedReview(existing.review, review),
          acceptedFingerprints: accepted,
          agencyName: draft.meta.agencyName,
          year: draft.meta.year,
          status: review.status,
          deletedAt: null,
          ...counts,
        });
        await repo.markExchanged(existing.id, decision?.incoming ?? '');
        return onDone(existing.id);
      }
      const id = mode === 'copy' ? newId() : report.id;
      const copy =
        mode === 'copy'
          ? { ...draft, id, meta: { ...draft.meta, agencyName: `${draft.meta.agencyName}（导入的副本）` } }
          : draft;
      await repo.create(copy, { review, counts, acceptedFingerprints: accepted, origin });
      if (mode === 'new' && decision) await repo.markExchanged(id, decision.incoming);
      onDone(id);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  return (
    <div>
      <table className="list" aria-label="文件内容">
        <tbody>
          <tr>
            <th>机关名称</th>
            <td>
              <UserText text={report.meta.agencyName} />
            </td>
          </tr>
          <tr>
            <th>报告年度</th>
            <td>{report.meta.year ?? ''}</td>
          </tr>
          <tr>
            <th>状态</th>
            <td>{REVIEW_STATUS_LABELS[review.status]}</td>
          </tr>
          {!existing && (
            <tr>
              <th>导入为</th>
              <td data-import-origin={origin}>
                {use.fill && use.review ? (
                  <fieldset className="plain">
                    <legend className="visually-hidden">导入为</legend>
                    {(['received', 'own'] as const).map((o) => (
                      <label key={o} style={{ marginRight: '1rem' }}>
                        <input
                          type="radio"
                          name="import-origin"
                          checked={origin === o}
                          onChange={() => setChosenOrigin(o)}
                        />
                        {ORIGIN_LABELS[o]}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  ORIGIN_LABELS[origin]
                )}
              </td>
            </tr>
          )}
          <tr>
            <th>导出时间</th>
            <td>
              {formatDateTime(file.exportedAt)}（{file.generator}）
            </td>
          </tr>
          <tr>
            <th>批注 / 审核记录</th>
            <td>
              {review.comments.length} 条批注，{review.history.length} 条审核记录
            </td>
          </tr>
        </tbody>
      </table>
      {result.warnings.map((w) => (
        <p key={w} className="banner warning" role="status">
          {w}
        </p>
      ))}
      {edits.length > 0 && (
        <div className="banner warning" role="status" data-page-edits={edits.length}>
          网页上显示的内容与网页中的数据块不一致（可能在网站编辑器中修改过）。导入的是数据块中的报告，即导出时的内容；网页上不同之处：
          <ul>
            {edits.slice(0, MAX_EDITS_SHOWN).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {edits.length > MAX_EDITS_SHOWN && `等共${edits.length}处。`}
        </div>
      )}
      {!existing && namesake && (
        <p className="banner warning" role="status" data-namesake={namesake.id}>
          本机已有「
          <UserText text={namesake.agencyName} />」{namesake.year}年的另一份报告（
          {REVIEW_STATUS_LABELS[namesake.status]}，最后保存 {formatDateTime(namesake.updatedAt)}
          ）。这个文件不是那份报告的新版本，而是另一份报告（可能是同名的另一个单位，或该单位重新建立的报告）：导入后两份都保留，汇总时同一单位只计入一份。如不需要，请取消，或导入后删除其中一份。
        </p>
      )}
      {existing && decision && (
        <p className="banner info" data-import-decision={decision.decision}>
          {existing.deletedAt === null ? '本机已有这份报告' : '本机回收站中有这份报告'}（
          <UserText text={existing.agencyName} /> {existing.year ?? ''}年，最后保存{' '}
          {formatDateTime(existing.updatedAt)}）。
          {existing.deletedAt !== null &&
            (decision.decision === 'same' || decision.decision === 'replace') &&
            '替换后它将移出回收站，回到报告列表。'}
          {decision.decision === 'same' &&
            (nothingNew
              ? '文件中的填报内容与本机的完全相同，审核记录和批注本机也都已有：无需导入。'
              : '文件中的填报内容与本机的完全相同，导入不会改动；只会加入文件中有、本机还没有的审核记录和批注。')}
          {decision.decision === 'replace' &&
            '导入的文件是本机这份报告的较新版本，确认后将替换（本机原有内容保存为历史版本）。'}
          {decision.decision === 'keep-both' &&
            '本机的报告在上次交换文件之后也有修改，两边都改过。为避免丢失任何内容，导入的报告将作为副本保存，两份都保留。'}
          {(decision.decision === 'same' || decision.decision === 'replace') &&
            keptComments > 0 &&
            `本机另有${keptComments}条批注（文件中没有），${nothingNew ? '不受影响' : '导入后仍保留'}。`}
          {decision.decision === 'older' &&
            `导入的文件比本机的这份报告旧：本机已有其后的${existing.review.history.length - result.review.history.length}条审核记录（现为「${REVIEW_STATUS_LABELS[existing.review.status]}」），文件中的是之前的内容和状态。通常不需要导入；如确需保留，可作为副本导入，本机的报告不变。`}
        </p>
      )}
      <ApprovalTrustNotice state={approvalTrust} choice={trustChoice} onChoose={setTrustChoice} />
      <ErrorBanner message={error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {nothingNew ? '关闭' : '取消'}
        </button>
        {nothingNew ? null : existing ? (
          decision?.decision === 'keep-both' || decision?.decision === 'older' ? (
            <button
              type="button"
              className="primary"
              disabled={mustChoose && trustChoice === null}
              onClick={() => void write('copy')}
            >
              作为副本导入
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={mustChoose && trustChoice === null}
              onClick={() => void write('replace')}
            >
              {same ? '导入审核记录和批注' : '替换本机的报告'}
            </button>
          )
        ) : (
          <button
            type="button"
            className="primary"
            disabled={mustChoose && trustChoice === null}
            onClick={() => void write('new')}
          >
            导入
          </button>
        )}
      </div>
    </div>
  );
}
