// The clerk's account of a finished 「恢复备份」: how many reports were added, updated, kept, and
// which ones (by 机关名称 and 年度), so nothing happens to a report without being said.
import type { RestoreEntry, RestoreOutcome, RestoreProgress } from '../../storage/report-repository';

export type RestoreAccount = { summary: string; details: string[] };

/** Names listed per group at most; the rest are counted. */
const MAX_NAMES = 50;

export function describeRestore(outcome: RestoreOutcome, entries: readonly RestoreEntry[]): RestoreAccount {
  const names = new Map(
    entries.map((e) => [
      e.stored.id,
      `${e.stored.draft.meta.agencyName || '（未填写机关名称）'} ${e.stored.draft.meta.year ?? ''}年`,
    ]),
  );
  const nameList = (ids: readonly string[]) => {
    const shown = ids.slice(0, MAX_NAMES).map((id) => names.get(id) ?? id);
    return ids.length > MAX_NAMES ? `${shown.join('、')} 等${ids.length}份` : shown.join('、');
  };
  const versions = `历史版本${outcome.versionsAdded}个`;
  if (outcome.mode === 'replace') {
    const total = outcome.added.length + outcome.replaced.length;
    return { summary: `已用备份替换全部报告（${total}份报告），含${versions}。`, details: [] };
  }
  const parts: string[] = [];
  const details: string[] = [];
  if (outcome.added.length) {
    parts.push(`新增${outcome.added.length}份`);
    details.push(`新增：${nameList(outcome.added)}`);
  }
  if (outcome.replaced.length) {
    parts.push(`用备份中较新的内容更新${outcome.replaced.length}份（本机原内容存为历史版本）`);
    details.push(`已更新：${nameList(outcome.replaced)}`);
  }
  if (outcome.keptLocal.length) {
    parts.push(`保留本机较新的${outcome.keptLocal.length}份（备份中的内容存为历史版本）`);
    details.push(`保留本机内容：${nameList(outcome.keptLocal)}`);
  }
  if (outcome.unchanged.length) parts.push(`相同${outcome.unchanged.length}份`);
  return { summary: `已合并备份：${parts.join('，') || '没有报告'}；加入${versions}。`, details };
}

const count = (n: number) => n.toLocaleString('zh-CN');

/** Shown (aria-live) while a restore writes: 「正在恢复… 1,200 / 10,000 份」. */
export function restoreProgressText({ done, total }: RestoreProgress): string {
  return `正在恢复… ${count(done)} / ${count(total)} 份`;
}

/**
 * A restore is one transaction (storage/backup-restore.ts): when it fails, nothing of it was
 * written, and the clerk is told exactly that before the reason.
 */
export function restoreFailedMessage(reason: string, total: number): string {
  return `恢复失败：未恢复任何报告，本机数据未改变（备份中的${count(total)}份报告一份也没有写入）。原因：${reason}`;
}
