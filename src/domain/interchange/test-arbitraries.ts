// fast-check generators of valid reports, reviews and check results, for the property tests of
// this folder (imported by *.test.ts only).
import fc from 'fast-check';
import { formatFeeUnits } from '../numbers/parse-fee';
import { deriveAppeals, deriveApplications } from '../report/derive';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  DOCUMENT_FIELDS,
  OTHER_MATTERS_KEYS,
  OVERVIEW_KEYS,
  PROBLEMS_KEYS,
  REPORT_KINDS,
  REVIEW_STATUSES,
} from '../report/keys';
import { MAX_COUNT, MAX_YEAR, MIN_YEAR, type Report } from '../report/report-schema';
import { HISTORY_ACTIONS, MAX_REVISION, type Review } from '../report/review-schema';
import { CHECK_SEVERITIES, CHECK_STATUSES, type ChecksRecord } from './envelope-schema';
import { FORBIDDEN_KEYS } from './read-json-text';

/** Text that stresses encoders: any code point, emoji sequences, bidi marks, a lone surrogate. */
const tricky = fc.constantFrom(
  '👩‍👩‍👧‍👦',
  '🇨🇳',
  '\u200f',
  '\u202e',
  '\u200d',
  'مرحبا',
  '\ufeff',
  '\ud800',
  '"\\\n\t',
  '「」（）',
  '\u0000',
);
export const textArb = (maxPieces = 8) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), tricky), { maxLength: maxPieces })
    .map((pieces) => pieces.join(''));

const keyed = <K extends string, T>(keys: readonly K[], arb: fc.Arbitrary<T>): fc.Arbitrary<Record<K, T>> =>
  fc.record(Object.fromEntries(keys.map((k) => [k, arb]))) as fc.Arbitrary<Record<K, T>>;

/** ≤ MAX_COUNT / 128 so that 「（七）总计 — 总计」 (126 parts) stays within the schema's MAX_COUNT. */
export const countArb = fc.option(
  fc.oneof(fc.nat(50), fc.integer({ min: 0, max: Math.floor(MAX_COUNT / 128) })),
  {
    nil: null,
  },
);
/** Fees with ≤ 6 decimals and ≤ 15 significant digits (what a double carries exactly). */
export const feeArb = fc.option(
  fc.integer({ min: 0, max: 999_999_999_999_999 }).map((units) => Number(formatFeeUnits(units))),
  { nil: null },
);
const dateArb = fc.date({
  min: new Date('2008-01-01T00:00:00Z'),
  max: new Date('2100-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoArb = dateArb.map((d) => d.toISOString());
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
const shortText = (max: number) => fc.string({ unit: 'binary', maxLength: Math.floor(max / 2) });

export const reportArb: fc.Arbitrary<Report> = fc
  .record({
    id: idArb,
    meta: fc.record({
      agencyName: shortText(200),
      year: fc.option(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), { nil: null }),
      reportKind: fc.constantFrom(...REPORT_KINDS),
      title: textArb(4),
      preamble: textArb(),
      website: shortText(200),
      contactAddress: shortText(200),
      contactPhone: shortText(40),
      publishDate: fc.oneof(
        fc.constant(''),
        dateArb.map((d) => d.toISOString().slice(0, 10)),
      ),
    }),
    overview: keyed(OVERVIEW_KEYS, textArb()),
    proactive: fc.record({
      regulations: keyed(DOCUMENT_FIELDS, countArb),
      normativeDocuments: keyed(DOCUMENT_FIELDS, countArb),
      licensing: fc.record({ decisions: countArb }),
      punishment: fc.record({ decisions: countArb }),
      enforcement: fc.record({ decisions: countArb }),
      fees: fc.record({ amount: feeArb }),
    }),
    applications: keyed(APPLICATION_INPUT_ROWS, keyed(APPLICANT_INPUT_COLUMNS, countArb)),
    appeals: keyed(APPEAL_GROUPS, keyed(APPEAL_INPUT_FIELDS, countArb)),
    problems: keyed(PROBLEMS_KEYS, textArb()),
    otherMatters: keyed(OTHER_MATTERS_KEYS, textArb()),
    explanations: fc.dictionary(
      shortText(100).filter((k) => !FORBIDDEN_KEYS.has(k)),
      textArb(3),
      { maxKeys: 4, noNullPrototype: true },
    ),
  })
  .map((r) => ({
    ...r,
    applications: deriveApplications(r.applications),
    appeals: deriveAppeals(r.appeals),
  }));

const replyArb = fc.record({ id: idArb, author: shortText(100), at: isoArb, text: textArb(3) });
export const reviewArb: fc.Arbitrary<Review> = fc.record({
  status: fc.constantFrom(...REVIEW_STATUSES),
  comments: fc.array(
    fc.record({
      id: idArb,
      anchor: fc.record({ kind: fc.constantFrom('part', 'field', 'cell'), target: idArb }),
      author: shortText(100),
      at: isoArb,
      text: textArb(3),
      resolved: fc.boolean(),
      replies: fc.array(replyArb, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  history: fc.array(
    fc.record({
      action: fc.constantFrom(...HISTORY_ACTIONS),
      actor: shortText(100),
      at: isoArb,
      from: fc.option(fc.constantFrom(...REVIEW_STATUSES), { nil: null }),
      to: fc.constantFrom(...REVIEW_STATUSES),
      note: textArb(2),
      revision: fc.nat({ max: MAX_REVISION }),
    }),
    { maxLength: 3 },
  ),
});

export const checksArb: fc.Arbitrary<ChecksRecord> = fc.record({
  catalogVersion: fc.stringMatching(/^[0-9a-z.-]{1,20}$/),
  results: fc.array(
    fc.record(
      {
        id: idArb,
        severity: fc.constantFrom(...CHECK_SEVERITIES),
        status: fc.constantFrom(...CHECK_STATUSES),
        message: textArb(3),
        cells: fc.array(idArb, { maxLength: 3 }),
        explanation: textArb(2),
      },
      { requiredKeys: ['id', 'severity', 'status', 'message', 'cells'] },
    ),
    { maxLength: 4 },
  ),
});
