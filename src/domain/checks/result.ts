// One builder for CheckResult, so the severity always comes from the catalogue.
import { type CheckFamily, SEVERITY_OF } from './catalog';
import type { CheckPart, CheckResult, CheckStatus } from './types';

export type ResultDetails = {
  part: CheckPart;
  fingerprint: string;
  cells?: string[];
  fields?: string[];
  hint?: string;
};

export function makeResult(
  family: CheckFamily,
  id: string,
  status: CheckStatus,
  message: string,
  d: ResultDetails,
): CheckResult {
  const r: CheckResult = {
    id,
    severity: SEVERITY_OF[family],
    status,
    message,
    cells: d.cells ?? [],
    fields: d.fields ?? [],
    part: d.part,
    fingerprint: d.fingerprint,
  };
  if (d.hint !== undefined) r.hint = d.hint;
  return r;
}
