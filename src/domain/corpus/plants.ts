// Known problems planted into corpus reports (nianbao issue 18), each with the finding 批量审核 must
// raise for it: a printed total that disagrees with its parts, a narrative count that disagrees
// with the table (split by a line break in PDF text), and cross-year stock breaks between two
// years of one organ published under two names. A new plant is one more entry in PLANTS.

import { cellAddress, cellId } from '../report/cell-address';
import { deriveAppeals, deriveApplications } from '../report/derive';
import type { CorpusReport } from './corpus-types';
import type { Block } from './document';

export type Plant = {
  name: string;
  description: string;
  /** the report the plant applies to: 'this' for any report, or the later year of a chain */
  target: 'any' | 'chain-later';
  /** the report as published with the problem (numbers stay consistent unless the plant is about that) */
  report?: (r: CorpusReport) => CorpusReport;
  /** the printed page with the problem (a printed total changed, the parts left alone) */
  blocks?: (blocks: Block[], r: CorpusReport) => Block[];
  /** ids of the audit findings that flag it (any one) */
  findings: readonly string[];
};

const recompute = (r: CorpusReport): CorpusReport => ({
  ...r,
  numbers: {
    proactive: r.numbers.proactive,
    applications: deriveApplications(r.numbers.applications),
    appeals: deriveAppeals(r.numbers.appeals),
  },
});

/** Part 三's printed 「（七）总计」 of 自然人 one more than the sum of its rows. */
function wrongPrintedTotal(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'table' || b.part !== 'applications') return b;
    const rows = b.rows.map((row) => {
      const label = row.findIndex((c) => c.text === '（七）总计');
      if (label < 0) return row;
      return row.map((c, k) => (k === label + 1 ? { ...c, text: String(Number(c.text) + 1) } : c));
    });
    return { ...b, rows };
  });
}

export const PLANTS: readonly Plant[] = [
  {
    name: 'printed-total',
    description: 'printed 「（七）总计」 (自然人) disagrees with its rows',
    target: 'any',
    blocks: wrongPrintedTotal,
    // Cells run together: the solver finds no split that adds up, and says so for the row.
    findings: [
      `import:total:${cellId(cellAddress('applications', 'totalHandled', 'natural'))}`,
      'import:total:run:applications.totalHandled',
    ],
  },
  {
    name: 'narrative-count',
    description: 'the narrative states 7 applications more than the table',
    target: 'any',
    report: (r) => {
      const received = r.numbers.applications.newReceived.total ?? 0;
      const stated = `申请${received}件`;
      const onRequest = r.overview.onRequest.includes(stated)
        ? r.overview.onRequest.replace(stated, `申请${received + 7}件`)
        : `本年度共收到政府信息公开申请${received + 7}件。${r.overview.onRequest}`;
      return { ...r, overview: { ...r.overview, onRequest } };
    },
    findings: ['narrative-number:overview.onRequest:received'],
  },
  {
    name: 'carry-over-break',
    description: 'the later year carries over 2 more than the earlier year carried forward',
    target: 'chain-later',
    report: (r) => {
      const a = structuredClone(r.numbers.applications);
      a.carriedOver.natural = (a.carriedOver.natural ?? 0) + 2;
      a.granted.natural = (a.granted.natural ?? 0) + 2;
      return recompute({ ...r, numbers: { ...r.numbers, applications: a } });
    },
    findings: ['carry-over:natural'],
  },
  {
    name: 'in-force-break',
    description: 'the later year’s 「现行有效件数」 is not last year’s + issued − repealed',
    target: 'chain-later',
    report: (r) => {
      const p = structuredClone(r.numbers.proactive);
      p.normativeDocuments.inForce = (p.normativeDocuments.inForce ?? 0) + 3;
      return { ...r, numbers: { ...r.numbers, proactive: p } };
    },
    findings: ['in-force:normativeDocuments'],
  },
];
