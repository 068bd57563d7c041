// Page objects: the e2e specs read like a clerk's day ("create a report", "type into a cell").
import { expect, type Locator, type Page } from '@playwright/test';
import { type CellAddress, cellId, parseCellId } from '../../src/domain/report/cell-address';
import { WIZARD_STEPS, type WizardStepKey } from '../../src/domain/report/labels';

type StepLabel = (typeof WIZARD_STEPS)[number]['label'];

export class ReportsListPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/#/');
    await expect(this.page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  }

  async createReport(
    agencyName: string,
    year: number,
    kind: '部门' | '本级政府' = '部门',
    basedOnPrevious?: boolean,
  ) {
    await this.page.getByRole('button', { name: '新建报告' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建报告' });
    await dialog.getByLabel('机关名称').fill(agencyName);
    await dialog.getByLabel('报告年度').fill(String(year));
    await dialog.getByLabel(kind).check();
    if (basedOnPrevious !== undefined) {
      const box = dialog.getByLabel(/基于上年报告/);
      if (basedOnPrevious) await box.check();
      else await box.uncheck();
    }
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(this.page).toHaveURL(/#\/r\//);
    return new EditorPage(this.page);
  }

  row(agencyName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: agencyName });
  }
}

/** The address of a data-cell value read from the page or a grid model; throws on anything else. */
export function addressOf(id: string): CellAddress {
  const address = parseCellId(id);
  if (!address) throw new Error(`not a cell address: ${id}`);
  return address;
}

export class EditorPage {
  constructor(readonly page: Page) {}

  get reportId(): string {
    const m = /#\/r\/([^/?]+)/.exec(this.page.url());
    if (!m?.[1]) throw new Error(`not an editor URL: ${this.page.url()}`);
    return decodeURIComponent(m[1]);
  }

  /** Opens a step by its key (the label from labels.ts, never typed again) or its label. */
  async step(step: WizardStepKey | StepLabel) {
    const label = WIZARD_STEPS.find((s) => s.key === step)?.label ?? step;
    await this.page
      .getByRole('navigation', { name: '填报步骤' })
      .getByRole('link', { name: new RegExp(label) })
      .click();
    // The step asked for, not any step's heading: under load the old step's heading is still shown
    // for a moment, and a caller that then reads the page's fields read the old step's (a CI flake).
    await expect(
      this.page.getByRole('region', { name: label, exact: true }).getByRole('heading', { level: 2 }).first(),
    ).toBeVisible();
  }

  cell(address: CellAddress): Locator {
    return this.page.locator(`[data-cell="${cellId(address)}"]`);
  }

  field(id: string): Locator {
    return this.page.locator(`[data-field="${id}"]`);
  }

  async fillCell(address: CellAddress, value: string) {
    const cell = this.cell(address);
    await cell.click();
    await cell.press('Control+a');
    await cell.pressSequentially(value);
    await cell.press('Enter');
  }

  /** Waits for the save indicator to say 已保存. */
  async saved() {
    await expect(this.page.locator('[data-save-state="saved"]')).toBeVisible();
  }

  check(id: string): Locator {
    return this.page.getByRole('region', { name: '校验结果' }).locator(`[data-check-id="${id}"]`);
  }
}
