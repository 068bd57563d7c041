// Published reports often end with the organ's name and the date (落款); they are not part of
// the last sub-item's text. The date is the report's publish date.

import { normalizeLabel } from './label-match';
import { dateLine } from './read-meta';

const MAX_SIGNATURE_LINE = 40;

export function splitSignature(
  lines: readonly string[],
  agencyName: string,
): { lines: string[]; publishDate: string } {
  const out = [...lines];
  const agency = normalizeLabel(agencyName);
  let publishDate = '';
  for (;;) {
    while (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
    const last = out.at(-1)?.trim();
    if (last === undefined || last.length > MAX_SIGNATURE_LINE) break;
    const date = dateLine(last);
    if (date) publishDate ||= date;
    else if (!(agency !== '' && normalizeLabel(last) === agency)) break;
    out.pop();
  }
  return { lines: out, publishDate };
}
