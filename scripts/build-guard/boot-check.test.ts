// @vitest-environment happy-dom
// public/boot-check.js: the start-up message of a page that cannot start (e2e/boot-problem.spec.ts
// tries it in Chromium; here the paths a current Chromium cannot take: a browser without modules).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const source = readFileSync(resolve(__dirname, '../../public/boot-check.js'), 'utf8');
const run = () => new Function(source)();
const problem = () => document.getElementById('boot-problem');

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('boot-check.js', () => {
  it('is old syntax a browser of any age parses (no let/const, arrows, classes, templates)', () => {
    const code = source.replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(let|const|class)\s|=>|\x60/); // \x60: a template literal's quote
  });

  it('says nothing when the browser runs modules and nothing fails', () => {
    run();
    expect(problem()).toBeNull();
  });

  it('a browser without module scripts (IE, an old core): too old, and how to switch to 极速模式', () => {
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation(((tag: string) =>
      tag === 'script' ? ({} as HTMLElement) : create(tag)) as typeof document.createElement);
    run();
    expect(problem()?.getAttribute('data-boot-problem')).toBe('old-browser');
    expect(problem()?.querySelector('h1')?.textContent).toBe('浏览器版本过低，无法使用本工具');
    expect(problem()?.textContent).toContain('极速模式');
    expect(problem()?.getAttribute('role')).toBe('alert');
  });

  it('an error before the app has drawn anything: the page did not open', () => {
    run();
    window.dispatchEvent(new ErrorEvent('error', { message: 'SyntaxError: Unexpected token' }));
    expect(problem()?.getAttribute('data-boot-problem')).toBe('failed');
    // Once only.
    window.dispatchEvent(new ErrorEvent('error', { message: 'again' }));
    expect(document.querySelectorAll('#boot-problem')).toHaveLength(1);
  });

  it('an error once the app has drawn into #root is the app’s own to report', () => {
    run();
    document.getElementById('root')!.appendChild(document.createElement('main'));
    window.dispatchEvent(new ErrorEvent('error', { message: 'TypeError' }));
    expect(problem()).toBeNull();
  });

  it('a picture that fails to load is no start-up failure; a script that fails is', () => {
    run();
    const img = document.createElement('img');
    document.body.appendChild(img);
    img.dispatchEvent(new Event('error', { bubbles: false }));
    expect(problem()).toBeNull();
    const script = document.createElement('script');
    document.body.appendChild(script);
    script.dispatchEvent(new Event('error', { bubbles: false }));
    expect(problem()?.getAttribute('data-boot-problem')).toBe('failed');
  });
});
