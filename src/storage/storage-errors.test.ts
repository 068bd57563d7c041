import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  QuotaError,
  StaleRevisionError,
  type StorageErrorKind,
  storageErrorMessage,
} from './storage-errors';

const dom = (name: string) => new DOMException('x', name);

describe('classifyStorageError', () => {
  it.each<[string, unknown, StorageErrorKind, string?]>([
    ['DOMException QuotaExceededError', dom('QuotaExceededError'), 'quota'],
    [
      'Dexie AbortError wrapping a quota error',
      new Dexie.AbortError('aborted', dom('QuotaExceededError')),
      'quota',
    ],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['VersionError', dom('VersionError'), 'unavailable', 'version'],
    [
      'OpenFailedError wrapping VersionError',
      new Dexie.OpenFailedError('open', dom('VersionError')),
      'unavailable',
      'version',
    ],
    ['MissingAPIError', new Dexie.MissingAPIError('no idb'), 'unavailable', 'missing-api'],
    ['UnknownError (Chrome disk error)', dom('UnknownError'), 'unavailable', 'broken'],
    ['InvalidStateError', dom('InvalidStateError'), 'unavailable', 'broken'],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'unavailable', 'closed'],
    ['OpenFailedError', new Dexie.OpenFailedError('open failed'), 'unavailable', 'closed'],
    ['plain Error', new Error('boom'), 'unknown'],
    ['a string', 'boom', 'unknown'],
  ])('%s → %s', (_name, error, kind, reason) => {
    const e = classifyStorageError(error);
    expect(e.kind).toBe(kind);
    if (reason) expect(e).toMatchObject({ reason });
    expect(e.cause ?? error).toBe(error);
  });

  it('passes typed errors through unchanged', () => {
    const stale = new StaleRevisionError('r1', 1, 2);
    expect(classifyStorageError(stale)).toBe(stale);
  });
});

describe('storageErrorMessage', () => {
  it('says what happened and what to do, in Chinese', () => {
    expect(storageErrorMessage(new QuotaError(), 'autosave')).toBe(
      '磁盘空间不足，无法保存。请清理浏览器数据或导出备份后删除旧报告；您的修改尚未保存，仍保留在本页面中，稍后会自动重试。',
    );
    expect(storageErrorMessage(new StaleRevisionError('r1', 3, 5))).toContain(
      '本页基于第3次保存，已保存的是第5次',
    );
    expect(storageErrorMessage(dom('VersionError'))).toContain('请先用「导出JSON」保存本页内容，再刷新页面');
  });

  it.each([
    dom('QuotaExceededError'),
    dom('VersionError'),
    dom('UnknownError'),
    new Dexie.MissingAPIError('x'),
    new Dexie.DatabaseClosedError('x'),
    new Error('x'),
  ])('words %s in Chinese without leaking the English name alone', (error) => {
    const message = storageErrorMessage(error, 'autosave');
    expect(message).toMatch(/[\u4e00-\u9fff]{6,}/u);
    expect(message.endsWith('。')).toBe(true);
  });
});
