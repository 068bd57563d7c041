import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { storedSignedBy } from '../../domain/audit/stored-summary';
import { proposeRenamed, reportTexts } from '../../domain/report/organ-renamed';
import { proposePreviousYear } from '../../domain/report/organ-variants';
import { importPublishedText } from '../../domain/text-import/import-text';
import { readDeclinedLinks, writeDeclinedLinks } from '../../storage/declined-links';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { newId } from '../components/format';
import { Modal } from '../components/modal';
import { bidiVisible, UserText } from '../components/user-text';
import { useEditor, useLatest } from '../editor/editor-context';
import { useRepository } from '../hooks/use-repository';
import { readImportFile } from '../import/read-source';

const AUTO = '';

/**
 * 「上年报告」: the same organ's previous-year report, matched by 机关名称 and 年度−1 or chosen by hand,
 * or a published one imported only as a reference. It feeds carry-over, in-force and 内容雷同.
 */
export function PreviousYearLink() {
  const repo = useRepository();
  const { id, exclusive, previous } = useEditor();
  const latest = useLatest();
  // The light list records: the choices need only name, year and kind, and this query re-runs on
  // every save while the step is open (whole reports would be ~4 kB each, drafts included).
  const all = useLiveQuery(() => repo.listSummaries({}), [repo]);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState('');
  const [declined, setDeclined] = useState<readonly string[]>(() => readDeclinedLinks(localStorage, id));
  const year = latest.year;
  const others = useMemo(() => (all ?? []).filter((r) => r.id !== id), [all, id]);
  const candidates = useMemo(
    () => others.filter((r) => year === null || (r.year ?? 0) < year),
    [others, year],
  );
  // The same organ under another name last year (「洪泽区人民政府」/「淮安市洪泽区人民政府」, 办公室 /
  // 政府), or under its former name when this report's 落款 or text gives it (「原…局」): proposed
  // with the reason, linked only when the clerk confirms (nianbao issue 18).
  const { draft, importSummary } = latest;
  const proposals = useMemo(() => {
    if (previous || latest.previousYearId) return [];
    const subject = { agencyName: latest.agencyName, year };
    const variants = proposePreviousYear(subject, candidates).filter((p) => p.match.kind === 'variant');
    const found =
      variants.length > 0
        ? variants
        : proposeRenamed(
            { ...subject, texts: reportTexts(draft), signedBy: storedSignedBy(importSummary) },
            others,
          );
    return found.filter((p) => !declined.includes(p.candidate.id));
  }, [
    previous,
    latest.previousYearId,
    latest.agencyName,
    year,
    candidates,
    others,
    draft,
    importSummary,
    declined,
  ]);
  const decline = (prevId: string) => {
    const next = [...declined, prevId];
    writeDeclinedLinks(localStorage, id, next);
    setDeclined(next);
  };
  const link = async (prevId: string | null) => {
    setError('');
    try {
      await exclusive(() => repo.setPreviousYear(id, prevId));
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };
  return (
    <fieldset className="field plain">
      <legend className="field-label">上年报告</legend>
      <p className="hint">
        用于核对「二、上年结转」与上年「四、结转下年度」、现行有效件数的连续性，以及文字是否与上年雷同。
        {previous
          ? `当前：${bidiVisible(previous.agencyName)} ${previous.year ?? ''}年${previous.kind === 'reference' ? '（参考资料）' : ''}`
          : '当前：未找到上年报告'}
      </p>
      <div className="row">
        <label>
          <span className="visually-hidden">选择上年报告</span>
          <select
            value={latest.previousYearId ?? AUTO}
            onChange={(e) => void link(e.target.value === AUTO ? null : e.target.value)}
            aria-label="选择上年报告"
          >
            <option value={AUTO}>自动匹配（同一机关名称、上一年度）</option>
            {candidates.map((r) => (
              <option key={r.id} value={r.id}>
                {bidiVisible(r.agencyName)} {r.year ?? ''}年{r.kind === 'reference' ? '（参考资料）' : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setImporting(true)}>
          导入已发布的上年报告作为参考
        </button>
      </div>
      {proposals.length > 0 && (
        <section className="banner info" aria-label="可能的上年报告">
          <p>以下报告的机关名称与本报告不同，但可能是同一机关的上年报告：</p>
          <ul>
            {proposals.map((p) => (
              <li key={p.candidate.id} data-proposal={p.candidate.id}>
                <strong>
                  <UserText text={p.candidate.agencyName} /> {p.candidate.year ?? ''}年
                  {p.candidate.kind === 'reference' ? '（参考资料）' : ''}
                </strong>
                <span className="muted">（{p.match.reason}）</span>{' '}
                <button type="button" onClick={() => void link(p.candidate.id)}>
                  确认关联
                  <span className="visually-hidden">{`${bidiVisible(p.candidate.agencyName)}${p.candidate.year ?? ''}年`}</span>
                </button>{' '}
                <button type="button" onClick={() => decline(p.candidate.id)}>
                  不是同一机关
                  <span className="visually-hidden">{`${bidiVisible(p.candidate.agencyName)}${p.candidate.year ?? ''}年`}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ErrorBanner message={error} />
      {importing && (
        <ReferenceImport
          onClose={() => setImporting(false)}
          onImported={(prevId) => {
            setImporting(false);
            void link(prevId);
          }}
        />
      )}
    </fieldset>
  );
}

function ReferenceImport({ onClose, onImported }: { onClose: () => void; onImported: (id: string) => void }) {
  const repo = useRepository();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const save = async (source: string) => {
    try {
      const { draft, summary } = importPublishedText(source, { id: newId() });
      await repo.create(draft, { kind: 'reference', importSummary: JSON.parse(JSON.stringify(summary)) });
      onImported(draft.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : storageErrorMessage(e));
    }
  };
  return (
    <Modal title="导入上年报告作为参考" onClose={onClose}>
      <p className="hint">参考资料只用于对照，不会出现在报告列表中，也不能编辑。</p>
      <label className="field">
        <span>选择文件（.txt、.html、.docx、.pdf）</span>
        <input
          type="file"
          accept=".txt,.html,.htm,.docx,.pdf"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            try {
              const src = await readImportFile(f);
              await save(src.text);
            } catch (err) {
              setError(err instanceof Error ? err.message : '无法读取文件');
            }
          }}
        />
      </label>
      <label className="field">
        <span>或粘贴上年报告全文</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      </label>
      <ErrorBanner message={error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          取消
        </button>
        <button type="button" className="primary" disabled={!text.trim()} onClick={() => void save(text)}>
          导入并关联
        </button>
      </div>
    </Modal>
  );
}
