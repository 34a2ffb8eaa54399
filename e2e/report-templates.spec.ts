import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

const COUNTY = '示例县';
const UPLOADED_NAME = '示例县季度报表（e2e）';

/** The text of a .docx's body, run by run, as Word shows it. */
function documentText(bytes: Buffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A .docx with one paragraph per line, as an office would type a template. */
async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(doc);
}

const saved = async (download: Download) => readFileSync(await download.path());
const modalTitled = (page: Page, title: string | RegExp): Locator =>
  page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

describe("a county admin fills an office's own Word template (自定义模板) from the ledger", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let sample: Buffer;
  const lastYear = new Date().getFullYear() - 1;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens 自定义模板 from 总结报告, with 总结报告 still lit in the menu, and downloads the sample template', async () => {
    await logIn(page, server.baseUrl, 'admin', E2E_PASSWORD);
    await page.getByRole('menuitem', { name: '总结报告' }).click();
    await page.waitForURL('**/reports');
    await page.getByRole('link', { name: /自定义模板/ }).click();
    await page.waitForURL('**/reports/templates');
    await expect.poll(() => page.getByRole('heading', { name: '自定义模板' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.ant-menu-item-selected').textContent()).toContain('总结报告');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('sample-template').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    sample = await saved(download);
    expect(sample.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(documentText(sample)).toContain('{');
  });

  it('uploads the sample and sees it listed with the placeholders it uses', async () => {
    await page.getByRole('button', { name: /上传模板/ }).click();
    const modal = modalTitled(page, '上传模板');
    await modal.locator('input[type="file"]').setInputFiles({ name: '示例模板.docx', mimeType: DOCX_TYPE, buffer: sample });
    // The name follows the file until the user writes one.
    expect(await modal.getByLabel('模板名称').inputValue()).toBe('示例模板');
    await modal.getByLabel('模板名称').fill(UPLOADED_NAME);
    await modal.getByRole('button', { name: /上\s*传$/ }).click();
    await expect.poll(() => modal.count(), { timeout: 15_000 }).toBe(0);

    const row = page.getByTestId('template-row').filter({ hasText: UPLOADED_NAME });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.textContent()).toContain(COUNTY);
    expect(await row.getByTestId('used-placeholders').textContent()).toMatch(/^\d+ 个占位符$/);
  });

  it("fills it for 上年 and downloads a .docx with the county's name and no placeholder left", async () => {
    const row = page.getByTestId('template-row').filter({ hasText: UPLOADED_NAME });
    await row.getByRole('button', { name: /生成文档/ }).click();
    const modal = modalTitled(page, /生成文档/);
    await pickOption(page, modal.getByLabel('报告时间'), /^上年$/);
    expect(await modal.locator('.ant-picker-input input').first().inputValue()).toBe(`${lastYear}-01-01`);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), modal.getByRole('button', { name: /生成并下载/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const filled = await saved(download);
    expect(filled.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = documentText(filled);
    expect(text).toContain(COUNTY);
    expect(text).not.toContain('{');
    expect(new PizZip(filled).file('word/document.xml')?.asText()).not.toContain('{');
    await expect.poll(() => modal.count()).toBe(0);
  });

  it('refuses broken templates, listing every problem in Chinese and keeping the dialog open', async () => {
    await page.getByRole('button', { name: /上传模板/ }).click();
    const modal = modalTitled(page, '上传模板');
    const fileInput = modal.locator('input[type="file"]');
    const problems = modal.getByTestId('template-problems').locator('li');
    // Not anchored at the start: antd can leave the last request's spinner (aria-label "loading") in
    // the button while its fade-out is pending, and it counts in the accessible name.
    const upload = () => modal.getByRole('button', { name: /上\s*传$/ }).click();

    // Mistakes in the names: a misspelt placeholder, one that does not exist, a number style on text.
    const misspelt = await docxOf(['{单位明称}民族团结进步创建工作情况', '本期共开展宣讲{宣讲次数}场次，{单位名称:约数}。']);
    await fileInput.setInputFiles({ name: '有误的模板.docx', mimeType: DOCX_TYPE, buffer: misspelt });
    await upload();
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(3);
    const messages = await problems.allTextContents();
    // The misspelt placeholder, with the one that was meant.
    expect(messages.some((m) => m.includes('{单位明称}') && m.includes('{单位名称}'))).toBe(true);
    // Not a placeholder (宣讲场次 is, short for 宣讲/报告会场次): the near one is suggested.
    expect(messages.some((m) => m.includes('{宣讲次数}') && m.includes('是否为「{宣讲场次}」'))).toBe(true);
    expect(messages.some((m) => m.includes('{单位名称:约数}'))).toBe(true);
    for (const m of messages) expect(m).toMatch(/^第\d+段/);

    // A loop that is never closed, and the misspelling beside it: one upload reports both, the
    // syntax first, and the loop's own fields ({名称}, {活动数}) are not called strays.
    const unclosed = await docxOf(['本期共开展宣讲{宣讲次数}场次。', '{#下级单位}', '{名称}开展活动{活动数}次。']);
    await fileInput.setInputFiles({ name: '有误的模板.docx', mimeType: DOCX_TYPE, buffer: unclosed });
    // Choosing another file clears the old problems.
    await expect.poll(() => problems.count()).toBe(0);
    await upload();
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(2);
    expect(await problems.allTextContents()).toEqual([
      '第2段：循环「{#下级单位}」缺少结束标记「{/下级单位}」',
      '第1段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？',
    ]);
    expect(await modal.isVisible()).toBe(true);

    await modal.getByRole('button', { name: /取\s*消/ }).click();
    await expect.poll(() => modal.count()).toBe(0);
    expect(await page.getByTestId('template-row').filter({ hasText: '有误的模板' }).count()).toBe(0);
  });

  it('uploads a template copied with 20XX年 left in it: stored, and told where and what to write instead', async () => {
    await page.getByRole('button', { name: /上传模板/ }).click();
    const modal = modalTitled(page, '上传模板');
    const leftover = await docxOf(['{单位名称}20XX年民族团结进步创建工作总结', '全年开展活动{活动数}项。']);
    await modal.locator('input[type="file"]').setInputFiles({ name: '网上下载的模板.docx', mimeType: DOCX_TYPE, buffer: leftover });
    await modal.getByRole('button', { name: /上\s*传$/ }).click();
    // Not refused: the dialog closes and the page tells what was found, until the user closes it.
    await expect.poll(() => modal.count(), { timeout: 15_000 }).toBe(0);
    const warnings = page.getByTestId('upload-warnings');
    await expect.poll(() => warnings.count(), { timeout: 15_000 }).toBe(1);
    expect(await warnings.textContent()).toContain('模板「网上下载的模板」已上传，但发现1处可能遗留的内容');
    const told = ['第1段：「20XX年」像是没有填写的占位符，生成的文档会原样保留；可改为「{报告年度}年」或删去'];
    expect(await warnings.locator('li').allTextContents()).toEqual(told);

    // The list marks the template; its tag lists the same warnings.
    const row = page.getByTestId('template-row').filter({ hasText: '网上下载的模板' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('template-warnings').click();
    const popover = page.locator('.ant-popover').filter({ hasText: '可能遗留的内容' });
    await expect.poll(() => popover.locator('li').allTextContents()).toEqual(told);
    await page.getByRole('heading', { name: '自定义模板' }).click();

    await warnings.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => warnings.count()).toBe(0);
  });

  it('shows every placeholder with its value for the unit, 单位名称 among them', async () => {
    const unitName = page.getByTestId('placeholder-panel').locator('[data-testid="placeholder-row"][data-name="单位名称"]');
    await expect.poll(() => unitName.getByTestId('placeholder-example').textContent(), { timeout: 15_000 }).toContain(COUNTY);
    expect(await unitName.textContent()).toContain('{单位名称}');
    expect(await page.getByTestId('placeholder-group-indicator').getByTestId('placeholder-row').count()).toBeGreaterThan(0);

    await page.getByLabel('搜索占位符').fill('{单位名称}');
    await expect.poll(() => page.getByTestId('placeholder-panel').getByTestId('placeholder-row').count()).toBeGreaterThanOrEqual(1);
    expect(await unitName.count()).toBe(1);
  });

  it("lists each activity type's figures after the categories, folded, and finds {宣讲场次} by its short form", async () => {
    const search = page.getByLabel('搜索占位符');
    await search.fill('');
    const types = page.getByTestId('placeholder-group-type');
    await expect.poll(() => types.getByTestId('placeholder-row').count(), { timeout: 15_000 }).toBe(5);
    const groups = await page.locator('[data-testid^="placeholder-group-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(groups.indexOf('placeholder-group-type')).toBe(groups.indexOf('placeholder-group-category') + 1);
    await types.getByTestId('placeholder-more-type').click();
    await expect.poll(() => types.getByTestId('placeholder-row').count()).toBeGreaterThan(50);

    await search.fill('{宣讲场次}');
    const lecture = page.getByTestId('placeholder-panel').locator('[data-testid="placeholder-row"][data-name="宣讲/报告会场次"]');
    await expect.poll(() => lecture.count()).toBe(1);
    expect(await lecture.textContent()).toContain('可简写为「宣讲场次」');
    expect(await lecture.getByTestId('placeholder-example').textContent()).toMatch(/^\d+$/);
  });

  it('lets a leader (领导查看) fill templates but not upload them, on a 390 px phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await logIn(phone, server.baseUrl, 'viewer', E2E_PASSWORD);
    await phone.goto(`${server.baseUrl}/reports/templates`);
    const row = phone.getByTestId('template-row').filter({ hasText: UPLOADED_NAME });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.getByRole('button', { name: /生成文档/ }).count()).toBe(1);
    expect(await phone.getByRole('button', { name: /上传模板/ }).count()).toBe(0);
    expect(await row.getByRole('button', { name: /归档/ }).count()).toBe(0);
    await expect.poll(() => phone.getByTestId('placeholder-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
