// The first, format-independent gate of every import (SPEC §7 "rejected whole … nothing is
// written"): size, JSON syntax, structure bounds and prototype-pollution keys, checked before any
// schema code or migration touches the data. Never throws.

export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;
/** No valid file comes close: a report is ≤ 6 levels deep, a backup ≤ 8. */
export const MAX_JSON_DEPTH = 64;
/** Larger than any array a valid file holds (≤ 10,000 comments, results, reports, versions). */
export const MAX_JSON_ARRAY = 100_000;
/** `__proto__` could replace an object's prototype in code that copies with assignment or merges;
 * `constructor`/`prototype` are the other half of the known gadget chains. No valid key uses them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonObject = { [key: string]: unknown };
export type ReadJsonResult = { ok: true; value: JsonObject } | { ok: false; error: string };

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A path as shown in a message: keys come from the file, so a hostile one is cut short. */
export function shown(path: string): string {
  if (path === '') return '（文件根）';
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}

export function tooLargeMessage(limitBytes: number): string {
  return `文件过大（超过${megabytes(limitBytes)}），不是有效的报告文件，未导入`;
}

/** Parses the text of a file that must hold a JSON object. */
export function readJsonObject(text: string, limitBytes: number, notOurFile: string): ReadJsonResult {
  // A UTF-16 unit is at least one UTF-8 byte, so `length` alone rejects most oversized files
  // without allocating their encoding.
  if (text.length > limitBytes) return { ok: false, error: tooLargeMessage(limitBytes) };
  if (text.length * 3 > limitBytes && new TextEncoder().encode(text).length > limitBytes)
    return { ok: false, error: tooLargeMessage(limitBytes) };
  if (text.trim() === '') return { ok: false, error: '文件为空，未导入' };
  let value: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: '不是有效的JSON文件（可能已损坏或不完整）' };
  }
  const problem = findStructureProblem(value) ?? duplicateKeyProblem(text);
  if (problem) return { ok: false, error: problem };
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: notOurFile };
  return { ok: true, value: value as JsonObject };
}

/**
 * Walks the parsed tree with an explicit stack (a recursive walk of a 10,000-level array would
 * overflow the call stack) and returns a Chinese message for the first forbidden key, excessive
 * depth or oversized array; null when the tree is safe to hand to zod.
 */
export function findStructureProblem(root: unknown): string | null {
  if (root === null || typeof root !== 'object') return null;
  const stack: { node: object; depth: number; path: string }[] = [{ node: root, depth: 1, path: '' }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return `文件结构嵌套过深（超过${MAX_JSON_DEPTH}层），不是有效的报告文件`;
    if (Array.isArray(node)) {
      if (node.length > MAX_JSON_ARRAY)
        return `文件格式不正确：${shown(path)} 项目过多（${node.length}项），不是有效的报告文件`;
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object')
          stack.push({ node: child, depth: depth + 1, path: `${path}[${i}]` });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key))
        return `文件含有不允许的字段名「${key}」（位置：${shown(path)}），出于安全考虑未导入`;
      const child: unknown = (node as JsonObject)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ node: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

type Frame =
  | { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectKey: boolean }
  | { kind: 'array'; path: string; index: number };

const memberPath = (path: string, key: string) => (path ? `${path}.${key}` : key);
const childPath = (f: Frame | undefined): string =>
  !f ? '' : f.kind === 'object' ? memberPath(f.path, f.key ?? '') : `${f.path}[${f.index}]`;

/**
 * The path of the first key written twice in one object of a VALID JSON text, else null. JSON.parse
 * keeps the last of the two silently: a file edited by hand with 「"year": 2021, "year": 2019」 was
 * imported with 2019 and only 「校验码不一致」 said anything — which number was meant cannot be
 * known, so the file is refused with the place named. Runs after JSON.parse succeeded, so the
 * text's strings and brackets are well formed.
 */
export function findDuplicateKey(text: string): string | null {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: find its closing quote (one not escaped by an odd run of backslashes)
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return memberPath(top.path, key);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 0x7b)
      stack.push({ kind: 'object', path: childPath(top), keys: new Set(), key: null, expectKey: true });
    else if (c === 0x5b) stack.push({ kind: 'array', path: childPath(top), index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
    i++;
  }
  return null;
}

function duplicateKeyProblem(text: string): string | null {
  const path = findDuplicateKey(text);
  return path === null
    ? null
    : `文件中「${shown(path)}」写了两次（同一项有两个值），无法确定哪一个是正确的，未导入。请从原来的电脑重新导出文件`;
}
