// The crash window, measured (issue 16, item 7): e2e/kill-trials.ts kills the WHOLE browser 20
// times, 0–70 ms after the last keystroke into a narrative, with the shipped per-change journal,
// and reports the keystrokes lost and their age (printed and attached to the test report). The
// same trial with the journal written on pagehide only, for comparison, runs in
// `npm run bench -- --only=16` (not here: CI time).
//
// This measures; it does not promise. README 「数据保存在哪里」 states what these figures show.
import { expect, test } from '@playwright/test';
import { runKillTrials, trialsText } from './kill-trials';

const KILLS = 20;
const SEED = 20261203;

test(`kill the whole browser 0–70 ms after the last keystroke, ${KILLS} times: what survives is a prefix of what was typed; keystrokes lost and their age are reported`, async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const result = await runKillTrials({
    baseURL: baseURL ?? 'http://127.0.0.1:4173',
    kills: KILLS,
    seed: SEED,
  });
  console.log(trialsText(result));
  testInfo.annotations.push({ type: 'kill-trials', description: JSON.stringify(result.summary) });
  await testInfo.attach('kill-trials.json', {
    body: JSON.stringify(result, null, 2),
    contentType: 'application/json',
  });
  expect(result.trials).toHaveLength(KILLS);
});
