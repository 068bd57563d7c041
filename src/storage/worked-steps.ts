// Which steps of a report the clerk has worked on (visited and left, or 「校验与导出」 opened), per
// report, in this browser. Until then a blank cell of the step is 「待填」, not an error shouting
// red (issue 14 §2). A view preference, not report data: it lives in localStorage, not in the
// report, and a lost entry only shows blank cells as 待填 again.
import '../domain/zod-setup';
import { z } from 'zod';

const PREFIX = 'nianbao:worked-steps:';
const listSchema = z.array(z.string().max(40)).max(20);

export function readWorkedSteps(storage: Storage, reportId: string): string[] {
  try {
    const raw = storage.getItem(PREFIX + reportId);
    if (!raw) return [];
    const parsed = listSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeWorkedSteps(storage: Storage, reportId: string, steps: readonly string[]): void {
  try {
    storage.setItem(PREFIX + reportId, JSON.stringify([...new Set(steps)]));
  } catch {
    // Full or unavailable localStorage: the steps show 待填 again next time, nothing else is lost.
  }
}
