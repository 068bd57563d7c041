// A short list of strings per report kept in localStorage: view decisions that are not report data
// (worked steps, declined previous-year proposals). A lost or malformed entry reads as an empty
// list; a failed write (full or unavailable storage) changes nothing else.
import '../domain/zod-setup';
import { z } from 'zod';

export interface ReportIdListStore {
  read(storage: Storage, reportId: string): string[];
  write(storage: Storage, reportId: string, items: readonly string[]): void;
}

export function reportIdListStore(prefix: string, maxItems: number, maxLength: number): ReportIdListStore {
  const listSchema = z.array(z.string().max(maxLength)).max(maxItems);
  return {
    read(storage, reportId) {
      try {
        const raw = storage.getItem(prefix + reportId);
        if (!raw) return [];
        const parsed = listSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
    write(storage, reportId, items) {
      try {
        storage.setItem(prefix + reportId, JSON.stringify([...new Set(items)].slice(-maxItems)));
      } catch {
        // Nothing else is lost: the view shows its default again next time.
      }
    },
  };
}
