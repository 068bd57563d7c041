// The sample report (SPEC: 曲阜市人民政府办公室 2021) as a corpus report: numbers from
// qufu-2021.expected.json, narratives cut out of the fixture text by its own headings (plain
// slicing, independent of the importer under test).
import expected from '../fixtures/qufu-2021.expected.json';
import { OTHER_MATTERS_KEYS, OVERVIEW_KEYS } from '../report/keys';
import { OVERVIEW_LABELS, PART_TITLES, REPORT_TITLE } from '../report/labels';
import type { Report } from '../report/report-schema';
import type { CorpusReport } from './corpus-types';

type Lines = {
  at: (heading: string) => number;
  between: (from: number, to: number) => string[];
  lines: string[];
};

function linesOf(text: string): Lines {
  const lines = text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .split('\n')
    .map((l) => l.trim());
  return {
    lines,
    at: (heading) => lines.indexOf(heading),
    between: (from, to) => lines.slice(from, to).filter((l) => l !== ''),
  };
}

function overview({ at, between }: Lines): Report['overview'] {
  const start = at(PART_TITLES.overview) + 1;
  const end = at(PART_TITLES.proactive);
  const subs = OVERVIEW_KEYS.filter((k) => k !== 'intro');
  const marks = subs.map((k) => at(OVERVIEW_LABELS[k]));
  const out = { intro: between(start, marks[0]!).join('\n') } as Report['overview'];
  subs.forEach((k, i) => {
    out[k] = between(marks[i]! + 1, marks[i + 1] ?? end).join('\n');
  });
  return out;
}

function problems({ at, between }: Lines): Report['problems'] {
  const body = between(at(PART_TITLES.problems) + 1, at(PART_TITLES.otherMatters));
  const split = body.findIndex((l) => l.startsWith('针对上述不足'));
  return { problems: body.slice(0, split).join('\n'), improvements: body.slice(split).join('\n') };
}

function otherMatters({ at, between, lines }: Lines): Report['otherMatters'] {
  const body = between(at(PART_TITLES.otherMatters) + 1, lines.length);
  // 「（五）本行政机关…需要说明的事项：无。」: the sub-item's text is what follows its heading.
  return Object.fromEntries(
    OTHER_MATTERS_KEYS.map((k, i) => [
      k,
      body[i]!.replace(/^（[一二三四五六七]）/, '')
        .replace(/^[^。：]{4,40}事项：/u, '')
        .replace(/^本行政机关年度政务公开工作创新情况：/u, ''),
    ]),
  ) as Report['otherMatters'];
}

/** `fixtureText`: qufu-2021.txt (read by the caller: Vite's ?raw in tests, the file system in the bench). */
export function qufuCorpusReport(fixtureText: string): CorpusReport {
  const l = linesOf(fixtureText);
  const { at, between, lines } = l;
  const title = at(PART_TITLES.overview);
  return {
    key: 'qufu-2021',
    agencyName: expected.meta.agencyName,
    year: expected.meta.year,
    kind: 'department',
    title: `${expected.meta.agencyName}${expected.meta.year}年${REPORT_TITLE}`,
    preamble: between(
      lines.findIndex((l) => l.startsWith('本报告由')),
      title,
    ),
    website: expected.meta.website,
    contactAddress: expected.meta.contactAddress,
    contactPhone: expected.meta.contactPhone,
    publishDate: '',
    numbers: {
      proactive: structuredClone(expected.proactive),
      applications: structuredClone(expected.applications),
      appeals: structuredClone(expected.appeals),
    },
    overview: overview(l),
    problems: problems(l),
    otherMatters: otherMatters(l),
    otherMattersHeadings: false,
  };
}
