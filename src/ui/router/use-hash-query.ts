// The router names the route only ('audit'); the report shown read-only is a query on the same
// route (#/audit?report=<id>), read here from the hash so a link, Back and a reload all work.
import { useSyncExternalStore } from 'react';

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}
const snapshot = () => window.location.hash;

/** The value of `name` in the query of the hash (#/audit?report=…), or null. */
export function useHashQuery(name: string): string | null {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const query = hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get(name);
}

export const AUDIT_PATH = '#/audit';
export const auditReportPath = (id: string) => `${AUDIT_PATH}?report=${encodeURIComponent(id)}`;
