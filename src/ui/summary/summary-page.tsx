// 「汇总」 (issue 7): a supervising office sums the part 二, 三 and 四 tables of its units' reports
// for one year (SPEC §1), sees who has not reported or is late, and exports or prints the sum.
// The sum, the checks, the CSV and the member selection are domain code (domain/summary/); this
// file holds the user's choices and composes the sections.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { runChecks } from '../../domain/checks/run-checks';
import { reportToDraft } from '../../domain/report/draft-convert';
import { yearOverYear } from '../../domain/summary/charts-data';
import { perUnitRow } from '../../domain/summary/per-unit';
import { type SummaryScope, sameUnitsByYear, selectMembers } from '../../domain/summary/select-members';
import { sumReports } from '../../domain/summary/sum-reports';
import { summaryAgencyName, summaryReport } from '../../domain/summary/summary-report';
import { storageErrorMessage } from '../../storage/storage-errors';
import type { Roster } from '../../storage/stored-report';
import { useRepository } from '../hooks/use-repository';
import '../print/print.css';
import { statusBasis } from '../../domain/summary/status-basis';
import { FlaggedList } from './flagged-list';
import type { UnitRow } from './per-unit-columns';
import { PerUnitTable } from './per-unit-table';
import { RosterDialog } from './roster-dialog';
import { RosterStatus } from './roster-status';
import { type ScopeMode, ScopePanel } from './scope-panel';
import { StatusSwitch } from './status-switch';
import { SummaryActions } from './summary-actions';
import { SummaryCharts } from './summary-charts';
import { SummaryTables } from './summary-tables';
import './summary.css';
import { useSummaryCandidates } from './use-summary-candidates';

const EMPTY: ReadonlySet<string> = new Set();

export function SummaryPage() {
  const repo = useRepository();
  // The units' own reports: a 参考报告 is never a unit of the 汇总 (select-members.ts).
  const stored = useLiveQuery(() => repo.listSums({ kind: 'draft' }), [repo]);
  const rosters = useLiveQuery(() => repo.listRosters(), [repo]);
  const today = useMemo(() => new Date(), []);
  const candidates = useSummaryCandidates(stored, today);

  const years = useMemo(
    () =>
      [...new Set((candidates ?? []).flatMap((c) => (c.year === null ? [] : [c.year])))].sort(
        (a, b) => b - a,
      ),
    [candidates],
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years[0] ?? null);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<ScopeMode>('all');
  const [picked, setPicked] = useState<ReadonlySet<string>>(EMPTY);
  const [chosenRoster, setChosenRoster] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(EMPTY);
  // Off: only 已审定 is summed (the final figures); on: 待审核, 已退回 and 草稿 too (issue 15).
  const [includeUnapproved, setIncludeUnapproved] = useState(false);
  const [rosterDialog, setRosterDialog] = useState<{ roster: Roster | null } | null>(null);
  const [rosterError, setRosterError] = useState('');

  // The chosen roster, else the first one for this year, else the first one.
  const roster =
    rosters?.find((r) => r.id === chosenRoster) ??
    rosters?.find((r) => r.year === year) ??
    rosters?.[0] ??
    null;

  const selection = useMemo(() => {
    if (!candidates || year === null) return null;
    const scope: SummaryScope =
      mode === 'roster'
        ? { mode, units: roster?.units ?? [] }
        : mode === 'picked'
          ? { mode, ids: [...picked] }
          : { mode };
    return selectMembers(candidates, year, scope, confirmed, { includeUnapproved });
  }, [candidates, year, mode, roster, picked, confirmed, includeUnapproved]);

  const members = selection?.members;
  const summed = useMemo(() => sumReports((members ?? []).map((m) => m.report)), [members]);
  const agencyName = name.trim() || summaryAgencyName(summed.memberCount);
  const report = useMemo(
    () =>
      summaryReport(summed, { id: `summary-${year ?? 'none'}`, agencyName, year, reportKind: 'government' }),
    [summed, agencyName, year],
  );
  const run = useMemo(() => runChecks({ draft: reportToDraft(report), today }), [report, today]);

  const unitRows = useMemo(
    (): UnitRow[] =>
      (selection?.scoped ?? []).map(({ candidate: c, included }) => ({
        ...perUnitRow(
          {
            id: c.id,
            status: c.status,
            errorCount: c.errorCount,
            warningCount: c.warningCount,
            report: c.report,
          },
          today,
        ),
        included,
      })),
    [selection, today],
  );
  const memberRows = useMemo(() => unitRows.filter((r) => r.included), [unitRows]);

  const yearly = useMemo(() => {
    if (!candidates || !members || members.length === 0) return null;
    const byYear = sameUnitsByYear(candidates, members);
    if (byYear.size < 2) return null;
    const points = [...byYear].map(([y, list]) => {
      const s = y === year ? summed : sumReports(list.map((c) => c.report));
      return { year: y, applications: s.applications, appeals: s.appeals };
    });
    return {
      data: yearOverYear(points),
      units: new Map([...byYear].map(([y, list]) => [y, list.length])),
    };
  }, [candidates, members, summed, year]);

  if (candidates === undefined || rosters === undefined)
    return (
      <section aria-labelledby="summary-title">
        <h1 id="summary-title">汇总</h1>
        <p className="muted">正在读取…</p>
      </section>
    );

  if (year === null || !selection)
    return (
      <section aria-labelledby="summary-title">
        <h1 id="summary-title">汇总</h1>
        <div className="panel">
          <p>还没有可汇总的报告（需要填写了报告年度的报告）。请先在报告列表中新建或「导入」各单位的报告。</p>
        </div>
      </section>
    );

  const ofYear = candidates.filter((c) => c.year === year);
  const basis = statusBasis(selection.membersByStatus, selection.scopedByStatus, includeUnapproved);
  const confirm = (ids: readonly string[], on: boolean) =>
    setConfirmed((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <section className="summary-page" aria-labelledby="summary-title">
      <div className="row summary-head">
        <h1 id="summary-title">汇总</h1>
        <span className="spacer" />
        <SummaryActions
          report={report}
          summed={summed}
          memberIds={selection.members.map((m) => m.id)}
          memberRows={memberRows}
          run={run}
          basis={basis}
        />
      </div>
      <ScopePanel
        years={years}
        year={year}
        onYear={setChosenYear}
        name={name}
        defaultName={summaryAgencyName(summed.memberCount)}
        onName={setName}
        mode={mode}
        onMode={setMode}
        ofYear={ofYear}
        picked={picked}
        onPicked={setPicked}
        rosters={rosters}
        roster={roster}
        onRoster={setChosenRoster}
        onNewRoster={() => setRosterDialog({ roster: null })}
        onEditRoster={() => roster && setRosterDialog({ roster })}
        onDeleteRoster={async () => {
          if (!roster || !window.confirm(`删除单位名单「${roster.name}」？各单位的报告不受影响。`)) return;
          try {
            await repo.deleteRoster(roster.id);
            setChosenRoster(null);
            setRosterError('');
          } catch (e) {
            setRosterError(storageErrorMessage(e));
          }
        }}
      />
      {rosterError && (
        <p className="banner error" role="alert">
          {rosterError}
        </p>
      )}
      <FlaggedList flagged={selection.flagged} onConfirm={confirm} />
      <RosterStatus
        year={year}
        today={today}
        roster={selection.roster}
        duplicates={selection.duplicates}
        rows={unitRows}
      />
      {selection.members.length === 0 && (
        <p className="banner warning" role="status">
          没有计入汇总的报告：
          {selection.scoped.length === 0
            ? '所选范围内没有报告。'
            : !includeUnapproved && selection.scopedByStatus.approved === 0
              ? '所选范围内还没有已审定的报告；如需查看未审定报告的合计，请勾选「计入未审定的报告」。'
              : '请在「需要确认的报告」中勾选要计入的报告。'}
        </p>
      )}
      <StatusSwitch
        on={includeUnapproved}
        onChange={setIncludeUnapproved}
        scoped={selection.scopedByStatus}
        members={selection.membersByStatus}
      />
      <SummaryTables report={report} summed={summed} run={run} basis={basis} />
      {selection.members.length > 0 && <SummaryCharts summed={summed} years={yearly} />}
      <PerUnitTable rows={unitRows} />
      {rosterDialog && (
        <RosterDialog
          roster={rosterDialog.roster}
          year={year}
          onClose={() => setRosterDialog(null)}
          onSaved={(id) => {
            setRosterDialog(null);
            setChosenRoster(id);
            setMode('roster');
          }}
        />
      )}
    </section>
  );
}
