// The grids behave like Excel/WPS (issue 14 §1), in Chromium with real mouse, keyboard, clipboard
// and IME input: the 0→70 defect as a fixed case, then a few hundred random sequences compared
// after every step with the reference model (src/ui/tables/test-grid-model.ts).
import { type CDPSession, expect, type Page, test } from '@playwright/test';
import fc from 'fast-check';
import { cellAddress } from '../src/domain/report/cell-address';
import type { WizardStepKey } from '../src/domain/report/labels';
import { PROACTIVE_SECTIONS } from '../src/domain/tables/proactive-table';
import { APPEALS_MODEL, type GridModel, MATRIX_MODEL, proactiveModel } from '../src/ui/tables/grid-model';
import { type GridAction, GridReferenceModel, type GridView } from '../src/ui/tables/test-grid-model';
import { storedReport } from './idb';
import { addressOf, type EditorPage, ReportsListPage } from './pages/app-page';

async function openStep(page: Page, name: string, step: WizardStepKey): Promise<EditorPage> {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport(name, 2021);
  await editor.step(step);
  return editor;
}

test('0→70: Enter moves to a cell, a click on it, then typing 7 gives 7', async ({ page }) => {
  const editor = await openStep(page, '零变七十测试', 'applications');
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '0');
  await editor.cell(cellAddress('applications', 'carriedOver', 'natural')).click();
  await page.keyboard.press('Enter');
  await expect(editor.cell(cellAddress('applications', 'granted', 'natural'))).toBeFocused();
  // The click lands left of the right-aligned 0: a text input would put the caret before it.
  await editor.cell(cellAddress('applications', 'granted', 'natural')).click({ position: { x: 4, y: 8 } });
  await page.keyboard.press('7');
  await expect(editor.cell(cellAddress('applications', 'granted', 'natural'))).toHaveValue('7');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await storedReport(page, editor.reportId))?.draft.applications?.granted?.natural)
    .toBe('7');
});

test('IME typing on a selected cell replaces its value', async ({ page }) => {
  const editor = await openStep(page, '输入法覆盖测试', 'applications');
  const cell = editor.cell(cellAddress('applications', 'granted', 'natural'));
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '0');
  await cell.click();
  await cell.click({ position: { x: 4, y: 8 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '７', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '７' });
  await expect(cell).toHaveValue('７');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveValue('7');
});

// ---- random sequences ------------------------------------------------------------------------
const SEED = 1414;
const MATRIX_CELLS = new GridReferenceModel(MATRIX_MODEL).inputCells;
/** Each grid of the report with the cells its sequences start from (arrows and Enter reach the rest). */
const GRIDS: { step: WizardStepKey; model: GridModel; cells: readonly string[]; sequences: number }[] = [
  {
    step: 'proactive',
    model: proactiveModel(PROACTIVE_SECTIONS[0]!, 0),
    cells: new GridReferenceModel(proactiveModel(PROACTIVE_SECTIONS[0]!, 0)).inputCells,
    sequences: 120,
  },
  {
    // The matrix has 144 cells: its top-left corner, where Enter/Tab wrap, and its last row.
    step: 'applications',
    model: MATRIX_MODEL,
    cells: [...MATRIX_CELLS.slice(0, 2), ...MATRIX_CELLS.slice(6, 8), ...MATRIX_CELLS.slice(-3)],
    sequences: 100,
  },
  {
    step: 'appeals',
    model: APPEALS_MODEL,
    cells: new GridReferenceModel(APPEALS_MODEL).inputCells,
    sequences: 80,
  },
];

const digit = fc.constantFrom('0', '1', '3', '7', '9');
function actionArb(cells: readonly string[]): fc.Arbitrary<GridAction> {
  const cell = fc.constantFrom(...cells);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('click' as const), cell }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('click' as const), cell, shift: fc.constant(true) }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('dblclick' as const), cell }) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('type' as const), ch: digit }) },
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        key: fc.constantFrom(
          'Enter',
          'Tab',
          'ArrowUp',
          'ArrowDown',
          'ArrowLeft',
          'ArrowRight',
          'Escape',
          'F2',
          'Backspace',
          'Delete',
        ),
        shift: fc.constantFrom(false, false, false, true),
      }),
    },
    // ranges (cell-interaction.ts ⁸): Shift+arrows often enough that Delete, paste and clicks meet them
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        key: fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'),
        shift: fc.constant(true),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'selectAll' as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        digit.map((d) => ({ kind: 'paste' as const, text: `${d}${d}` })),
        fc.tuple(digit, digit).map(([a, b]) => ({ kind: 'paste' as const, text: `${a}\t${b}\r\n` })),
      ),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'leave' as const }) },
    { weight: 1, arbitrary: fc.constantFrom('１', '２３').map((text) => ({ kind: 'ime' as const, text })) },
  );
}

/** The grid as the page shows it, in the model's terms. */
function readView(page: Page, cells: readonly string[]): Promise<GridView> {
  return page.evaluate((cells) => {
    const values: Record<string, string> = {};
    for (const c of cells)
      values[c] = document.querySelector<HTMLInputElement>(`input[data-cell="${c}"]`)!.value;
    const el = document.activeElement;
    const input =
      el instanceof HTMLInputElement && el.dataset.cell && cells.includes(el.dataset.cell) ? el : null;
    return {
      values,
      cell: input?.dataset.cell ?? null,
      mode: (input?.dataset.mode ?? null) as GridView['mode'],
      selection: input ? { start: input.selectionStart ?? -1, end: input.selectionEnd ?? -1 } : null,
      range: input
        ? [...(input.closest('table')?.querySelectorAll<HTMLElement>('td.in-range [data-cell]') ?? [])].map(
            (e) => e.dataset.cell!,
          )
        : [],
    };
  }, cells);
}

for (const grid of GRIDS) {
  test(`${grid.sequences} random sequences on ${grid.step} match the model`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = await openStep(page, '表格模型测试', grid.step);
    const cdp = await context.newCDPSession(page);
    const ref = new GridReferenceModel(grid.model);
    const cells = ref.inputCells;
    const sequences = fc.sample(fc.array(actionArb(grid.cells), { minLength: 1, maxLength: 6 }), {
      seed: SEED,
      numRuns: grid.sequences,
    });
    const done: GridAction[] = [];
    for (const [n, actions] of sequences.entries()) {
      for (const planned of actions) {
        if (!ref.applies(planned)) continue;
        const action = await perform(page, editor, cdp, ref, planned);
        ref.apply(action);
        done.push(action);
        const view = await readView(page, cells);
        expect(view, `sequence ${n} (seed ${SEED}), after ${JSON.stringify(done.slice(-8))}`).toEqual(
          ref.view(),
        );
      }
    }
    // Everything typed reached IndexedDB: leave the grid so the last entry is finished, then compare.
    await page.getByRole('heading', { level: 2 }).first().click();
    ref.apply({ kind: 'leave' });
    await expect
      .poll(async () => {
        const draft = (await storedReport(page, editor.reportId))?.draft as
          | Record<string, Record<string, Record<string, string>>>
          | undefined;
        return Object.fromEntries(
          cells.map((c) => {
            const [part, row, col] = c.split('.') as [string, string, string];
            return [c, draft?.[part]?.[row]?.[col] ?? ''];
          }),
        );
      })
      .toEqual(ref.stored());
  });
}

/** Does one planned action in the browser; a click inside a text being edited takes the caret from there. */
async function perform(
  page: Page,
  editor: EditorPage,
  cdp: CDPSession,
  ref: GridReferenceModel,
  action: GridAction,
): Promise<GridAction> {
  switch (action.kind) {
    case 'click': {
      const cell = editor.cell(addressOf(action.cell));
      const editing = ref.state.cell === action.cell && ref.state.mode === 'edit';
      // Shift+click inside the text being edited selects text from the caret: not modelled, a plain click.
      if (action.shift && editing) action = { kind: 'click', cell: action.cell };
      await cell.click(action.shift ? { modifiers: ['Shift'] } : {});
      // Inside a text being edited the browser puts the caret where the pointer is: the model takes it from there.
      if (editing)
        return {
          ...action,
          caret: await cell.evaluate((el: HTMLInputElement) => el.selectionStart ?? 0),
        };
      return action;
    }
    case 'dblclick':
      await editor.cell(addressOf(action.cell)).dblclick();
      return action;
    case 'type':
      await page.keyboard.press(action.ch);
      return action;
    case 'key':
      await page.keyboard.press(action.shift ? `Shift+${action.key}` : action.key);
      return action;
    case 'undo':
      await page.keyboard.press('Control+z');
      return action;
    case 'redo':
      await page.keyboard.press('Control+y');
      return action;
    case 'selectAll':
      await page.keyboard.press('Control+a');
      return action;
    case 'paste':
      await page.evaluate((text) => navigator.clipboard.writeText(text), action.text);
      await page.keyboard.press('Control+v');
      return action;
    case 'leave':
      await page.getByRole('heading', { level: 2 }).first().click();
      return action;
    case 'ime': {
      const len = action.text.length;
      await cdp.send('Input.imeSetComposition', {
        text: action.text,
        selectionStart: len,
        selectionEnd: len,
      });
      await cdp.send('Input.insertText', { text: action.text });
      return action;
    }
  }
}
