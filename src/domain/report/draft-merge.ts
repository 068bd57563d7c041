// Two pages (tabs or windows) of one report, each with edits made on the same stored version: the
// later one's write is refused as stale (storage/autosave.ts). When the two changed different
// cells and fields, both are kept by a three-way merge against the version both started from —
// what the clerk typed in either page survives, and nobody is asked. Where both changed the same
// cell or text to different values nothing is merged: the clerk chooses, as before.
//
// The draft is plain data (raw text per cell, narratives, meta, 说明), merged leaf by leaf: a value
// changed on one side only is taken from that side; changed alike on both, once; changed
// differently, a conflict at its path. Arrays are leaves (none is a list of independent items).
import { cloneData } from '../clone-data';
import type { ReportDraft } from './report-schema';

export type DraftMerge = { ok: true; draft: ReportDraft } | { ok: false; conflicts: string[] };

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Tree)[k], (b as Tree)[k]));
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: string, conflicts: string[]): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isTree(base) && isTree(mine) && isTree(theirs)) {
    const out: Tree = {};
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    for (const k of keys) {
      const v = merge(base[k], mine[k], theirs[k], path ? `${path}.${k}` : k, conflicts);
      if (v !== undefined)
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  conflicts.push(path);
  return mine;
}

/**
 * `mine` and `theirs` both made from `base`: the draft holding both sides' changes, or the paths
 * (「applications.granted.natural」, 「overview.proactive」) both changed differently.
 */
export function mergeDrafts(base: ReportDraft, mine: ReportDraft, theirs: ReportDraft): DraftMerge {
  const conflicts: string[] = [];
  const merged = merge(base, mine, theirs, '', conflicts);
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, draft: cloneData(merged) as ReportDraft };
}
