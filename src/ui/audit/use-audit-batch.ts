// One 「批量审核」 batch: the texts are imported and checked together (auditTexts), then each is
// stored as a reference report (kind 'reference', with its import summary and its previous year
// in the batch). The batch's ids and sources are kept in sessionStorage, so after a reload (or
// coming back from the read-only view) the table is rebuilt from storage with the same checks.
import { useCallback, useEffect, useState } from 'react';
import { auditImported, auditTexts } from '../../domain/audit/audit-reports';
import type { AuditedReport, AuditItem } from '../../domain/audit/audit-types';
import { storedImportSummary } from '../../domain/audit/stored-summary';
import type { CheckSettings } from '../../domain/checks/types';
import { storageErrorMessage } from '../../storage/storage-errors';
import { newId } from '../components/format';
import { useRepository } from '../hooks/use-repository';

const SESSION_KEY = 'nianbao:audit-batch';

export type AuditSource = { text: string; source: string };

/** Each report of the batch; `link`: the auditor's decision on its previous year (id, or null for none). */
type Saved = { id: string; source: string; link?: string | null }[];

function readSaved(): Saved {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter(
          (x): x is Saved[number] =>
            typeof x === 'object' &&
            x !== null &&
            typeof x.id === 'string' &&
            typeof x.source === 'string' &&
            (x.link === undefined || x.link === null || typeof x.link === 'string'),
        )
      : [];
  } catch {
    return [];
  }
}

function writeSaved(reports: readonly AuditedReport[], links: ReadonlyMap<string, string | null>): void {
  try {
    const saved: Saved = reports.map((r) =>
      links.has(r.id)
        ? { id: r.id, source: r.source, link: links.get(r.id)! }
        : { id: r.id, source: r.source },
    );
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(saved));
  } catch {
    // Private mode or a full quota: the batch still works until the page is left.
  }
}

/** Lets the browser paint 「正在审核…」 before the main thread is busy with the batch. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

export function useAuditBatch() {
  const repo = useRepository();
  const [reports, setReports] = useState<AuditedReport[] | null>(null);
  // The auditor's decisions on previous-year links (confirm a variant of the organ's name, or undo).
  const [links, setLinks] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [busy, setBusy] = useState<string>('');
  const [error, setError] = useState('');

  const settings = useCallback(async (): Promise<CheckSettings> => {
    const s = await repo.getSettings();
    return { requiredOtherMatters: s.requiredOtherMatters };
  }, [repo]);

  useEffect(() => {
    const saved = readSaved();
    if (saved.length === 0) return;
    let live = true;
    void (async () => {
      const items: AuditItem[] = [];
      const decided = new Map(saved.flatMap((s) => (s.link === undefined ? [] : [[s.id, s.link] as const])));
      for (const { id, source } of saved) {
        const stored = await repo.get(id);
        const summary =
          stored && stored.deletedAt === null ? storedImportSummary(stored.importSummary) : null;
        if (stored && summary) items.push({ id, source, draft: stored.draft, summary });
      }
      const rebuilt = auditImported(items, new Date(), { settings: await settings(), links: decided });
      if (live) {
        setLinks(decided);
        setReports((current) => current ?? rebuilt);
      }
    })().catch((e) => {
      if (live) setError(`未能恢复上次的审核结果：${storageErrorMessage(e)}`);
    });
    return () => {
      live = false;
    };
  }, [repo, settings]);

  const run = async (sources: readonly AuditSource[]) => {
    setError('');
    setBusy(`正在审核${sources.length}篇报告…`);
    await nextFrame();
    try {
      const audited = auditTexts(
        sources.map((s) => s.text),
        new Date(),
        { newId: () => newId(), sources: sources.map((s) => s.source), settings: await settings() },
      );
      setBusy(`正在保存${audited.length}篇参考报告…`);
      for (const r of audited)
        await repo.create(r.draft, {
          kind: 'reference',
          importSummary: JSON.parse(JSON.stringify(r.summary)),
          previousYearId: r.previousId,
          counts: { errorCount: r.run.counts.errors, warningCount: r.run.counts.warnings },
        });
      setLinks(new Map());
      writeSaved(audited, new Map());
      setReports(audited);
    } catch (e) {
      setError(`审核未完成：${storageErrorMessage(e)}`);
    } finally {
      setBusy('');
    }
  };

  /**
   * The auditor confirms (`previousId`) or undoes (null) the previous-year link of one report: the
   * batch is checked again with the decision, and the stored reference report follows it.
   */
  const decideLink = async (id: string, previousId: string | null) => {
    if (!reports) return;
    setError('');
    try {
      await repo.setPreviousYear(id, previousId);
      const next = new Map(links).set(id, previousId);
      const again = auditImported(reports, new Date(), { settings: await settings(), links: next });
      setLinks(next);
      writeSaved(again, next);
      setReports(again);
    } catch (e) {
      setError(`未能更改上年报告的关联：${storageErrorMessage(e)}`);
    }
  };

  const clear = () => {
    sessionStorage.removeItem(SESSION_KEY);
    setReports(null);
    setLinks(new Map());
  };

  return { reports, links, busy, error, run, clear, decideLink };
}
