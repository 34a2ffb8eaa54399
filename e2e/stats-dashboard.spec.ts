import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

/** Names of a unit and everything under it, read through the API the way the org tree does. */
async function subtreeNames(page: Page, orgId: number): Promise<string[]> {
  return page.evaluate(async (rootId) => {
    type Hit = { id: number; name: string; childCount: number };
    const names: string[] = [];
    const root = (await (await fetch(`/api/orgs/${rootId}`)).json()) as { name: string };
    names.push(root.name);
    const queue = [rootId];
    while (queue.length > 0) {
      const parentId = queue.shift();
      const { items } = (await (await fetch(`/api/orgs?parentId=${parentId}`)).json()) as { items: Hit[] };
      for (const child of items) {
        names.push(child.name);
        if (child.childCount > 0) queue.push(child.id);
      }
    }
    return names;
  }, orgId);
}

const numberOf = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

describe('a county leader reads the statistics and drills into the entries behind a figure', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    // Reduced motion: the charts draw without animation, so a bar is where it ends up at once.
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens 统计分析 from the menu and shows last year's headline figures", async () => {
    await logIn(page, server.baseUrl, 'viewer', E2E_PASSWORD);
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.waitForURL('**/stats');
    // Last year is complete in the demo ledger (the current year may have just begun).
    await pickOption(page, page.getByLabel('统计时间'), /^上年$/);
    const lastYear = new Date().getFullYear() - 1;
    await page.waitForURL(`**/stats?from=${lastYear}-01-01&to=${lastYear}-12-31`);
    await expect.poll(() => page.getByTestId('stats-question').textContent(), { timeout: 15_000 }).toContain(`${lastYear}年`);
    // Figures of the previous question stay on screen (dimmed) until the new ones arrive.
    await expect.poll(() => page.getByTestId('stats-kpis').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    await expect.poll(() => page.getByTestId('stats-child-ranking').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    for (const code of ['entries', 'sessions', 'attendance', 'funds']) {
      await expect.poll(async () => Number(await page.getByTestId(`kpi-${code}`).getAttribute('data-value')), { timeout: 15_000 }).toBeGreaterThan(0);
    }
  });

  it("leads from a bar of the child ranking to that unit's entries", async () => {
    const bars = page.getByTestId('child-ranking-chart').locator('path[fill="#c0392b"]');
    await expect.poll(() => bars.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await bars.first().click();
    await page.waitForURL(/\/stats\/entries\?.*groupBy=child&key=\d+/);
    const total = page.getByTestId('drill-total');
    await expect.poll(() => total.getAttribute('data-value'), { timeout: 15_000 }).not.toBeNull();
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 })
      .toBe(`共 ${await total.getAttribute('data-value')} 条`);
    await page.goBack();
    await page.waitForURL('**/stats?**');
  });

  it("drills from the ranking's data table: the list holds exactly the figure clicked, all from that unit's subtree", async () => {
    const ranking = page.getByTestId('stats-child-ranking');
    await ranking.getByRole('button', { name: /查看数据表/ }).click();
    const row = page.getByTestId('child-ranking-table').locator('tr', { hasText: '城关镇' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    // The first link of the row is its 活动数.
    const cell = row.getByRole('link').first();
    const figure = numberOf(await cell.textContent());
    expect(figure).toBeGreaterThan(0);
    await cell.click();

    await page.waitForURL(/\/stats\/entries\?.*groupBy=child&key=\d+/);
    const orgId = Number(new URL(page.url()).searchParams.get('key'));
    const question = page.getByTestId('drill-question');
    await expect.poll(() => question.textContent(), { timeout: 15_000 }).toContain('城关镇');
    expect(await question.textContent()).toContain('仅已审核');
    expect(Number(await page.getByTestId('drill-total').getAttribute('data-value'))).toBe(figure);
    await expect.poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 }).toBe(`共 ${figure} 条`);

    const units = new Set(await subtreeNames(page, orgId));
    const unitCells = page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)');
    await expect.poll(() => unitCells.count(), { timeout: 15_000 }).toBe(Math.min(figure, 20));
    for (const name of await unitCells.allTextContents()) expect(units.has(name), `${name} is in 城关镇's subtree`).toBe(true);

    // An entry opens its detail page.
    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').first().click();
    await page.waitForURL(/\/ledger\/\d+$/);
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', reducedMotion: 'reduce' });
    await logIn(phone, server.baseUrl, 'viewer', E2E_PASSWORD);
    await phone.goto(`${server.baseUrl}/stats`);
    await expect.poll(async () => Number(await phone.getByTestId('kpi-entries').getAttribute('data-value')), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => phone.getByTestId('child-ranking-chart').locator('path[fill="#c0392b"]').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
