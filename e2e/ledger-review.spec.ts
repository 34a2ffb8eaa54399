import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, pickOption } from './support/browser.js';
import { E2E_PASSWORD, startProduct, type RunningServer } from './support/server.js';

const TITLE = '端到端石榴籽宣讲进东风村';

/** A real photo as a phone would give it: a small JPEG. */
function photo(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 192, g: 57, b: 43 } } })
    .jpeg()
    .toBuffer();
}

describe('a clerk records an activity with a photo and the township reviewer approves it', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let entryUrl = '';

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the village clerk fill the form for a lecture, attach a photo and submit it', async () => {
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    await page.goto(`${server.baseUrl}/ledger/new`);
    await pickOption(page, page.getByLabel('活动类型'), /^宣讲\/报告会$/, '宣讲');
    await page.getByLabel('活动名称').fill(TITLE);
    await page.getByLabel('地点').fill('东风村村委会广场');
    // The measure inputs follow the chosen type: a lecture asks for 场次 and 参与人次.
    await page.getByLabel('场次').fill('1');
    await page.getByLabel('参与人次').fill('86');
    await page.locator('input[type=file]:not([capture])').setInputFiles({ name: '宣讲现场.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await expect.poll(() => page.getByLabel('说明').count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel('说明').fill('2026年5月12日 东风村村委会广场 宣讲现场');
    // The caption field shows while the photo is still uploading; saving then only warns and stays.
    await expect.poll(() => page.getByText('上传中…').count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('button', { name: /提交审核/ }).click();
    await page.waitForURL(/\/ledger\/\d+$/, { timeout: 15_000 });
    entryUrl = page.url();
    await expect.poll(() => page.getByText('待审核').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByText('2026年5月12日 东风村村委会广场 宣讲现场').count()).toBe(1);
    expect(await page.getByText('86人次').count()).toBeGreaterThan(0);
  });

  it("shows the entry in the township reviewer's queue, who approves it", async () => {
    await page.context().clearCookies();
    await logIn(page, server.baseUrl, 't1-admin', E2E_PASSWORD);
    await page.goto(`${server.baseUrl}/review`);
    const row = page.locator('tr', { hasText: TITLE });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByRole('button', { name: /通\s*过/ }).click();
    await expect.poll(() => page.getByText(`已通过「${TITLE}」`).count(), { timeout: 10_000 }).toBe(1);
    await page.goto(entryUrl);
    await expect.poll(() => page.getByText('已通过').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Approved entries are locked: no edit button for anyone.
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
  });

  it('returns a second entry from its page with a common reason, and approving from the page goes back to the queue', async () => {
    // The clerk records two more like the first, straight through the API the form uses.
    await page.context().clearCookies();
    await logIn(page, server.baseUrl, 't1-clerk', E2E_PASSWORD);
    const ids = await page.evaluate(async (entry) => {
      const first = (await (await fetch(`/api/activities/${entry}`)).json()) as { orgId: number; typeId: number; measures: Record<string, number> };
      const created: number[] = [];
      for (const title of ['端到端退回用宣讲', '端到端详情页通过宣讲']) {
        const body = { orgId: first.orgId, typeId: first.typeId, title, startDate: '2026-05-13', measures: first.measures, submit: true };
        const res = await fetch('/api/activities', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        created.push(((await res.json()) as { id: number }).id);
      }
      return created;
    }, entryUrl.split('/').pop());
    expect(ids).toHaveLength(2);
    await page.context().clearCookies();
    await logIn(page, server.baseUrl, 't1-admin', E2E_PASSWORD);

    await page.goto(`${server.baseUrl}/ledger/${ids[0]}`);
    await page
      .getByRole('button', { name: /退\s*回/ })
      .first()
      .click();
    await page.getByRole('group', { name: '常用原因' }).getByText('数字有误请核对').click();
    expect(await page.getByLabel('原因', { exact: true }).inputValue()).toBe('数字有误请核对');
    await page.getByLabel('原因', { exact: true }).fill('数字有误请核对：参与人次与签到表不符');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /退\s*回/ })
      .click();
    await expect.poll(() => page.getByText('参与人次与签到表不符').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.goto(`${server.baseUrl}/ledger/${ids[1]}`);
    await page.getByRole('button', { name: /审核通过/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /通\s*过/ })
      .click();
    await page.waitForURL('**/review', { timeout: 10_000 });
    await expect.poll(() => page.getByText('已通过「端到端详情页通过宣讲」').count(), { timeout: 10_000 }).toBe(1);
  });

  it("keeps the other township's clerk out of the entry", async () => {
    await page.context().clearCookies();
    await logIn(page, server.baseUrl, 't2-clerk', E2E_PASSWORD);
    const id = entryUrl.split('/').pop();
    const status = await page.evaluate(async (entry) => (await fetch(`/api/activities/${entry}`)).status, id);
    expect(status).toBe(404);
  });
});
