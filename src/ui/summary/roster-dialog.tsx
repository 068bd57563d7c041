// 「单位名单」: the units a supervising office expects reports from, pasted from Word/Excel/a notice
// or opened from a .txt/.csv file, kept in the app (repository: saveRoster). What the parser made of
// the text is shown before saving, so a header cell or a 序号 column read as a unit is seen at once.
import { useId, useMemo, useState } from 'react';
import { MAX_YEAR, MIN_YEAR } from '../../domain/report/report-schema';
import { parseRoster } from '../../domain/summary/roster';
import { storageErrorMessage } from '../../storage/storage-errors';
import type { Roster } from '../../storage/stored-report';
import { readFileText } from '../components/download';
import { newId } from '../components/format';
import { Modal } from '../components/modal';
import { useRepository } from '../hooks/use-repository';

/** How many parsed names the preview lists; the count always covers all of them. */
const PREVIEW_LIMIT = 200;

export function RosterDialog({
  roster,
  year,
  onClose,
  onSaved,
}: {
  /** null = a new roster */
  roster: Roster | null;
  /** the 汇总 year, proposed for a new roster */
  year: number | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const repo = useRepository();
  const ids = useId();
  const [name, setName] = useState(
    roster?.name ?? (year === null ? '报送单位名单' : `${year}年报送单位名单`),
  );
  const [yearText, setYearText] = useState(String(roster ? (roster.year ?? '') : (year ?? '')));
  const [text, setText] = useState(roster?.units.join('\n') ?? '');
  const [error, setError] = useState('');
  const parsed = useMemo(() => parseRoster(text), [text]);
  const yearValue = yearText.trim() === '' ? null : Number(yearText);
  const yearOk =
    yearValue === null || (Number.isInteger(yearValue) && yearValue >= MIN_YEAR && yearValue <= MAX_YEAR);

  const save = async () => {
    if (!name.trim() || parsed.units.length === 0 || !yearOk) return;
    try {
      const saved = await repo.saveRoster({
        id: roster?.id ?? newId(),
        name: name.trim(),
        year: yearValue,
        units: parsed.units,
      });
      onSaved(saved.id);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  return (
    <Modal title={roster ? '编辑单位名单' : '新建单位名单'} onClose={onClose} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="row">
          <label className="field">
            <span>名单名称</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
          </label>
          <label className="field">
            <span>适用年度（可不填）</span>
            <input
              inputMode="numeric"
              value={yearText}
              onChange={(e) => setYearText(e.target.value)}
              aria-invalid={!yearOk}
              aria-describedby={yearOk ? undefined : `${ids}-year-error`}
              size={6}
            />
          </label>
        </div>
        {!yearOk && (
          <p id={`${ids}-year-error`} className="banner error" role="alert">
            适用年度应为{MIN_YEAR}至{MAX_YEAR}之间的整数，或不填。
          </p>
        )}
        <label className="field">
          <span>单位名称</span>
          <span className="hint" id={`${ids}-hint`}>
            每行一个单位，或用顿号、逗号分隔；可直接粘贴Word、Excel中的名单（序号、表头会自动去掉）。
          </span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            aria-describedby={`${ids}-hint`}
          />
        </label>
        <label className="field">
          <span>或从文件读取（.txt、.csv）</span>
          <input
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const content = await readFileText(file, 2 * 1024 * 1024);
                setText((prev) => (prev.trim() ? `${prev}\n${content}` : content));
                setError('');
              } catch (err) {
                setError(err instanceof Error ? err.message : '无法读取文件');
              }
            }}
          />
        </label>
        <section aria-labelledby={`${ids}-preview`} className="roster-preview">
          <h3 id={`${ids}-preview`}>识别出{parsed.units.length}个单位</h3>
          {parsed.units.length > 0 && (
            <ol>
              {parsed.units.slice(0, PREVIEW_LIMIT).map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ol>
          )}
          {parsed.units.length > PREVIEW_LIMIT && (
            <p className="hint">另有{parsed.units.length - PREVIEW_LIMIT}个单位未列出。</p>
          )}
          {parsed.duplicates.length > 0 && (
            <p className="banner warning">
              重复的名称已合并（{parsed.duplicates.length}个）：{parsed.duplicates.join('、')}
            </p>
          )}
        </section>
        {error && (
          <p className="banner error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button
            type="submit"
            className="primary"
            disabled={!name.trim() || parsed.units.length === 0 || !yearOk}
          >
            保存名单
          </button>
        </div>
      </form>
    </Modal>
  );
}
