import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

const ADDED = '，以上数据已逐项核实。';

describe("a county writer drafts last year's summary report, edits it, follows a figure and downloads the .docx", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let reportUrl = '';
  const lastYear = new Date().getFullYear() - 1;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('drafts a report for 上年 from 总结报告 and shows it as a numbered document', async () => {
    await logIn(page, server.baseUrl, 'admin', E2E_PASSWORD);
    await page.getByRole('menuitem', { name: '总结报告' }).click();
    await page.waitForURL('**/reports');
    await page.getByRole('button', { name: /起草新报告/ }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '起草新报告' });
    await pickOption(page, modal.getByLabel('报告时间'), /^上年$/);
    // The template follows the unit: the county writes the county report.
    await expect.poll(() => modal.getByText('县（市、区）', { exact: true }).count()).toBe(1);
    await modal.getByRole('button', { name: /起\s*草$/ }).click();
    await page.waitForURL(/\/reports\/\d+$/, { timeout: 30_000 });
    reportUrl = page.url();

    await expect.poll(() => page.getByTestId('report-heading').textContent(), { timeout: 15_000 }).toContain(`${lastYear}年`);
    expect(await page.getByTestId('block-title').textContent()).toContain(`${lastYear}年`);
    const sections = await page.locator('[data-testid="block-heading"][data-level="1"]').allTextContents();
    expect(sections.map((s) => s.trim())).toEqual(['一、基本情况', '二、主要做法', '三、亮点及特色', '四、存在的不足', '五、下一步工作打算']);
    // Level-2 headings restart under each section.
    const second = await page.locator('[data-testid="block-heading"][data-level="2"]').first().textContent();
    expect(second?.startsWith('（一）')).toBe(true);
    expect(await page.getByTestId('figure-chip').count()).toBeGreaterThan(10);
  });

  it('edits a sentence in place, keeps its figures bound, saves, and finds the edit after a reload', async () => {
    const paragraph = page
      .locator('[data-block-id]')
      .filter({ has: page.getByTestId('figure-chip') })
      .and(page.getByTestId('block-paragraph'))
      .nth(1);
    const blockId = await paragraph.getAttribute('data-block-id');
    const chipsBefore = await paragraph.getByTestId('figure-chip').count();
    expect(chipsBefore).toBeGreaterThan(0);
    // The first-line indent holds no figure, so this click opens the editor rather than a figure.
    await paragraph.click({ position: { x: 20, y: 12 } });
    const editor = page.getByTestId('block-editor').locator('textarea');
    await expect.poll(() => editor.count()).toBe(1);
    expect(await editor.inputValue()).toContain('⟦');
    await editor.press('Control+End');
    await editor.press('Backspace');
    await editor.pressSequentially(ADDED);
    await editor.press('Escape');
    await expect.poll(() => page.getByTestId('report-toolbar').textContent()).toContain('有未保存的修改');

    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByTestId('report-toolbar').textContent(), { timeout: 15_000 }).toContain('已保存 · 第2版');

    await page.reload();
    const saved = page.locator(`[data-block-id="${blockId}"]`);
    await expect.poll(() => saved.textContent(), { timeout: 15_000 }).toContain(ADDED);
    expect(await saved.getByTestId('figure-chip').count()).toBe(chipsBefore);
  });

  it('leads from a figure chip to the entries behind it, with the same total', async () => {
    // A count of entries, not narrowed by type or tag: the drill-down's total is the figure itself.
    const chip = page.locator('a[data-testid="figure-chip"][href*="metric=entries"]:not([href*="types="]):not([href*="groupBy="])').first();
    const value = Number(await chip.getAttribute('data-value'));
    expect(value).toBeGreaterThan(0);
    await chip.click();
    await page.waitForURL(/\/stats\/entries\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(`${lastYear}-01-01`);
    expect(url.searchParams.get('to')).toBe(`${lastYear}-12-31`);
    await expect.poll(async () => Number(await page.getByTestId('drill-total').getAttribute('data-value')), { timeout: 15_000 }).toBe(value);
    await expect.poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 }).toBe(`共 ${value} 条`);
    await page.goBack();
    await page.waitForURL(reportUrl);
  });

  it('leads from a figure narrowed to activity types to exactly the entries of those types', async () => {
    // 宣讲2900余场次-style figures: a sum of entries of some types, not of the whole ledger.
    const chip = page.locator('a[data-testid="figure-chip"][href*="metric=entries"][href*="types="]').first();
    const value = Number(await chip.getAttribute('data-value'));
    const types = new URL(String(await chip.getAttribute('href')), server.baseUrl).searchParams.get('types');
    expect(value).toBeGreaterThan(0);
    await chip.click();
    await page.waitForURL(/\/stats\/entries\?/);
    expect(new URL(page.url()).searchParams.get('types')).toBe(types);
    await expect.poll(async () => Number(await page.getByTestId('drill-total').getAttribute('data-value')), { timeout: 15_000 }).toBe(value);
    await expect.poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 }).toBe(`共 ${value} 条`);
    await page.goBack();
    await page.waitForURL(reportUrl);
  });

  it('checks the saved report (材料体检) with every figure asked of the ledger again, none out of line', async () => {
    await page.getByTestId('report-paper').waitFor();
    await page.getByRole('button', { name: /材料体检/ }).click();
    const drawer = page.getByRole('dialog', { name: '材料体检' });
    await expect.poll(() => drawer.getByTestId('check-scope').textContent(), { timeout: 15_000 }).toContain('已保存的第2版');
    await drawer.getByTestId('check-summary').waitFor();
    // Nothing was recorded since the draft: no figure reads differently from the ledger.
    expect(await drawer.getByText('数字与台账不符', { exact: true }).count()).toBe(0);
    // Closed, so the drawer does not cover the toolbar's download button.
    await drawer.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => drawer.count()).toBe(0);
  });

  it('downloads the report as a .docx', async () => {
    await page.getByTestId('report-paper').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: /下载 Word/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(download.suggestedFilename()).toContain(`${lastYear}年`);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('keeps figures whole under Backspace, select-and-type and paste, unbinds one deliberately, and never saves on download by itself', async () => {
    await page.getByTestId('report-paper').waitFor();
    // A paragraph with two figures or more: one to type into, one to paste over.
    const paragraphs = page
      .locator('[data-block-id]')
      .filter({ has: page.getByTestId('figure-chip') })
      .and(page.getByTestId('block-paragraph'));
    let index = 0;
    while ((await paragraphs.nth(index).getByTestId('figure-chip').count()) < 2) index++;
    const paragraph = paragraphs.nth(index);
    const blockId = String(await paragraph.getAttribute('data-block-id'));
    const chipsBefore = await paragraph.getByTestId('figure-chip').count();
    await paragraph.click({ position: { x: 20, y: 12 } });
    const editor = page.getByTestId('block-editor').locator('textarea');
    const notice = page.getByTestId('figure-notice');
    await expect.poll(() => editor.count(), { timeout: 10_000 }).toBe(1);
    const original = await editor.inputValue();
    const [first, second] = [...original.matchAll(/⟦[^⟦⟧]*⟧/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[0].slice(1, -1) }));
    if (!first || !second) throw new Error(`two figures expected in ${original}`);
    const select = (start: number, end = start) =>
      editor.evaluate(
        (el: HTMLTextAreaElement, [a, b]) => {
          el.focus();
          el.setSelectionRange(a!, b!);
        },
        [start, end],
      );
    const selection = () => editor.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const paste = async (text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await editor.press('Control+V');
    };

    // Backspace inside a figure: nothing goes, the whole figure is selected and the writer told why.
    await select(first.start + 2);
    await editor.press('Backspace');
    expect(await editor.inputValue()).toBe(original);
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('数字与台账绑定');
    expect(await selection()).toEqual([first.start, first.end]);
    // Typing over the selected figure (as when replacing 138 by 140) changes nothing either.
    await editor.pressSequentially('140');
    expect(await editor.inputValue()).toBe(original);
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('如需手改请先解除绑定');
    // Nor typing over part of its digits, nor pasting into it.
    await select(first.start + 1, first.start + 2);
    await editor.pressSequentially('40');
    expect(await editor.inputValue()).toBe(original);
    await select(first.start + 1, first.start + 2);
    await paste('40');
    expect(await editor.inputValue()).toBe(original);

    // Pasting over a whole figure replaces it whole, and 撤销 puts it back.
    await select(second.start, second.end);
    await paste('若干');
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(original.slice(0, second.start) + '若干' + original.slice(second.end));
    await notice.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(original);

    // Backspace at a figure's end selects it; a second Backspace deletes it whole; Ctrl+Z brings it back.
    await select(first.end);
    await editor.press('Backspace');
    expect(await editor.inputValue()).toBe(original);
    await editor.press('Backspace');
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(original.slice(0, first.start) + original.slice(first.end));
    await editor.press('Control+z');
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(original);

    // Unbound deliberately, the figure is typed text that Backspace and typing change like any other.
    await select(first.end);
    await page.getByTestId('block-editor').getByRole('button', { name: '解除绑定' }).click();
    const unbound = original.slice(0, first.start) + first.label + original.slice(first.end);
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(unbound);
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('已解除绑定');
    await select(first.start + first.label.length);
    await editor.press('Backspace');
    await expect
      .poll(() => editor.inputValue(), { timeout: 10_000 })
      .toBe(unbound.slice(0, first.start + first.label.length - 1) + unbound.slice(first.start + first.label.length));
    await editor.pressSequentially(first.label.slice(-1));
    await expect.poll(() => editor.inputValue(), { timeout: 10_000 }).toBe(unbound);
    await editor.press('Escape');
    expect(await paragraph.getByTestId('figure-chip').count()).toBe(chipsBefore - 1);
    await expect.poll(() => page.getByTestId('report-toolbar').textContent(), { timeout: 10_000 }).toContain('有未保存的修改');

    // 下载 Word with unsaved edits asks; the saved version is downloaded without saving anything.
    const downloadButton = page.getByRole('button', { name: /下载 Word/ });
    const choice = page.getByRole('dialog').filter({ hasText: '下载的 Word 取自已保存的版本' });
    await downloadButton.click();
    await choice.getByRole('button', { name: /取\s*消/ }).click();
    await expect.poll(() => choice.count(), { timeout: 10_000 }).toBe(0);
    await downloadButton.click();
    const [savedOnly] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      choice.getByRole('button', { name: '下载上次保存的版本' }).click(),
    ]);
    expect(savedOnly.suggestedFilename()).toMatch(/\.docx$/);
    const toolbar = page.getByTestId('report-toolbar');
    expect(await toolbar.textContent()).toContain('有未保存的修改');
    // The version count is unchanged: still versions 1 and 2.
    await page.getByRole('button', { name: /版\s*本/ }).click();
    const versions = page.getByRole('dialog', { name: '版本记录' });
    await expect.poll(() => versions.getByTestId('report-version').count(), { timeout: 15_000 }).toBe(2);
    await versions.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => versions.count(), { timeout: 10_000 }).toBe(0);

    // Saving is the writer's choice: 保存并下载 makes version 3 and downloads it.
    await downloadButton.click();
    const [withEdits] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), choice.getByRole('button', { name: '保存并下载' }).click()]);
    expect(withEdits.suggestedFilename()).toMatch(/\.docx$/);
    await expect.poll(() => toolbar.textContent(), { timeout: 15_000 }).toContain('已保存 · 第3版');

    await page.reload();
    const saved = page.locator(`[data-block-id="${blockId}"]`);
    await expect.poll(() => saved.getByTestId('figure-chip').count(), { timeout: 15_000 }).toBe(chipsBefore - 1);
    expect(await saved.textContent()).toContain(first.label);
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await logIn(phone, server.baseUrl, 'admin', E2E_PASSWORD);
    await phone.goto(reportUrl);
    await expect.poll(() => phone.getByTestId('figure-chip').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
