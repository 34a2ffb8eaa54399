import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, started the way this machine allows (no sandbox as root, no background network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Picks an option of an antd Select (`field` is the select, `option` its exact text). Under load a
 * click can land while the list is still sliding in and select nothing, leaving the list open over
 * the form (a later click on 保存 then waits forever): the pick is retried until the list has closed.
 * `search`, for a searchable select, is typed first to bring the option into view.
 */
export async function pickOption(page: Page, field: Locator, option: RegExp, search?: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await open.count()) === 0) {
      await field.click();
      if (search !== undefined) await field.fill(search);
    }
    await open
      .locator('.ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    const closed = await open
      .first()
      .waitFor({ state: 'hidden', timeout: 2_000 })
      .then(
        () => true,
        () => false,
      );
    if (closed) return;
  }
  throw new Error(`no option ${option} could be picked`);
}
