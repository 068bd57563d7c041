// 「汇总范围」: the year, the name of the 汇总, and which reports of that year to sum — all of them,
// a hand-picked set, or the units of a 单位名单.
import { useId, useMemo, useState } from 'react';
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import type { Roster } from '../../storage/stored-report';
import { UserText } from '../components/user-text';
import type { Candidate } from './use-summary-candidates';

export type ScopeMode = 'all' | 'picked' | 'roster';

export const SCOPE_MODE_LABELS: Record<ScopeMode, string> = {
  all: '本年度全部报告',
  picked: '手动选择报告',
  roster: '按单位名单',
};

const MODES: { mode: ScopeMode; label: string }[] = (['all', 'picked', 'roster'] as const).map((mode) => ({
  mode,
  label: SCOPE_MODE_LABELS[mode],
}));

export type ScopePanelProps = {
  years: readonly number[];
  year: number;
  onYear: (year: number) => void;
  name: string;
  defaultName: string;
  onName: (name: string) => void;
  mode: ScopeMode;
  onMode: (mode: ScopeMode) => void;
  ofYear: readonly Candidate[];
  picked: ReadonlySet<string>;
  onPicked: (ids: ReadonlySet<string>) => void;
  rosters: readonly Roster[];
  roster: Roster | null;
  onRoster: (id: string) => void;
  onNewRoster: () => void;
  onEditRoster: () => void;
  onDeleteRoster: () => void;
};

export function ScopePanel(p: ScopePanelProps) {
  const ids = useId();
  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>汇总范围</h2>
      <div className="row">
        <label className="field">
          <span>汇总年度</span>
          <select value={p.year} onChange={(e) => p.onYear(Number(e.target.value))}>
            {p.years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <label className="field summary-name">
          <span>汇总名称</span>
          <input
            value={p.name}
            placeholder={p.defaultName}
            maxLength={200}
            onChange={(e) => p.onName(e.target.value)}
          />
        </label>
      </div>
      <fieldset className="scope-modes">
        <legend>汇总哪些报告</legend>
        {MODES.map((m) => (
          <label key={m.mode}>
            <input
              type="radio"
              name={`${ids}-mode`}
              value={m.mode}
              checked={p.mode === m.mode}
              onChange={() => p.onMode(m.mode)}
            />
            {m.label}
            {m.mode === 'all' && `（${p.ofYear.length}份）`}
          </label>
        ))}
      </fieldset>
      {p.mode === 'picked' && <PickList ofYear={p.ofYear} picked={p.picked} onPicked={p.onPicked} />}
      {p.mode === 'roster' && <RosterControls {...p} />}
    </section>
  );
}

function candidateNote(c: Candidate): string {
  const parts = [REVIEW_STATUS_LABELS[c.status]];
  if (c.errorCount > 0) parts.push(`${c.errorCount}个错误`);
  return parts.join('，');
}

function PickList({ ofYear, picked, onPicked }: Pick<ScopePanelProps, 'ofYear' | 'picked' | 'onPicked'>) {
  const ids = useId();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => ofYear.filter((c) => c.agencyName.includes(filter.trim())), [ofYear, filter]);
  const setAll = (on: boolean) => {
    const next = new Set(picked);
    for (const c of shown) {
      if (on) next.add(c.id);
      else next.delete(c.id);
    }
    onPicked(next);
  };
  return (
    <fieldset className="pick-list" aria-describedby={`${ids}-count`}>
      <legend>选择要汇总的报告</legend>
      <div className="row">
        <label>
          <span className="visually-hidden">按机关名称筛选要选择的报告</span>
          <input
            type="search"
            placeholder="按机关名称筛选"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => setAll(true)}>
          全选{filter.trim() ? '筛选结果' : ''}
        </button>
        <button type="button" onClick={() => setAll(false)}>
          全不选
        </button>
        <span id={`${ids}-count`} className="muted">
          已选{ofYear.filter((c) => picked.has(c.id)).length}份，共{ofYear.length}份
        </span>
      </div>
      <ul className="pick-items">
        {shown.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={picked.has(c.id)}
                onChange={(e) => {
                  const next = new Set(picked);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  onPicked(next);
                }}
              />
              <UserText text={c.agencyName} fallback="（未填写机关名称）" />
              <span className="muted">（{candidateNote(c)}）</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function RosterControls(p: ScopePanelProps) {
  if (p.rosters.length === 0)
    return (
      <div className="row">
        <p className="muted">还没有单位名单。新建名单时可粘贴或导入单位名称，名单会保存在本机。</p>
        <button type="button" className="primary" onClick={p.onNewRoster}>
          新建名单
        </button>
      </div>
    );
  return (
    <div className="row">
      <label>
        <span className="field-label">单位名单</span>
        <select value={p.roster?.id ?? ''} onChange={(e) => p.onRoster(e.target.value)}>
          {p.roster === null && <option value="">请选择</option>}
          {p.rosters.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.year === null ? '' : `（${r.year}年）`}，{r.units.length}个单位
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={p.onNewRoster}>
        新建名单
      </button>
      <button type="button" onClick={p.onEditRoster} disabled={p.roster === null}>
        编辑名单
      </button>
      <button type="button" className="danger" onClick={p.onDeleteRoster} disabled={p.roster === null}>
        删除名单
      </button>
    </div>
  );
}
