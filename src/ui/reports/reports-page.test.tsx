// @vitest-environment happy-dom
// The reports list against a real repository (fake-indexeddb): what it reads, what it renders
// for a short and a long list, sorting, filtering and live updates. (happy-dom has no layout:
// the window falls back to its estimates, which is enough to see that it windows.)

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../domain/report/empty-report';
import type { ReportListItem } from '../../storage/report-list-item';
import { createReportRepository, type ReportRepository } from '../../storage/report-repository';
import { freshDb, manualClock } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { nextSorting, orderRows, type Sorting } from './list-sorting';
import { type ReportRow, toReportRow } from './report-row';
import { ReportsPage } from './reports-page';
import { type ListColumn, ReportsTable } from './reports-table';

afterEach(cleanup);

/** `count` drafts named 单位000…, created one minute apart (单位000 oldest), plus a reference and one in 回收站. */
async function repoWith(count: number): Promise<ReportRepository> {
  const clock = manualClock();
  const repo = createReportRepository(freshDb(), { now: clock.now });
  for (let i = 0; i < count; i++) {
    const name = `单位${String(i).padStart(3, '0')}`;
    await repo.create(emptyDraft({ id: `r${i}`, agencyName: name, year: 2024, reportKind: 'department' }));
    clock.advance(60_000);
  }
  await repo.create(emptyDraft({ id: 'ref', agencyName: '参考资料', year: 2023, reportKind: 'department' }), {
    kind: 'reference',
  });
  await repo.create(emptyDraft({ id: 'gone', agencyName: '已删除', year: 2024, reportKind: 'department' }));
  await repo.softDelete('gone');
  return repo;
}

function show(repo: ReportRepository) {
  render(
    <RepositoryProvider repo={repo}>
      <ReportsPage />
    </RepositoryProvider>,
  );
}

const table = () => screen.getByRole('table', { name: '报告' });
const dataRows = () => [...table().querySelectorAll('tbody tr[data-report-id]')];
const firstName = () => dataRows()[0]?.querySelector('a')?.textContent;

describe('ReportsPage', () => {
  it('shows 「还没有报告」 when there is nothing to list', async () => {
    show(createReportRepository(freshDb()));
    expect(await screen.findByText(/还没有报告/)).toBeTruthy();
    // Storage cleared by the browser looks the same: the clerk is told where the reports were kept
    // and how a backup brings them back.
    const hint = screen.getByText(/以前填写的报告不见了/).textContent ?? '';
    expect(hint).toContain('清除了浏览数据');
    expect(hint).toContain('无痕');
    expect(hint).toContain('「恢复备份」');
    expect(hint).toContain('「备份全部」');
  });

  it('a short list renders every own draft, newest first, with no spacer rows', async () => {
    show(await repoWith(5));
    await waitFor(() => expect(table().getAttribute('aria-rowcount')).toBe('6'));
    expect(dataRows().map((r) => r.getAttribute('data-report-id'))).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
    expect(dataRows().map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5', '6']);
    expect(table().querySelectorAll('tbody tr.gap')).toHaveLength(0);
    // neither the reference nor the report in 回收站 is listed
    expect(screen.queryByText('参考资料')).toBeNull();
    expect(screen.queryByText('已删除')).toBeNull();
    const updated = screen.getByRole('columnheader', { name: /最后保存/ });
    expect(updated.getAttribute('aria-sort')).toBe('descending');
  });

  it('renders all of 100 rows (the threshold)', async () => {
    show(await repoWith(100));
    await waitFor(() => expect(table().getAttribute('aria-rowcount')).toBe('101'));
    expect(dataRows()).toHaveLength(100);
    expect(table().querySelectorAll('tbody tr.gap')).toHaveLength(0);
  });

  it('a long list announces every row but renders a window of them', async () => {
    const count = 150;
    show(await repoWith(count));
    await waitFor(() => expect(table().getAttribute('aria-rowcount')).toBe(String(count + 1)));
    expect(dataRows().length).toBeLessThan(count / 2);
    expect(firstName()).toBe(`单位${count - 1}`);
    expect(dataRows()[0]?.getAttribute('aria-rowindex')).toBe('2');
    // the rows left out are one spacer row of their height
    expect(table().querySelectorAll('tbody tr.gap[aria-hidden="true"]')).toHaveLength(1);
  });

  it('sorts and filters all rows of a long list, not only the rendered ones', async () => {
    const count = 150;
    show(await repoWith(count));
    await waitFor(() => expect(firstName()).toBe(`单位${count - 1}`));
    const nameHeader = screen.getByRole('columnheader', { name: /机关名称/ });
    fireEvent.click(within(nameHeader).getByRole('button'));
    await waitFor(() => expect(firstName()).toBe('单位000'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /最后保存/ }).getAttribute('aria-sort')).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: '按机关名称筛选' }), {
      target: { value: '单位12' },
    });
    await waitFor(() => expect(table().getAttribute('aria-rowcount')).toBe('11'));
    expect(dataRows().map((r) => r.querySelector('a')?.textContent)).toEqual(
      Array.from({ length: 10 }, (_, i) => `单位12${i}`),
    );
  });

  it('「参考报告」 lists the references apart: badge instead of a status, their audit view, no due date', async () => {
    show(await repoWith(3));
    await waitFor(() => expect(firstName()).toBe('单位002'));
    fireEvent.change(screen.getByRole('combobox', { name: '按类别筛选' }), {
      target: { value: 'reference' },
    });
    await waitFor(() => expect(dataRows().map((r) => r.getAttribute('data-report-id'))).toEqual(['ref']));
    const row = dataRows()[0]!;
    expect(row.querySelector('a')?.getAttribute('href')).toBe('#/audit?report=ref');
    expect(within(row as HTMLElement).getByText('参考报告')).toBeTruthy();
    expect(within(row as HTMLElement).queryByText('草稿')).toBeNull();
    expect(within(row as HTMLElement).queryByRole('button', { name: /重命名/ })).toBeNull();
    expect(row.textContent).not.toMatch(/逾期|剩余/);
  });

  it('a name holding a direction override (U+202E) is listed isolated, the control drawn as a mark, the stored name kept', async () => {
    const repo = createReportRepository(freshDb());
    const name = '北湖区\u202e交通运输局';
    await repo.create(emptyDraft({ id: 'rlo', agencyName: name, year: 2024, reportKind: 'department' }));
    show(repo);
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    const link = dataRows()[0]?.querySelector('a');
    expect(link?.querySelector('bdi')).not.toBeNull();
    expect(link?.textContent).toBe('北湖区[U+202E]交通运输局');
    expect(link?.getAttribute('title')).toBe('北湖区[U+202E]交通运输局');
    expect((await repo.get('rlo'))?.agencyName).toBe(name);
  });

  it('follows writes made elsewhere (live query)', async () => {
    const repo = await repoWith(3);
    show(repo);
    await waitFor(() => expect(firstName()).toBe('单位002'));
    await act(async () => {
      await repo.rename('r0', '改过的名字');
    });
    await waitFor(() => expect(firstName()).toBe('改过的名字'));
  });
});

/** A list record to build rows from (only the name matters here). */
const listItem: ReportListItem = {
  id: '',
  agencyName: '',
  organ: '',
  year: 2024,
  reportKind: 'department',
  status: 'draft',
  errorCount: 0,
  warningCount: 0,
  updatedAt: '2025-01-10T02:00:00.000Z',
  createdAt: '2025-01-10T02:00:00.000Z',
  deletedAt: null,
  kind: 'draft',
};
const rowsNamed = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    toReportRow({ ...listItem, id: `h${i}`, agencyName: `单位${String(i).padStart(3, '0')}` }, new Date()),
  );

const nameColumn: ListColumn = {
  id: 'agencyName',
  header: '机关名称',
  sort: { value: (r) => r.agencyName, compare: 'text', first: 'asc' },
  cell: (r) => <a href={`#/r/${r.id}`}>{r.agencyName}</a>,
};

/** ReportsTable over `data`, sorted by its one column, counting the rows it renders. */
function Harness({ data, counter }: { data: ReportRow[]; counter: { rendered: Set<string> } }) {
  const [sorting, setSorting] = useState<Sorting>(null);
  const rows = useMemo(() => orderRows(data, [], sorting, { agencyName: nameColumn.sort! }), [data, sorting]);
  const counted: ListColumn = {
    ...nameColumn,
    cell: (r) => {
      counter.rendered.add(r.id);
      return nameColumn.cell(r);
    },
  };
  return (
    <ReportsTable
      columns={[counted]}
      rows={rows}
      sorting={sorting}
      onSort={(c) => setSorting((now) => nextSorting(now, c.id, 'asc'))}
      resetKey={JSON.stringify(sorting)}
    />
  );
}

describe('ReportsTable', () => {
  it('a long list renders only the rows in view, sorted or not, and its header cycles the order', async () => {
    const counter = { rendered: new Set<string>() };
    render(<Harness data={rowsNamed(500)} counter={counter} />);
    expect(table().getAttribute('aria-rowcount')).toBe('501');
    expect(dataRows().length).toBeLessThan(60);
    expect(
      dataRows()
        .map((r) => r.getAttribute('aria-rowindex'))
        .slice(0, 3),
    ).toEqual(['2', '3', '4']);
    expect(firstName()).toBe('单位000');
    expect(counter.rendered.size).toBeLessThan(60);

    const header = () => screen.getByRole('columnheader', { name: /机关名称/ });
    fireEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header().getAttribute('aria-sort')).toBe('ascending'));
    expect(firstName()).toBe('单位000');
    fireEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(firstName()).toBe('单位499'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(dataRows().length).toBeLessThan(60);
    expect(counter.rendered.size).toBeLessThan(120);
    // the third click: the list's own order again (newest first is shown on 最后保存, not here)
    fireEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header().getAttribute('aria-sort')).toBeNull());
    expect(firstName()).toBe('单位000');
  });
});
