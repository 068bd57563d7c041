// Zod issues in Chinese for clerks (SPEC §7: a rejected file is named by its first bad paths).
// Messages written in the schemas themselves (「不能为负数」…) take precedence; this map words
// the generic ones (missing key, wrong type, unknown key, …) that zod would print in English.
import '../zod-setup';
import type { z } from 'zod';
import { cellLabel, parseCellId } from '../report/cell-address';
import { META_LABELS } from '../report/labels';
import { shown } from './read-json-text';

/** At most this many bad paths are named; more would hide the first one, which is usually the cause. */
export const MAX_NAMED_PATHS = 5;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象',
  array: '数组',
  null: 'null',
  literal: '固定值',
};

const list = (items: readonly unknown[]) => {
  const words = items.slice(0, 5).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return words.join('、') + (items.length > 5 ? `等${items.length}项` : '');
};

const sizeWord = (origin: string) =>
  origin === 'string' ? '字' : origin === 'array' || origin === 'set' ? '项' : '';

/** Per-parse error map: pass as `schema.safeParse(data, { error: issueMessage })`. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `含有未知字段：${list(issue.keys.map((k) => shown(k)))}`;
    case 'invalid_value':
      return `取值应为：${list(issue.values)}`;
    case 'too_big':
      if (issue.origin === 'string') return `过长（最多${String(issue.maximum)}字）`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `项目过多（最多${String(issue.maximum)}项）`;
      return `数值过大（最大${String(issue.maximum)}）`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return '不能为空';
      if (issue.origin === 'string' || issue.origin === 'array')
        return `过短（至少${String(issue.minimum)}${sizeWord(issue.origin)}）`;
      return `数值过小（最小${String(issue.minimum)}）`;
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_union':
      return '格式不正确';
    case 'invalid_key':
      return '字段名不正确';
    default:
      return '取值不正确';
  }
}

/** A missing key; schema-level messages such as 「应为数字或 null」 would hide that it is absent.
 * Needs `reportInput: true` (safeParseFile passes it). */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return shown(out);
}

/**
 * What a clerk calls the place a path leads to, when it is a number cell or a 报告信息 field of a
 * report (in a report file `report.…`, in a backup `reports[3].draft.…`): 「（一）予以公开 — 自然人」,
 * 「报告年度」. The path itself stays beside it, for whoever repairs the file.
 */
function labelOf(path: readonly PropertyKey[]): string | null {
  const segs = path.map(String);
  for (let i = 0; i < segs.length; i++) {
    const cell = parseCellId(segs.slice(i, i + 3).join('.'));
    if (cell && i + 3 === segs.length) return cellLabel(cell);
    if (segs[i] === 'meta' && i + 2 === segs.length) {
      const key = segs[i + 1]!;
      if (Object.hasOwn(META_LABELS, key)) return META_LABELS[key as keyof typeof META_LABELS];
    }
  }
  return null;
}

/** 「文件格式不正确：「（一）予以公开 — 自然人」（report.applications.granted.natural）应为非负整数；…」 naming ≤ 5 paths. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix = '文件格式不正确',
  outcome = '文件未导入',
): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    if (lines.length >= MAX_NAMED_PATHS) continue;
    const label = labelOf(issue.path);
    const where = label ? `「${label}」（${path}）` : `${path} `;
    lines.push(`${where}${isMissing(issue) ? '缺少此项' : issue.message}`);
  }
  const more = seen.size > MAX_NAMED_PATHS ? `；等共${seen.size}处问题` : '';
  return `${prefix}：${lines.join('；')}${more}${outcome ? `。${outcome}` : ''}`;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; error: string };

/** Validates a parsed file with Chinese messages naming the first bad paths. */
export function safeParseFile<S extends z.ZodType>(
  schema: S,
  data: unknown,
  prefix?: string,
  outcome?: string,
): Validated<z.output<S>> {
  const parsed = schema.safeParse(data, { error: issueMessage, reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: describeIssues(parsed.error.issues, prefix, outcome) };
}
