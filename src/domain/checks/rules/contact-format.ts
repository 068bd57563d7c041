// 报告信息's 网站 and 联系电话 (SPEC §1) are printed in the report's preamble and last lines, where
// the public looks for them; nothing checked what was typed (h81's trial). A warning, never an
// error: offices write them in many honest ways, and an empty field is not this rule's business.
// - 网站: passes when it holds a web address somewhere — a domain (「www.x.gov.cn」, 「x.gov.cn」,
//   with or without http(s)://, with a path), an IPv4 address (政务外网, with a port or path), or
//   several of them; the site's name written around it is fine (「某市人民政府网（www.x.gov.cn）」).
// - 联系电话: passes when some number in it has at least 7 digits (「0537-1234567」, 「（0537）1234567」,
//   「1234567」, a mobile number, 「…转8001」 分机, several numbers, 传真), or is a 5-digit 123xx
//   government hotline (12345). Full-width digits and letters count as their ASCII forms.
import { META_LABELS } from '../../report/labels';
import type { ReportDraft } from '../../report/report-schema';
import { makeResult } from '../result';
import type { CheckResult } from '../types';

const DOMAIN =
  /(?:^|[^a-z0-9-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,30})(?![a-z0-9-])/iu;
const IPV4 = /(?:^|[^\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]*\d)/u;

/** True when the text holds a web address a browser can open. */
export function holdsWebAddress(text: string): boolean {
  const t = text.normalize('NFKC');
  return DOMAIN.test(t) || IPV4.test(t);
}

/** A run of digits with the separators a phone number is written with inside it. */
const NUMBER_RUN = /\d(?:[\d\s\-‐-―－()（）]*\d)?/gu;

/** True when the text holds a telephone number (≥ 7 digits in one run, or a 123xx hotline). */
export function holdsPhoneNumber(text: string): boolean {
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(NUMBER_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 7 || /^123\d\d$/.test(digits)) return true;
  }
  return false;
}

const FIELDS = [
  { key: 'website', ok: holdsWebAddress, want: '网址（如 www.example.gov.cn 或 http://10.1.2.3/）' },
  { key: 'contactPhone', ok: holdsPhoneNumber, want: '电话号码（如 0537-1234567，可写多个、分机或传真）' },
] as const;

export function contactFormatChecks(ctx: { draft: Pick<ReportDraft, 'meta'> }): CheckResult[] {
  return FIELDS.map(({ key, ok, want }) => {
    const value = ctx.draft.meta[key].trim();
    const label = META_LABELS[key];
    const fingerprint = value;
    const d = { part: 'meta' as const, fingerprint, fields: [`meta.${key}`] };
    if (value === '' || ok(value))
      return makeResult(
        'contact-format',
        `contact-format:${key}`,
        'passed',
        value === '' ? `${label}未填写（不查格式）` : `${label}格式正常`,
        d,
      );
    return makeResult(
      'contact-format',
      `contact-format:${key}`,
      'failed',
      `${label}「${value.length > 40 ? `${value.slice(0, 40)}…` : value}」看起来不是${want}，请核对`,
      d,
    );
  });
}
