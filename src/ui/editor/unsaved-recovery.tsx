// At start-up: writes the drafts journaled when a page was closed mid-save (storage/unsaved-journal.ts)
// and tells the clerk what was recovered, and where a copy was made instead.
import { useEffect, useState } from 'react';
import type { ReportRepository } from '../../storage/report-repository';
import type { Recovery } from '../../storage/unsaved-journal';
import { journaledKeys } from '../../storage/unsaved-journal-keys';
import { bidiVisible } from '../components/user-text';
import { editorPath } from '../router/router';
import { slotStates } from './journal-lock';

function anythingJournaled(): boolean {
  try {
    return journaledKeys(window.localStorage).length > 0;
  } catch {
    return false; // localStorage refused (a privacy setting): nothing can have been journaled
  }
}

/** One recovery per repository (app start); an editor opening meanwhile waits for it. */
const recoveries = new WeakMap<ReportRepository, Promise<readonly Recovery[]>>();
function recoverOnce(repo: ReportRepository): Promise<readonly Recovery[]> {
  let p = recoveries.get(repo);
  if (!p) {
    // Nearly always nothing is journaled; the recovery code (and zod) loads only when something is.
    p = anythingJournaled()
      ? import('../../storage/unsaved-journal')
          .then(async (journal) => journal.recoverUnsaved(repo, window.localStorage, await slotStates()))
          .catch(() => []) // entries stay for the next start
      : Promise.resolve([]);
    recoveries.set(repo, p);
  }
  return p;
}

export function useUnsavedRecovery(repo: ReportRepository): [readonly Recovery[], () => void] {
  const [recovered, setRecovered] = useState<readonly Recovery[]>([]);
  useEffect(() => {
    let live = true;
    void recoverOnce(repo).then((done) => live && done.length > 0 && setRecovered(done));
    return () => {
      live = false;
    };
  }, [repo]);
  return [recovered, () => setRecovered([])];
}

/** True once the start-up recovery has run (what it could not write is still journaled). */
export function useRecoveryDone(repo: ReportRepository): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void recoverOnce(repo).then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [repo]);
  return done;
}

const MESSAGES: Record<Recovery['outcome'], (name: string, conflicts: string) => string> = {
  saved: (name) => `「${name}」：上次关闭页面时尚未写入的修改已恢复。`,
  merged: (name) =>
    `「${name}」：上次关闭页面时尚未写入的修改已恢复，并与其他窗口随后保存的修改合并（两边改的是不同的内容）。`,
  copied: (name, conflicts) =>
    conflicts
      ? `「${name}」：上次关闭页面时尚未写入的修改与其他窗口的保存改了同样的内容（${conflicts}），已另存为此副本，请核对后合并。`
      : `「${name}」：上次关闭页面时尚未写入的修改与其他窗口的保存冲突，已另存为此副本，请核对后合并。`,
  recreated: (name) => `「${name}」：报告已不存在，上次关闭页面时尚未写入的修改已恢复为报告。`,
  dropped: (name) =>
    `「${name}」：上次关闭页面前最后几处尚未写入的修改无法恢复：报告随后已被其他窗口的保存或「恢复备份」改写。`,
};

export function RecoveryNotice({
  items,
  onDismiss,
  placeLabel,
}: {
  items: readonly Recovery[];
  onDismiss: () => void;
  /** a field of the draft (its path) in the clerk's words, for the fields in conflict */
  placeLabel: (path: string) => string;
}) {
  if (items.length === 0) return null;
  return (
    <div className="banner warning" role="status">
      <ul>
        {items.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one report may be recovered twice (saved, then another tab's edit merged); the list is shown once, never reordered
          <li key={`${r.id}:${i}`}>
            <a href={editorPath(r.id)}>
              {MESSAGES[r.outcome](bidiVisible(r.agencyName), (r.conflicts ?? []).map(placeLabel).join('；'))}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        知道了
      </button>
    </div>
  );
}
