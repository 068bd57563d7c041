import { Suspense, useEffect, useMemo, useState } from 'react';
import { REPORT_TITLE } from '../domain/report/labels';
import { NianbaoDb } from '../storage/db';
import { requestPersistence } from '../storage/persistence';
import { createReportRepository } from '../storage/report-repository';
import { RecoveryNotice, useUnsavedRecovery } from '../ui/editor/unsaved-recovery';
import { RepositoryProvider } from '../ui/hooks/use-repository';
import { warmDraftList } from '../ui/reports/draft-list-feed';
import { ReportsPage } from '../ui/reports/reports-page';
import { type Route, useRoute } from '../ui/router/router';
import { ErrorBoundary } from './error-boundary';
import { OnDemandPage, onDemandPage } from './on-demand-page';
import { refreshStaleRecords } from './stale-records';

// Heavy, rarely used views load on demand (STACK.md: the bare stack is already ~150 KB gzip).
const Print = onDemandPage(() => import('../ui/print/print-page').then((m) => m.PrintPage));
const Summary = onDemandPage(() => import('../ui/summary/summary-page').then((m) => m.SummaryPage));
const Audit = onDemandPage(() => import('../ui/audit/audit-page').then((m) => m.AuditPage));
// 回收站 and 设置 (with the signing keys and the offline status) are not the first screen either.
const Trash = onDemandPage(() => import('../ui/reports/trash-page').then((m) => m.TrashPage));
const Settings = onDemandPage(() => import('../ui/settings/settings-page').then((m) => m.SettingsPage));
// The editor (forms, grid, checks, import) is not needed for the first screen, the reports list: it
// loads on demand, and once the list is shown, in the browser's idle time, so opening a report
// waits neither for its code nor for React's reveal of a lazy page (on-demand-page.tsx); the 汇总
// (issue 17 §3: open within 300 ms) follows it.
const Editor = onDemandPage(() => import('../ui/wizard/report-editor').then((m) => m.ReportEditor));

function prefetchPages(): () => void {
  const load = () => void Editor.preload().then(Summary.preload);
  if (typeof requestIdleCallback !== 'function') {
    const t = window.setTimeout(load, 2000);
    return () => window.clearTimeout(t);
  }
  const handle = requestIdleCallback(load, { timeout: 5000 });
  return () => cancelIdleCallback(handle);
}

const NAV: { hash: string; label: string; match: Route['name'][] }[] = [
  { hash: '#/', label: '报告列表', match: ['reports', 'editor'] },
  { hash: '#/summary', label: '汇总', match: ['summary'] },
  { hash: '#/audit', label: '批量审核', match: ['audit'] },
  { hash: '#/trash', label: '回收站', match: ['trash'] },
  { hash: '#/settings', label: '设置', match: ['settings'] },
];

export function App() {
  const route = useRoute();
  const repo = useMemo(() => createReportRepository(new NianbaoDb()), []);
  // The home page's list is read while the rest of the app starts, whatever the first route.
  useEffect(() => warmDraftList(repo), [repo]);
  useEffect(prefetchPages, []);
  // Counts and 汇总 records left by older checks are derived again in idle time (stale-records.ts).
  useEffect(() => refreshStaleRecords(repo), [repo]);
  const [recovered, dismissRecovered] = useUnsavedRecovery(repo);
  // Fields in conflict are named in the clerk's words by code that loads only then (first load).
  const [placeLabel, setPlaceLabel] = useState<((path: string) => string) | null>(null);
  const needsLabels = recovered.some((r) => r.conflicts?.length);
  useEffect(() => {
    if (needsLabels)
      void import('../ui/review/anchor-label').then(
        (m) => setPlaceLabel(() => m.draftPathLabel),
        () => setPlaceLabel(() => String), // its code not to be had (offline, not cached): the notice all the same
      );
  }, [needsLabels]);

  // Ask once for persistent storage, so the browser does not evict the reports under disk pressure.
  useEffect(() => {
    void (async () => {
      const settings = await repo.getSettings();
      if (settings.persistRequested) return;
      const granted = await requestPersistence();
      await repo.saveSettings({ persistRequested: true, persistGranted: granted });
    })().catch(() => undefined);
  }, [repo]);

  useEffect(() => {
    document.title = route.name === 'reports' ? REPORT_TITLE : `${REPORT_TITLE} · nianbao`;
  }, [route.name]);

  if (route.name === 'print' || route.name === 'blank-form') {
    return (
      <RepositoryProvider repo={repo}>
        <ErrorBoundary>
          <Suspense fallback={<p>正在加载打印预览…</p>}>
            <OnDemandPage
              page={Print}
              id={route.name === 'print' ? route.id : null}
              autoPrint={route.name === 'print' && route.auto}
            />
          </Suspense>
        </ErrorBoundary>
      </RepositoryProvider>
    );
  }

  return (
    <RepositoryProvider repo={repo}>
      <header className="app-header">
        <a className="brand" href="#/">
          {REPORT_TITLE}
        </a>
        <nav aria-label="主导航">
          {NAV.map((n) => (
            <a key={n.hash} href={n.hash} aria-current={n.match.includes(route.name) ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
      </header>
      <ErrorBoundary>
        <main>
          {(placeLabel || !needsLabels) && (
            <RecoveryNotice
              items={recovered}
              onDismiss={dismissRecovered}
              placeLabel={placeLabel ?? String}
            />
          )}
          <RouteView route={route} />
        </main>
      </ErrorBoundary>
    </RepositoryProvider>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'reports':
      return <ReportsPage />;
    case 'trash':
      return (
        <Suspense fallback={<p className="muted">正在加载…</p>}>
          <OnDemandPage page={Trash} key="trash" />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<p className="muted">正在加载…</p>}>
          <OnDemandPage page={Settings} key="settings" />
        </Suspense>
      );
    case 'summary':
      return (
        <Suspense fallback={<p className="muted">正在加载…</p>}>
          <OnDemandPage page={Summary} key="summary" />
        </Suspense>
      );
    case 'audit':
      return (
        <Suspense fallback={<p className="muted">正在加载…</p>}>
          <OnDemandPage page={Audit} key="audit" />
        </Suspense>
      );
    case 'editor':
      return (
        <Suspense fallback={<p className="muted">正在打开报告…</p>}>
          <OnDemandPage
            page={Editor}
            key={`editor:${route.id}`}
            id={route.id}
            step={route.step}
            focus={route.focus}
          />
        </Suspense>
      );
    default:
      return (
        <div className="panel">
          <h1>页面不存在</h1>
          <p>
            <a href="#/">返回报告列表</a>
          </p>
        </div>
      );
  }
}
