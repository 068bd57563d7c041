import { useLiveQuery } from 'dexie-react-hooks';
import { CHECK_CATALOG, familyOf } from '../../domain/checks/catalog';
import { cellLabel, narrativeLabel, parseCellId, parseNarrativeId } from '../../domain/report/cell-address';
import { changedSentences, diffDrafts } from '../../domain/report/draft-diff';
import type { NarrativePart } from '../../domain/report/keys';
import { META_LABELS, PART_TITLES } from '../../domain/report/labels';
import type { SavedReportVersion } from '../../storage/stored-report';
import { formatDateTime } from '../components/format';
import { Modal } from '../components/modal';
import { useEditor } from '../editor/editor-context';
import { useDraftSelector } from '../editor/use-draft-selector';
import { useRepository } from '../hooks/use-repository';

/**
 * What a compare starts from: on the clerk's side the content last 提交审核 (「与上次送审比较」: what
 * the clerk changed since), on the reviewer's side the content last 退回 (「与上次审阅比较」: what
 * came back changed). Each is the snapshot this computer recorded with that step.
 */
export type CompareBase = 'submit' | 'return';

export const COMPARE_TITLES: Record<CompareBase, string> = {
  submit: '与上次送审比较',
  return: '与上次审阅比较',
};
const BASE_WORDS: Record<CompareBase, string> = { submit: '送审时', return: '退回时' };

/** The content as it was at this computer's last step of that kind (recorded with the transition). */
export function isSnapshotOf(base: CompareBase) {
  return (v: SavedReportVersion): boolean =>
    v.reason === 'review' && v.review?.history.at(-1)?.action === base;
}

/** 「与上次送审比较」 / 「与上次审阅比较」: which cells and which sentences changed since. */
export function CompareDialog({ base: kind, onClose }: { base: CompareBase; onClose: () => void }) {
  const repo = useRepository();
  const { id } = useEditor();
  const versions = useLiveQuery(() => repo.listVersions(id), [repo, id]);
  const draft = useDraftSelector((s) => s.draft);
  const base = versions?.find(isSnapshotOf(kind));
  const diff = base ? diffDrafts(base.draft, draft) : null;
  const then = BASE_WORDS[kind];
  return (
    <Modal title={COMPARE_TITLES[kind]} onClose={onClose} wide>
      {versions === undefined ? (
        <p>正在读取…</p>
      ) : !base || !diff ? (
        <p>本机没有这份报告{kind === 'submit' ? '提交审核' : '被退回'}时的记录，无法比较。</p>
      ) : (
        <div data-testid="compare">
          <p>
            与 {formatDateTime(base.at)} {then}的内容相比：
            {diff.cells.length === 0 &&
              diff.fields.length === 0 &&
              diff.meta.length === 0 &&
              diff.explanations.length === 0 &&
              '没有任何改动。'}
          </p>
          {diff.cells.length > 0 && (
            <table className="list" aria-label="改动的单元格">
              <thead>
                <tr>
                  <th>单元格</th>
                  <th>{then}</th>
                  <th>现在</th>
                </tr>
              </thead>
              <tbody>
                {diff.cells.map((c) => {
                  const a = parseCellId(c.cell);
                  return (
                    <tr key={c.cell} data-changed-cell={c.cell}>
                      <td>{a ? `${PART_TITLES[a.part]}：${cellLabel(a)}` : c.cell}</td>
                      <td>{c.before || '（空）'}</td>
                      <td>
                        <strong>{c.after || '（空）'}</strong>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {diff.meta.length > 0 && (
            <p>
              报告信息改动：{diff.meta.map((k) => META_LABELS[k as keyof typeof META_LABELS] ?? k).join('、')}
            </p>
          )}
          {diff.fields.map((f) => {
            const n = parseNarrativeId(f);
            if (!n) return null;
            const before = (base.draft[n.part as NarrativePart] as Record<string, string>)[n.key] ?? '';
            const after = (draft[n.part as NarrativePart] as Record<string, string>)[n.key] ?? '';
            const added = changedSentences(before, after);
            const removed = changedSentences(after, before);
            return (
              <section key={f} data-changed-field={f}>
                <h4>
                  {PART_TITLES[n.part]}：{narrativeLabel(n)}
                </h4>
                <ul>
                  {added.map((s) => (
                    <li key={`+${s}`}>
                      <ins>新增或改写：{s}</ins>
                    </li>
                  ))}
                  {removed.map((s) => (
                    <li key={`-${s}`}>
                      <del>删去：{s}</del>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {diff.explanations.map((checkId) => {
            const family = familyOf(checkId);
            const before = base.draft.explanations[checkId] ?? '';
            const after = draft.explanations[checkId] ?? '';
            return (
              <section key={checkId} data-changed-explanation={checkId}>
                <h4>校验说明：{family ? CHECK_CATALOG[family].title : checkId}</h4>
                <p>
                  {then}：{before || '（无说明）'}
                </p>
                <p>
                  现在：<strong>{after || '（说明已删去）'}</strong>
                </p>
              </section>
            );
          })}
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
  );
}
