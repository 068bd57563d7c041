// A tiny hash router: the app is served as static files (also offline from the service worker),
// so routes live in the fragment and never reach a server.
import { useSyncExternalStore } from 'react';
import type { WizardStepKey } from '../../domain/report/labels';
import { WIZARD_STEPS } from '../../domain/report/labels';

export type Route =
  | { name: 'reports' }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'editor'; id: string; step: WizardStepKey; focus: string | null }
  | { name: 'print'; id: string; auto: boolean }
  | { name: 'blank-form' }
  | { name: 'summary' }
  | { name: 'audit' }
  | { name: 'not-found'; path: string };

const STEP_KEYS = WIZARD_STEPS.map((s) => s.key) as readonly string[];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts.length === 0) return { name: 'reports' };
  const [head, id, step] = parts;
  if (head === 'trash') return { name: 'trash' };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'summary') return { name: 'summary' };
  if (head === 'audit') return { name: 'audit' };
  if (head === 'blank-form') return { name: 'blank-form' };
  if (head === 'print' && id) return { name: 'print', id, auto: params.get('auto') === '1' };
  if (head === 'r' && id) {
    const key = step && STEP_KEYS.includes(step) ? (step as WizardStepKey) : 'meta';
    return { name: 'editor', id, step: key, focus: params.get('focus') };
  }
  return { name: 'not-found', path };
}

export function editorPath(id: string, step: WizardStepKey = 'meta', focus?: string): string {
  const q = focus ? `?focus=${encodeURIComponent(focus)}` : '';
  return `#/r/${encodeURIComponent(id)}/${step}${q}`;
}

/** The print view of one report; `auto` opens the browser's print dialog at once (Ctrl+P in the editor). */
export function printPath(id: string, options: { auto?: boolean } = {}): string {
  return `#/print/${encodeURIComponent(id)}${options.auto ? '?auto=1' : ''}`;
}

/** The blank form (「打印空白表」), for offices that collect the numbers on paper. */
export const BLANK_FORM_PATH = '#/blank-form';

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}
const snapshot = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseRoute(hash);
}
