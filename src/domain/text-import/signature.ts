// Published reports often end with the organ's name and the date (落款); they are not part of
// the last sub-item's text. The date is the report's publish date.

import { normalizeLabel } from './label-match';
import { dateLine } from './read-meta';

const MAX_SIGNATURE_LINE = 40;

/** 「…无。某某县交通运输局2023年1月18日」: a 落款 run on at the end of the last line (a page saved as one line). */
const INLINE_SIGNATURE =
  /(?<=[。！？；;])([^。！？；;\n]{2,60}?)(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,4}\s*日)\s*$/u;

export function splitSignature(
  lines: readonly string[],
  agencyName: string,
): { lines: string[]; publishDate: string; organ: string } {
  const out = [...lines];
  // A loop, not findLastIndex (Chrome 97): the build supports Chromium ≥ 86 (scripts/build-guard).
  let lastAt = out.length - 1;
  while (lastAt >= 0 && out[lastAt]!.trim() === '') lastAt--;
  const inline = lastAt >= 0 ? INLINE_SIGNATURE.exec(out[lastAt]!) : null;
  if (inline) {
    const line = out[lastAt]!;
    const at = inline.index;
    out.splice(lastAt, 1, line.slice(0, at), inline[1]!.trim(), inline[2]!);
  }
  const agency = normalizeLabel(agencyName);
  let publishDate = '';
  let organ = '';
  for (;;) {
    while (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
    const last = out.at(-1)?.trim();
    if (last === undefined || last.length > MAX_SIGNATURE_LINE) break;
    const date = dateLine(last);
    // After the date, the line above it is the signing organ (its name as signed may differ).
    const signer = publishDate !== '' && last.length >= 4 && !/^[（(]|[。；;，,：:！？]/u.test(last);
    if (date) publishDate ||= date;
    else if (!(agency !== '' && normalizeLabel(last) === agency) && !signer) break;
    if (!date && publishDate !== '') organ ||= last;
    out.pop();
    if (!date && signer) break;
  }
  while (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
  return { lines: out, publishDate, organ };
}
