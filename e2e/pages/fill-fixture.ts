import { expect } from '@playwright/test';
import { cellAddress } from '../../src/domain/report/cell-address';
import type { WizardStepKey } from '../../src/domain/report/labels';
import { pasteInto } from '../clipboard';
import { fixtureValue, matrixTsv, PROACTIVE_INPUT_CELLS } from '../fixture-data';
import type { EditorPage } from './app-page';

const NARRATIVES: Record<string, { step: WizardStepKey; keys: string[] }> = {
  overview: {
    step: 'overview',
    keys: ['proactive', 'onRequest', 'management', 'platforms', 'oversight'],
  },
  problems: { step: 'problems', keys: ['problems', 'improvements'] },
  otherMatters: { step: 'otherMatters', keys: ['processingFees', 'statisticsNotes'] },
};

/** Fills the sample report (numbers of qufu-2021 and short narratives) so that no error or warning remains. */
export async function fillFixture(editor: EditorPage) {
  for (const [part, { step, keys }] of Object.entries(NARRATIVES)) {
    await editor.step(step);
    for (const key of keys) {
      const text =
        key === 'processingFees' ? '本年度未收取信息处理费。' : `${part}.${key}：本年度按要求开展相关工作。`;
      await editor.field(`${part}.${key}`).fill(text);
    }
  }
  await editor.step('proactive');
  for (const cell of PROACTIVE_INPUT_CELLS) await editor.fillCell(cell, String(fixtureValue(cell)));
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expect(editor.page.locator('[data-balance="total"]')).toHaveAttribute('data-state', 'equal');
  await editor.step('appeals');
  await editor.page.getByRole('button', { name: /空白填0/ }).click();
  await editor.saved();
}
