import { expect, test } from '@playwright/test';
import { emptyDraft } from '../src/domain/report/empty-report';
import { FIXTURE } from './fixture-data';
const fill = (g: Record<string, Record<string, number>>, skip: string[]) => Object.fromEntries(Object.entries(g).filter(([k]) => !skip.includes(k)).map(([k, row]) => [k, Object.fromEntries(Object.entries(row).filter(([c]) => c !== 'total').map(([c, v]) => [c, String(v)]))]));

test('perf 1000', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  const records = Array.from({ length: Number(process.env.N ?? 1000) }, (_, i) => {
    const d = emptyDraft({ id: `p-${i}`, agencyName: `测试单位${String(i).padStart(4, '0')}`, year: 2021, reportKind: 'department' });
    const draft = { ...d, proactive: fill(FIXTURE.proactive as never, []), applications: fill(FIXTURE.applications as never, ['totalHandled']), appeals: fill(FIXTURE.appeals as never, []) } as typeof d;
    (draft.applications.newReceived as Record<string, string>).natural = String(i);
    (draft.applications.unavailableNotHeld as Record<string, string>).natural = String(FIXTURE.applications.unavailableNotHeld.natural + i - 23);
    const r = { id: d.id, meta: d.meta };
    const now = new Date(2022, 0, 1, 0, 0, i % 60).toISOString();
    return { id: r.id, revision: 1, createdAt: now, updatedAt: now, deletedAt: null, kind: 'draft', draft,
      review: { status: 'draft', comments: [], history: [] }, acceptedFingerprints: {}, previousYearId: null,
      importSummary: null, agencyName: r.meta.agencyName, year: 2021, status: i % 3 === 0 ? 'approved' : 'draft', errorCount: 0, warningCount: 2 };
  });
  await page.evaluate((recs) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('nianbao');
    req.onsuccess = () => { const tx = req.result.transaction('reports', 'readwrite'); for (const r of recs) tx.objectStore('reports').put(r); tx.oncomplete = () => { req.result.close(); resolve(); }; tx.onerror = () => reject(tx.error); };
    req.onerror = () => reject(req.error);
  }), records);
  await page.goto('/?fresh=1#/settings');
  await expect(page.getByRole('link', { name: '汇总' })).toBeVisible();
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const inPage = await page.evaluate(() => new Promise<string>((r) => {
    const t = performance.now();
    const longTasks: number[] = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    const mo = new MutationObserver(() => { if (document.querySelector('.summary-tables')) { mo.disconnect(); setTimeout(() => r(`${(performance.now() - t).toFixed(0)} long tasks ${longTasks.join(',')}`), 50); } });
    mo.observe(document.body, { subtree: true, childList: true });
    window.location.hash = '#/summary';
  }));
  console.log('render in page ms', inPage, 'wall', Date.now() - t0);
  {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
    console.log('PROFILE ' + 'render' + '\n' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
  }
  await cdp.send('Profiler.start');
  const t1 = Date.now();
  await page.locator('.unit-table-wrap').evaluate(async (el) => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) { el.scrollTop += 600; await new Promise((r) => requestAnimationFrame(r)); const now = performance.now(); gaps.push(now - last); last = now; }
    return gaps;
  }).then((g) => console.log('scroll frame gaps max', Math.max(...g).toFixed(0), 'avg', (g.reduce((a, b) => a + b, 0) / g.length).toFixed(1)));
  console.log('scroll ms', Date.now() - t1);
  {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
    console.log('PROFILE ' + 'scroll' + '\n' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
  }

  console.log('rows in DOM', await page.locator('.unit-table tbody tr[data-report-id]').count());
  const t2 = Date.now();
  await page.getByRole('button', { name: /一、本年新收/ }).click();
  await expect(page.locator('.unit-table th[aria-sort]')).toHaveCount(1);
  console.log('sort ms', Date.now() - t2);
  const t3 = Date.now();
  await page.getByLabel('按状态筛选单位').selectOption('approved');
  await expect(page.locator('.unit-section')).toContainText('显示334个');
  console.log('filter ms', Date.now() - t3);
  const t4 = Date.now();
  await page.getByLabel('手动选择报告').check();
  await page.getByRole('button', { name: '全选' }).click();
  await expect(page.locator('.pick-list')).toContainText('已选1000份');
  console.log('pick all ms', Date.now() - t4);
});
