// Figure 16 (only with --only=16: two runs of 20 whole-browser kills take about two minutes): the
// kill-the-browser trial of e2e/kill-browser.spec.ts with the shipped per-change journal and, the
// same typing and kill moments (one seed), with the journal written on pagehide only
// (unsaved-journal.ts PAGEHIDE_ONLY_QUERY) — what the per-change journal saves when the browser dies.
import { runKillTrials, type TrialSummary } from '../../e2e/kill-trials';
import { startPreview } from './preview-server';
import { renderTable } from './report-table';

export const KILL_TITLE =
  '16 kill the whole browser 0–70 ms after the last keystroke (20 kills each, same seed)';
const KILLS = 20;
const SEED = 20261203;

const ageRange = (s: TrialSummary) =>
  s.keystrokesLost === 0 ? '—' : `${s.youngestLostKeystrokeMs}–${s.oldestLostKeystrokeMs} ms`;

export async function killComparison(
  cwd: string,
  progress: (label: string) => void,
  port?: number,
): Promise<string> {
  const server = await startPreview(cwd, { port });
  const summaries: TrialSummary[] = [];
  try {
    for (const pagehideOnly of [false, true]) {
      progress(`16 ${KILLS} kills, journal ${pagehideOnly ? 'on pagehide only' : 'on every change'}`);
      const { summary } = await runKillTrials({
        baseURL: server.url,
        kills: KILLS,
        seed: SEED,
        pagehideOnly,
      });
      summaries.push(summary);
    }
  } finally {
    await server.stop();
  }
  return renderTable(
    [
      'journal',
      'kills',
      'keystrokes',
      'kills losing any',
      'keystrokes lost',
      'most in one kill',
      'lost ones typed before the kill',
    ],
    summaries.map((s) => [
      s.journal,
      String(s.kills),
      String(s.keystrokes),
      String(s.trialsWithLoss),
      String(s.keystrokesLost),
      String(s.maxLostPerTrial),
      ageRange(s),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}
