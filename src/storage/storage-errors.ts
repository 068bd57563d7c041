// Typed storage errors. IndexedDB and Dexie report failures as DOMExceptions / DexieErrors with a
// `name` (and Dexie wraps the original in `inner`); the UI must not parse those, so every failure
// is mapped to one kind here and worded in Chinese by storageErrorMessage.
import { REVIEW_STATUS_LABELS, WITHDRAW_SUBMISSION } from '../domain/report/labels';

export type StorageErrorKind =
  | 'stale'
  | 'locked'
  | 'not-found'
  | 'exists'
  | 'quota'
  | 'blocked'
  | 'unavailable'
  | 'unknown';

export abstract class StorageError extends Error {
  abstract readonly kind: StorageErrorKind;
}

/** Another tab (or an import) saved a newer revision than the one this write was based on. */
export class StaleRevisionError extends StorageError {
  readonly kind = 'stale';
  constructor(
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`report ${id}: expected revision ${expected}, stored revision is ${actual}`);
    this.name = 'StaleRevisionError';
  }
}

/**
 * The report's content is locked (domain/review/roles.ts isContentLocked): 「已审定」, handed over
 * for review (「待审核」 on the clerk's side), or a report received for review.
 */
export class ReportLockedError extends StorageError {
  readonly kind = 'locked';
  constructor(
    readonly id: string,
    readonly why: 'approved' | 'submitted' | 'received' = 'approved',
  ) {
    super(`report ${id} is locked (${why})`);
    this.name = 'ReportLockedError';
  }
}

export class ReportNotFoundError extends StorageError {
  readonly kind = 'not-found';
  constructor(readonly id: string) {
    super(`report ${id} not found`);
    this.name = 'ReportNotFoundError';
  }
}

export class ReportExistsError extends StorageError {
  readonly kind = 'exists';
  constructor(readonly id: string) {
    super(`report ${id} already exists`);
    this.name = 'ReportExistsError';
  }
}

export class QuotaError extends StorageError {
  readonly kind = 'quota';
  constructor(options?: { cause?: unknown }) {
    super('storage quota exceeded', options);
    this.name = 'QuotaError';
  }
}

/** An upgrade of the database waits for another open connection (an old tab) to close. */
export class BlockedError extends StorageError {
  readonly kind = 'blocked';
  constructor(options?: { cause?: unknown }) {
    super('database upgrade blocked by another connection', options);
    this.name = 'BlockedError';
  }
}

/**
 * Why IndexedDB cannot be used right now:
 * - missing-api: no IndexedDB (private mode of some browsers, disabled by policy);
 * - version: the database on disk is newer than this page's code (a newer nianbao ran in another tab);
 * - closed: the connection was closed (another tab upgraded or deleted the database);
 * - broken: the browser's store failed (Chrome's UnknownError after a disk error, InvalidStateError).
 */
export type UnavailableReason = 'missing-api' | 'version' | 'closed' | 'broken';

export class StorageUnavailableError extends StorageError {
  readonly kind = 'unavailable';
  constructor(
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(`storage unavailable: ${reason}`, options);
    this.name = 'StorageUnavailableError';
  }
}

export class UnknownStorageError extends StorageError {
  readonly kind = 'unknown';
  constructor(
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`storage error: ${detail}`, options);
    this.name = 'UnknownStorageError';
  }
}

/** Every concrete storage error; switching on `kind` narrows to the class. */
export type AnyStorageError =
  | StaleRevisionError
  | ReportLockedError
  | ReportNotFoundError
  | ReportExistsError
  | QuotaError
  | BlockedError
  | StorageUnavailableError
  | UnknownStorageError;

/** The error names on an error and the errors it wraps (Dexie's `inner`, standard `cause`), outermost first. */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && typeof cur === 'object' && cur !== null; depth++) {
    const { name, inner, cause } = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    cur = inner ?? cause;
  }
  return names;
}

/** Maps anything thrown by IndexedDB, Dexie or the repository to one typed StorageError. */
export function classifyStorageError(e: unknown): AnyStorageError {
  // StorageError is abstract and all its subclasses are declared in this file, so this cast is exact.
  if (e instanceof StorageError) return e as AnyStorageError;
  const names = errorNames(e);
  const has = (...n: string[]) => names.some((x) => n.includes(x));
  const options = { cause: e };
  // A transaction aborted for lack of space surfaces as AbortError with the quota error inside,
  // so look through the whole chain before falling back to the outer name.
  // NS_ERROR_DOM_QUOTA_REACHED: older Firefox.
  if (has('QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED')) return new QuotaError(options);
  if (has('VersionError')) return new StorageUnavailableError('version', options);
  if (has('MissingAPIError', 'SecurityError')) return new StorageUnavailableError('missing-api', options);
  if (has('UnknownError', 'InvalidStateError')) return new StorageUnavailableError('broken', options);
  if (has('DatabaseClosedError', 'OpenFailedError')) return new StorageUnavailableError('closed', options);
  const detail = names[0] ?? (e instanceof Error ? e.message : String(e));
  return new UnknownStorageError(detail, options);
}

/** Where the message is shown: in the save indicator (edits kept and retried) or after an action. */
export type MessageContext = 'autosave' | 'action';

const KEPT_AND_RETRIED = '您的修改尚未保存，仍保留在本页面中，稍后会自动重试。';

/** What happened and what to do, in Chinese, for the save indicator or an action's error dialog. */
export function storageErrorMessage(err: unknown, context: MessageContext = 'action'): string {
  const e = classifyStorageError(err);
  const retryTail = context === 'autosave' ? KEPT_AND_RETRIED : '请稍后重试。';
  switch (e.kind) {
    case 'stale':
      return `这份报告已在其他窗口或标签页中被修改（本页基于第${e.expected}次保存，已保存的是第${e.actual}次），本页的修改没有写入。请选择「载入较新的版本」，或「把本页内容另存为副本」。`;
    case 'locked':
      return e.why === 'received'
        ? '这是收到的报告，内容只能由报送单位修改，修改没有保存。审核人可以添加批注、退回或审定。'
        : e.why === 'submitted'
          ? `这份报告已「提交审核」（${REVIEW_STATUS_LABELS.submitted}），内容已锁定，修改没有保存。如需修改，请先「${WITHDRAW_SUBMISSION}」。`
          : `这份报告已是「${REVIEW_STATUS_LABELS.approved}」状态，内容已锁定，修改没有保存。如需修改，请先由审核人「撤销审定」。`;
    case 'not-found':
      return '找不到这份报告，它可能已在其他窗口中被彻底删除。本页的内容没有写入，请用「导出JSON」保存本页内容。';
    case 'exists':
      return `已存在编号相同的报告（${e.id}），没有写入。请选择覆盖已有报告，或作为新报告导入。`;
    case 'quota':
      return `磁盘空间不足，无法保存。请清理浏览器数据或导出备份后删除旧报告；${context === 'autosave' ? KEPT_AND_RETRIED : '然后重试。'}`;
    case 'blocked':
      return '数据库升级被其他打开的 nianbao 页面阻止。请关闭其他标签页或窗口中的 nianbao，本页会自动继续。';
    case 'unavailable':
      return unavailableMessage(e.reason, retryTail);
    case 'unknown':
      return `保存时出现未知错误（${e.detail}）。${retryTail}如果一直失败，请用「备份全部」导出数据后刷新页面。`;
  }
}

function unavailableMessage(reason: UnavailableReason, retryTail: string): string {
  switch (reason) {
    case 'missing-api':
      return '此浏览器不能使用本地数据库（IndexedDB），可能处于无痕/隐私模式或被管理策略禁用，输入的内容无法保存。请在普通窗口中打开，或换用其他浏览器。';
    case 'version':
      return '本地数据库已被较新版本的 nianbao 升级（可能在其他标签页中打开了新版本），本页无法再保存。请先用「导出JSON」保存本页内容，再刷新页面。';
    case 'closed':
      return `本地数据库连接已关闭（可能在其他标签页中升级或删除了数据库）。${retryTail}如果一直失败，请先用「导出JSON」保存本页内容，再刷新页面。`;
    default:
      return `浏览器读写本地数据库时出错。${retryTail}如果一直失败，请先用「导出JSON」保存本页内容，再关闭并重新打开浏览器。`;
  }
}
