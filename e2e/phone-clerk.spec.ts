import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

describe('a village clerk on a 375 px phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is told in Chinese when the password is wrong', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByPlaceholder('用户名').fill('t1-clerk');
    await page.getByPlaceholder('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').count(), { timeout: 10_000 }).toBe(1);
  });

  it('reaches the org tree through the menu drawer and sees their village read-only', async () => {
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    // No fixed side menu on a phone; the page fits the screen without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.waitForURL('**/orgs**');
    await expect.poll(() => page.locator('.ant-tree').getByText('东风村', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('menuitem', { name: '用户' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /新增下级单位/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('records a typical lecture from the home page to submitted in at most 8 taps', async () => {
    // Every tap or click counts once, and so does every field typed into (the tap that focuses it).
    let taps = 0;
    const tap = async (action: Promise<void>, count = 1) => {
      await action;
      taps += count;
    };
    await page.goto(`${server.baseUrl}/`);
    await tap(page.getByRole('button', { name: /登记活动/ }).click());
    await page.waitForURL('**/ledger/new');
    // The unit is the clerk's own village and the date today, already filled in.
    await expect.poll(() => page.getByLabel('活动类型').count(), { timeout: 15_000 }).toBe(1);
    // Opening the list, typing a word to find the type, and picking it: three.
    await tap(pickOption(page, page.getByLabel('活动类型'), /^宣讲\/报告会$/, '宣讲'), 3);
    await tap(page.getByLabel('活动名称').fill('手机登记的民族团结宣讲'));
    await tap(page.getByLabel('场次').fill('1'));
    await tap(page.getByLabel('参与人次').fill('40'));
    await tap(page.getByRole('button', { name: /提交审核/ }).click());
    await page.waitForURL(/\/ledger\/\d+$/, { timeout: 15_000 });
    await expect.poll(() => page.getByText('待审核').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    console.log(`taps from the home page to a submitted activity: ${taps}`);
    expect(taps).toBeLessThanOrEqual(8);
  });

  it('records the next one in fewer taps: the form starts with the type last used', async () => {
    let taps = 0;
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: /登记活动/ }).click();
    taps++;
    await page.waitForURL('**/ledger/new');
    // The lecture's figures show at once: the type is already chosen.
    await expect.poll(() => page.getByLabel('参与人次').count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel('活动名称').fill('手机登记的第二场宣讲');
    await page.getByLabel('场次').fill('1');
    await page.getByLabel('参与人次').fill('25');
    taps += 3;
    await page.getByRole('button', { name: /提交审核/ }).click();
    taps++;
    await page.waitForURL(/\/ledger\/\d+$/, { timeout: 15_000 });
    await expect.poll(() => page.getByText('待审核').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    console.log(`taps for the next activity of the same type: ${taps}`);
    expect(taps).toBeLessThanOrEqual(5);
  });
});
