// `formatVersion` gate shared by the report and backup files: a newer file is refused with a
// clear request to upgrade (guessing at a future format would lose data silently).
import type { JsonObject } from './read-json-text';

export type VersionCheck = { ok: true; version: number } | { ok: false; error: string };

export function checkFormatVersion(file: JsonObject, current: number, oldest: number): VersionCheck {
  const v = file.formatVersion;
  if (typeof v !== 'number' || !Number.isSafeInteger(v))
    return { ok: false, error: '文件缺少有效的格式版本号（formatVersion），未导入' };
  if (v > current)
    return {
      ok: false,
      error: `该文件由较新版本的程序导出（格式版本${v}），本程序只能读取格式版本${current}及以前的文件，请升级程序后再导入`,
    };
  if (v < oldest) return { ok: false, error: `不支持的文件格式版本（${v}），无法导入` };
  return { ok: true, version: v };
}
