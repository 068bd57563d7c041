import { describe, expect, it } from 'vitest';
import { OFFLINE_TEXT, offlineSupport } from './offline-support';

describe('offlineSupport', () => {
  it.each([
    [{ secure: false, serviceWorkerApi: false, controlled: false }, 'insecure'],
    // A browser that exposes the API on HTTP still refuses to register a worker there.
    [{ secure: false, serviceWorkerApi: true, controlled: false }, 'insecure'],
    [{ secure: true, serviceWorkerApi: false, controlled: false }, 'unsupported'],
    [{ secure: true, serviceWorkerApi: true, controlled: false }, 'pending'],
    [{ secure: true, serviceWorkerApi: true, controlled: true }, 'active'],
  ] as const)('%j → %s', (facts, expected) => {
    expect(offlineSupport(facts)).toBe(expected);
  });

  it('tells a plain-HTTP user that offline install is impossible, that data is safe, and what the administrator can do', () => {
    expect(OFFLINE_TEXT.insecure.status).toBe(
      '本地址未使用 HTTPS，浏览器不允许离线安装；数据仍安全保存在本机',
    );
    expect(OFFLINE_TEXT.insecure.advice).toMatch(/管理员.*HTTPS/);
  });
});
