// Previous-year proposals the clerk declined (「不是同一机关」), per report, in this browser: a
// report whose organ's name is only similar to another's (nianbao issue 18) is proposed as last
// year's until the clerk confirms or declines. A view decision, not report data: it lives in
// localStorage like the worked steps, and a lost entry only shows the proposal again.
import '../domain/zod-setup';
import { z } from 'zod';

const PREFIX = 'nianbao:declined-previous:';
const listSchema = z.array(z.string().max(80)).max(200);

export function readDeclinedLinks(storage: Storage, reportId: string): string[] {
  try {
    const raw = storage.getItem(PREFIX + reportId);
    if (!raw) return [];
    const parsed = listSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeDeclinedLinks(storage: Storage, reportId: string, ids: readonly string[]): void {
  try {
    storage.setItem(PREFIX + reportId, JSON.stringify([...new Set(ids)].slice(-200)));
  } catch {
    // Full or unavailable localStorage: the proposal shows again next time, nothing else is lost.
  }
}
