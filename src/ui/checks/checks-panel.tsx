import { useState } from 'react';
import type { CheckResult } from '../../domain/checks/types';
import { NEEDS_RECONFIRM, PART_TITLES, PENDING_INPUT } from '../../domain/report/labels';
import { explanationAnchor } from '../../domain/review/comments';
import { SEVERITY_CONFIG, type SeverityKey } from '../components/severity';
import { hasKeptText } from '../components/use-kept-text';
import { useOpenCommentTexts } from '../editor/comment-targets';
import { useEditor } from '../editor/editor-context';
import { structurallyEqual } from '../editor/structural-equal';
import { useDraftSelector } from '../editor/use-draft-selector';
import { editorPath, navigate } from '../router/router';
import { AcceptWarningDialog, explanationKey } from './accept-warning-dialog';
import { jumpTarget } from './jump-target';

const PART_ORDER = ['meta', ...Object.keys(PART_TITLES)] as const;
const partLabel = (part: string) =>
  part === 'meta' ? '报告信息' : (PART_TITLES[part as keyof typeof PART_TITLES] ?? part);

/** 「校验结果」: every check of every part, grouped by severity and part, each a link to its cell or field. */
export function ChecksPanel() {
  const { id, locked } = useEditor();
  const results = useDraftSelector(
    (s) => s.checks.results.filter((r) => r.status !== 'passed'),
    structurallyEqual,
  );
  const [accepting, setAccepting] = useState<CheckResult | null>(null);
  const open = results.filter((r) => r.status === 'failed');
  const counts = {
    error: open.filter((r) => r.severity === 'error').length,
    warning: open.filter((r) => r.severity === 'warning').length,
    info: results.filter((r) => r.severity === 'info').length,
  };
  const pending = results.filter((r) => r.status === 'pending');
  const accepted = results.filter((r) => r.status === 'accepted');

  const go = (r: CheckResult) => {
    const { step, focus } = jumpTarget(r);
    navigate(editorPath(id, step, focus));
  };

  return (
    <section className="checks-panel" aria-label="校验结果">
      <div className="row">
        <h3 style={{ margin: 0 }}>校验结果</h3>
        <span className="checks-summary">
          <span className={`badge ${counts.error ? 'error' : 'ok'}`} data-count="error">
            错误 {counts.error}
          </span>
          <span className={`badge ${counts.warning ? 'warning' : 'ok'}`} data-count="warning">
            警告 {counts.warning}
          </span>
          <span className="badge info">
            {PENDING_INPUT} {pending.length}
          </span>
          {accepted.length > 0 && <span className="badge ok">已说明 {accepted.length}</span>}
        </span>
      </div>
      {(['error', 'warning', 'info'] as SeverityKey[]).map((sev) => {
        const items =
          sev === 'info'
            ? results.filter((r) => r.severity === 'info')
            : open.filter((r) => r.severity === sev);
        if (items.length === 0) return null;
        return (
          <div key={sev}>
            <h4>
              {SEVERITY_CONFIG[sev].label}（{items.length}）
            </h4>
            {PART_ORDER.map((part) => {
              const inPart = items.filter((r) => r.part === part);
              if (inPart.length === 0) return null;
              return (
                <div key={part}>
                  <h5 className="muted" style={{ margin: '0.4rem 0 0.2rem' }}>
                    {partLabel(part)}
                  </h5>
                  <ul>
                    {inPart.map((r) => (
                      <CheckItem
                        key={r.id}
                        r={r}
                        onGo={() => go(r)}
                        onAccept={locked ? undefined : () => setAccepting(r)}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        );
      })}
      {accepted.length > 0 && (
        <div>
          <h4>已说明的警告（{accepted.length}）</h4>
          <ul>
            {accepted.map((r) => (
              <CheckItem
                key={r.id}
                r={r}
                onGo={() => go(r)}
                onAccept={locked ? undefined : () => setAccepting(r)}
              />
            ))}
          </ul>
        </div>
      )}
      {pending.length > 0 && (
        <details>
          <summary>
            {PENDING_INPUT}（{pending.length}）：这些校验要等相关单元格填写后才能判断
          </summary>
          <ul>
            {pending.map((r) => (
              <CheckItem key={r.id} r={r} onGo={() => go(r)} />
            ))}
          </ul>
        </details>
      )}
      {open.length === 0 && pending.length === 0 && <p className="badge ok">全部校验通过。</p>}
      {accepting && <AcceptWarningDialog result={accepting} onClose={() => setAccepting(null)} />}
    </section>
  );
}

function CheckItem({
  r,
  onGo,
  onAccept,
}: {
  r: CheckResult;
  onGo: () => void;
  onAccept?: (() => void) | undefined;
}) {
  const { id } = useEditor();
  const sev = SEVERITY_CONFIG[r.severity];
  const comments = useOpenCommentTexts(explanationAnchor(r.id).target);
  const canAccept = onAccept && r.severity === 'warning' && r.status !== 'pending';
  // A 说明 typed and not saved (Esc, 取消, a reload): said beside its button, which reopens it.
  const unsaved = canAccept && hasKeptText(explanationKey(id, r.id), r.explanation ?? '');
  return (
    <li data-check-id={r.id} data-severity={r.severity} data-status={r.status}>
      <span className={`sev-icon sev-${r.severity}`} aria-hidden="true">
        {r.status === 'accepted' ? '✓' : r.status === 'pending' ? '…' : sev.icon}
      </span>
      <span style={{ flex: 1 }}>
        <button type="button" className="goto" onClick={onGo}>
          {r.message}
        </button>
        {r.explanation && (
          <span
            className="hint"
            style={{ display: 'block' }}
            // a click selects the 说明 for 「批注」 (comment-buttons.tsx); a comment's link focuses it
            tabIndex={-1}
            data-explanation-of={r.id}
            data-anchor={explanationAnchor(r.id).target}
          >
            说明：{r.explanation}
            {r.status === 'failed' && (
              <>
                {' '}
                <strong className="reconfirm">{NEEDS_RECONFIRM}</strong>（说明所针对的数据已改变）
              </>
            )}
          </span>
        )}
        {comments.length > 0 && (
          <ul className="field-comments" data-explanation-comments={r.id}>
            {comments.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
      </span>
      {canAccept && (
        <span>
          <button type="button" onClick={onAccept}>
            {r.status === 'accepted' ? '修改说明' : '填写说明'}
          </button>
          {unsaved && (
            <span className="hint" data-unsaved-explanation style={{ display: 'block' }}>
              有未保存的说明
            </span>
          )}
        </span>
      )}
    </li>
  );
}
