import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

const PARAGRAPH = '20xx年，我镇深入开展民族团结进步创建活动，举办各类宣讲12场次，覆盖群众3000余人次。（小编整理）';

/** Pastes the paragraph, runs the check and waits for its result. */
async function checkParagraph(page: Page): Promise<void> {
  await page.getByLabel('材料文字').fill(PARAGRAPH);
  await page.getByRole('button', { name: /开始体检/ }).click();
  await expect.poll(() => page.getByTestId('check-summary').locator('[data-severity="error"]').getAttribute('data-count'), { timeout: 15_000 }).toBe('2');
}

const findingButtons = (page: Page) => page.locator('button[data-finding]');
const activeMarks = (page: Page) => page.getByTestId('checked-text').locator('mark[data-active]');

describe('a clerk checks a pasted report paragraph (材料体检)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens 材料体检 from the menu, sees the placeholder and the website debris, and a click highlights the text', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    await page.getByRole('menuitem', { name: '材料体检' }).click();
    await page.waitForURL('**/report-check');
    await checkParagraph(page);

    expect(await findingButtons(page).count()).toBe(2);
    expect(await page.getByRole('region', { name: '未填写的占位符' }).getByText('「20xx年」是未填写完整的日期占位符。').count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: '网页残留内容' })
        .getByText(/「小编」/)
        .count(),
    ).toBe(1);
    expect(await activeMarks(page).count()).toBe(0);

    await findingButtons(page).filter({ hasText: '20xx年' }).click();
    await expect.poll(() => activeMarks(page).allTextContents()).toEqual(['20xx年']);
    expect(await findingButtons(page).filter({ hasText: '20xx年' }).getAttribute('aria-pressed')).toBe('true');

    // And back: a mark in the text selects its finding.
    await page.getByTestId('checked-text').locator('mark', { hasText: '小编' }).click();
    await expect.poll(() => activeMarks(page).allTextContents()).toEqual(['小编']);
    expect(await findingButtons(page).filter({ hasText: '小编' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('checks an uploaded .txt with a period, sent as multipart through the API client', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    await page.goto(`${server.baseUrl}/report-check`);
    await page.getByText('上传文件', { exact: true }).click();
    const report = `一、基本情况\r\n${PARAGRAPH}\r\n2024年3月召开专题会议。`;
    await page.locator('input[type="file"]').setInputFiles({ name: '总结.txt', mimeType: 'text/plain', buffer: Buffer.from(report) });
    await page.getByPlaceholder('开始日期').fill('2025-01-01');
    await page.getByPlaceholder('结束日期').fill('2025-12-31');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /开始体检/ }).click();
    await expect.poll(() => page.getByTestId('check-summary').locator('[data-severity="warning"]').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await page.getByTestId('check-summary').locator('[data-severity="error"]').getAttribute('data-count')).toBe('2');
    expect(await page.getByText('已检查「总结.txt」').count()).toBe(1);
    expect(await page.getByTestId('checked-text').textContent()).toBe(report.replace(/\r\n/g, '\n'));
    await page.close();
  });

  it('fits a 390 px phone: reached through the menu drawer, a tapped finding scrolls to its highlighted text', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', reducedMotion: 'reduce' });
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '材料体检' }).click();
    await page.waitForURL('**/report-check');
    await checkParagraph(page);

    await findingButtons(page).filter({ hasText: '小编' }).click();
    await expect.poll(() => activeMarks(page).allTextContents()).toEqual(['小编']);
    await expect.poll(() => activeMarks(page).first().isVisible()).toBe(true);
    const box = await activeMarks(page).first().boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
