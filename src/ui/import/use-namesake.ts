import { useLiveQuery } from 'dexie-react-hooks';
import { normalizeOrganName } from '../../domain/report/organ-name';
import type { ReportListItem } from '../../storage/report-list-item';
import type { ReportRepository } from '../../storage/report-repository';

/**
 * Another report of the same organ and year here (another id), not in 回收站, not a reference: an
 * import keeps both, so the dialog names it before anything is written (bc65601 for report files;
 * the same for a published .txt/.html/PDF). Organ names compare as normalizeOrganName does.
 */
export function useNamesake(
  repo: ReportRepository,
  subject: { id: string; agencyName: string; year: number | null } | null,
): ReportListItem | null | undefined {
  const id = subject?.id;
  const agencyName = subject?.agencyName;
  const year = subject?.year;
  return useLiveQuery(async () => {
    if (id === undefined || agencyName === undefined || !agencyName.trim() || year === null) return null;
    const organ = normalizeOrganName(agencyName);
    const all = await repo.listSummaries();
    return (
      all.find(
        (r) =>
          r.id !== id &&
          r.deletedAt === null &&
          r.kind !== 'reference' &&
          r.year === year &&
          normalizeOrganName(r.agencyName) === organ,
      ) ?? null
    );
  }, [repo, id, agencyName, year]);
}
