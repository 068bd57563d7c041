// Published reports often end with the organ's name and the date (落款); they are not part of
// the last sub-item's text. The date is the report's publish date.

import { normalizeLabel } from './label-match';
import { CHINESE_DATE_PATTERN, dateLine } from './read-meta';

const MAX_SIGNATURE_LINE = 40;

/**
 * A portal's page footer saved or printed with the report (「主办单位：…　网站标识码：…」「版权所有」
 * 「【打印本页】【关闭窗口】」): page chrome after the 落款, never report text. Only markers no report
 * sentence uses; 「联系我们」 and the like can end a 说明 and are not here.
 */
const SITE_CHROME =
  /附件下载\s*$|主办单位\s*[：:]|承办单位\s*[：:]|协办单位\s*[：:]|网站标识码|版权所有|Copyright|©|ICP\s*备|公网安备|技术支持\s*[：:]|打印本页|关闭窗口|【\s*(?:打印|关闭)\s*】|【\s*字体|返回顶部/iu;
/** A footer is short and has no sentence in it. */
const MAX_CHROME_TAIL = 300;
const MAX_CHROME_LINES = 8;

/** The lines without a page footer at their end (whole lines, or the tail of a page saved as one line). */
export function withoutSiteChrome(lines: string[]): string[] {
  const out = [...lines];
  let kept = out.length;
  let seen = 0;
  for (let i = out.length - 1; i >= 0 && seen < MAX_CHROME_LINES; i--) {
    const line = out[i]!;
    if (line.trim() === '') continue;
    seen++;
    if (line.length > MAX_CHROME_TAIL) break;
    const m = SITE_CHROME.exec(line.trim());
    // The footer's own line: its marker at the start (「政府网站标识码」「【打印本页】」).
    if (m && m.index <= 4 && !/[。！？；]/u.test(line)) kept = i;
  }
  out.length = kept;
  // The footer run on at the end of the last line (a page saved as one line).
  let lastAt = out.length - 1;
  while (lastAt >= 0 && out[lastAt]!.trim() === '') lastAt--;
  const last = lastAt >= 0 ? out[lastAt]! : '';
  const m = SITE_CHROME.exec(last);
  if (m) {
    const tail = last.slice(m.index);
    if (tail.length <= MAX_CHROME_TAIL && !/[。！？；]/u.test(tail))
      out[lastAt] = last.slice(0, m.index).trimEnd();
  }
  return out;
}

/**
 * The 版记 of an official document printed after the 落款: 「抄送：…。某某局办公室 2022年1月7日印发」 (a
 * record of who got copies and who printed it, not the report's text; its date is the printing,
 * not the publishing). Cut from 「抄送：」「抄报：」 when the text ends with 「…日印发」.
 */
const RECORD_END = /日\s*印发\s*$/u;
const RECORD_START = /(?:抄送|抄报|主送)\s*[：:]/gu;
const MAX_RECORD = 200;
/**
 * A 版记 with the printing line only: 「…2022年1月7日 海坛片区管理局党政办公室 2022年1月7日印发」 (平潭海坛片区
 * 2021, a report sent as a letter): the printer and its date after the 落款's date.
 */
const PRINTED_ONLY = new RegExp(
  `(?<=日)\\s+[^\\s。！？；;，,：:]{2,30}?\\s*(?:[\\d０-９]{4}\\s*年\\s*[\\d０-９]{1,2}\\s*月\\s*[\\d０-９]{1,2}\\s*日|${CHINESE_DATE_PATTERN})\\s*印发\\s*$`,
  'u',
);
function withoutRecord(lines: string[]): string[] {
  const out = [...lines];
  let lastAt = out.length - 1;
  while (lastAt >= 0 && out[lastAt]!.trim() === '') lastAt--;
  if (lastAt < 0 || !RECORD_END.test(out[lastAt]!)) return out;
  if (!out.slice(Math.max(0, lastAt - 3), lastAt + 1).some((l) => /(?:抄送|抄报|主送)\s*[：:]/u.test(l))) {
    const printed = PRINTED_ONLY.exec(out[lastAt]!);
    if (printed) out[lastAt] = out[lastAt]!.slice(0, printed.index).trimEnd();
    return out;
  }
  // The record on the last line (a page saved as one line) or on the few lines before it.
  for (let i = lastAt; i >= Math.max(0, lastAt - 3); i--) {
    const starts = [...out[i]!.matchAll(RECORD_START)];
    const at = starts[0]?.index;
    if (at === undefined) continue;
    const tail = [out[i]!.slice(at), ...out.slice(i + 1, lastAt + 1)].join('');
    if (tail.length > MAX_RECORD) return out;
    out.splice(i, lastAt + 1 - i, out[i]!.slice(0, at).trimEnd());
    return out;
  }
  return out;
}

/**
 * 「…无。某某县交通运输局2023年1月18日」: a 落款 run on at the end of the last line (a page saved as one line);
 * its digits full-width too (「２０２２年１月７日」).
 */
const INLINE_SIGNATURE = new RegExp(
  `(?<=[。！？；;])([^。！？；;\\n]{2,60}?)([\\d０-９]{4}\\s*年\\s*[\\d０-９]{1,2}\\s*月\\s*[\\d０-９]{1,2}\\s*日|${CHINESE_DATE_PATTERN})\\s*$`,
  'u',
);

/** A letter's closing before its 落款 (「此函」, 平潭海坛片区 2021 sent to the 管委会办公室). */
const CLOSING = /^\s*(?:此函|特此报告|特此函告|特此函复)\s*/u;

/**
 * 「（此件主动公开）」 after the date: the 公文's 公开属性 note under its 落款 (平潭旅文体局 2024), not
 * part of the report's text.
 */
const PUBLICITY_NOTE = /[（(]\s*此件[^（）()\n]{2,10}[）)]\s*$/u;

/**
 * 「（联系人：林耀，联系方式：0591-…）」 right after the 落款's date: who to ask about the document
 * (平潭交通与建设局 2021), not part of the report's text; the preamble's contacts stay the report's.
 */
const CONTACT_NOTE = /(?<=日)\s*[（(]\s*联系人\s*[：:][^（）()\n]{1,40}[）)]\s*$/u;

const TRAILING_DATE = new RegExp(
  `^\\s*([\\d０-９]{4}\\s*年\\s*[\\d０-９]{1,2}\\s*月\\s*[\\d０-９]{1,2}\\s*日|${CHINESE_DATE_PATTERN})\\s*$`,
  'u',
);
/**
 * A 落款 glued to part 六's last word with no 「。」 before it (「六、其他需要报告的事项无 平潭综合实验区自然资源
 * 与生态环境局2022年1月10日」, 「…事项无平潭综合实验区行政审批局 2021年1月19日」): the report's own organ right
 * before the line's closing date. Shaped like INLINE_SIGNATURE's match (organ, date).
 */
function organAndDate(line: string, agencyName: string): InlineSignature | null {
  const organ = agencyName.trim();
  if (organ.length < 4) return null;
  const at = line.lastIndexOf(organ);
  if (at <= 0) return null;
  const date = TRAILING_DATE.exec(line.slice(at + organ.length));
  return date ? { index: at, organ, date: date[1]! } : null;
}

/** A 落款 found at the end of a line: where it starts, the organ as signed, the date. */
type InlineSignature = { index: number; organ: string; date: string };
function inlineSignature(line: string): InlineSignature | null {
  const m = INLINE_SIGNATURE.exec(line);
  // A part's heading is no organ: 「。六、其他需要报告的事项无 某局2022年1月10日」 (the heading not put on a line of
  // its own) signs with 「某局」, found by the organ's name (organAndDate).
  if (!m || /[一二三四五六七八九十][、.．]/u.test(m[1]!)) return null;
  return { index: m.index, organ: m[1]!, date: m[2]! };
}

export function splitSignature(
  lines: readonly string[],
  agencyName: string,
): { lines: string[]; publishDate: string; organ: string } {
  const out = withoutRecord(withoutSiteChrome([...lines]));
  // A loop, not findLastIndex (Chrome 97): the build supports Chromium ≥ 86 (scripts/build-guard).
  let lastAt = out.length - 1;
  while (lastAt >= 0 && out[lastAt]!.trim() === '') lastAt--;
  if (lastAt >= 0 && (PUBLICITY_NOTE.test(out[lastAt]!) || CONTACT_NOTE.test(out[lastAt]!))) {
    out[lastAt] = out[lastAt]!.replace(PUBLICITY_NOTE, '').replace(CONTACT_NOTE, '').trimEnd();
    while (lastAt >= 0 && out[lastAt]!.trim() === '') lastAt--;
  }
  const inline =
    lastAt >= 0 ? (inlineSignature(out[lastAt]!) ?? organAndDate(out[lastAt]!, agencyName)) : null;
  if (inline) {
    const line = out[lastAt]!;
    // A letter's closing before the 落款 (「…。此函 某某局 2022年1月7日」) stays with the text.
    const closing = CLOSING.exec(inline.organ)?.[0] ?? '';
    const at = inline.index + closing.length;
    out.splice(
      lastAt,
      1,
      line.slice(0, at).trimEnd(),
      inline.organ.slice(closing.length).trim(),
      inline.date,
    );
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
