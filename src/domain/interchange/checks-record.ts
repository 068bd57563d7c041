// The check run as a report file records it (SPEC §7 `checks`): cells and narrative fields in one
// list of addresses, the 说明 beside the result it explains. The status written here is also how
// a sender's acceptance of a warning travels (imported-checks.ts).
import type { CheckRun } from '../checks/types';
import type { ChecksRecord } from './envelope-schema';

export function toChecksRecord(run: CheckRun): ChecksRecord {
  return {
    catalogVersion: run.catalogVersion,
    results: run.results.map((r) => ({
      id: r.id,
      severity: r.severity,
      status: r.status,
      message: r.message,
      cells: [...r.cells, ...r.fields],
      ...(r.explanation ? { explanation: r.explanation } : {}),
    })),
  };
}
