import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

describe('a township admin manages their township in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await logIn(page, server.baseUrl, 't1-admin', E2E_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const tree = () => page.locator('.ant-tree');

  async function idAsCountyAdmin(name: string): Promise<number> {
    const login = await fetch(`${server.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: E2E_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const hits = (await (await fetch(`${server.baseUrl}/api/orgs?q=${encodeURIComponent(name)}`, { headers: { cookie } })).json()) as {
      items: Array<{ id: number; name: string }>;
    };
    return hits.items.find((o) => o.name === name)!.id;
  }

  it('shows their own township as the top of the org tree', async () => {
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.waitForURL('**/orgs**');
    await expect.poll(() => tree().getByText('城关镇', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await tree().getByText('示例县', { exact: true }).count()).toBe(0);
  });

  it('adds a village and sees it in the tree', async () => {
    await tree().getByText('城关镇', { exact: true }).first().click();
    await page.getByRole('button', { name: /新增下级单位/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('端到端新村');
    await pickOption(page, dialog.getByLabel('类型'), /^村$/);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => tree().getByText('端到端新村', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('shows a field error in Chinese when the name is already taken', async () => {
    await tree().getByText('城关镇', { exact: true }).first().click();
    await page.getByRole('button', { name: /新增下级单位/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('东风村');
    await pickOption(page, dialog.getByLabel('类型'), /^村$/);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.getByText('同一上级下已有名为「东风村」的组织').count(), { timeout: 10_000 }).toBe(1);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('cannot find or open township 2', async () => {
    await page.getByPlaceholder('按名称搜索单位').fill('河口');
    await page.getByPlaceholder('按名称搜索单位').press('Enter');
    await expect.poll(() => page.getByText('没有名称包含“河口”的单位').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByText('河口镇', { exact: true }).count()).toBe(0);
    // Asked directly for township 2 (its id learnt as the county admin), the API answers 404.
    const town2 = await idAsCountyAdmin('河口镇');
    const status = await page.evaluate(async (id) => (await fetch(`/api/orgs/${id}`)).status, town2);
    expect(status).toBe(404);
  });
});
