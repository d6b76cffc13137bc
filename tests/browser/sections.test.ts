// A teacher links one section: the anchor must land on it, and the "link to this
// section" control must copy its URL and say so. The embed dialog copies its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { distDir, launchBrowser, startServer, type Server } from './harness';

let server: Server;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer(distDir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('section anchors', () => {
  it('/#the-treaty opens the long read at that section', async () => {
    const page = await context.newPage();
    await page.goto(new URL('#the-treaty', server.url).href);
    const top = await page.$eval('#the-treaty', (h) => h.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    expect(await page.$eval('#the-treaty', (h) => h.tagName)).toBe('H2');
    await page.close();
  });

  it('the link control copies the section URL and announces it', async () => {
    const page = await context.newPage();
    await page.goto(new URL('sections/cambodia/', server.url).href);
    const link = page.locator('#cambodia a[data-copy-link]');
    await link.focus();
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The address the page is served from, not the build's SITE_URL.
    expect(copied).toBe(new URL('sections/cambodia/#cambodia', server.url).href);
    await expect.poll(() => page.locator('body > [role="status"]').textContent()).toContain('Link copied');
    expect(new URL(page.url()).hash).toBe('#cambodia');
    await page.close();
  });

  it('without JavaScript the control is a plain link to the anchor', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(new URL('sections/reactions/', server.url).href);
    await page.click('#reactions a[data-copy-link]');
    expect(new URL(page.url()).hash).toBe('#reactions');
    await noJs.close();
  });
});

describe('embed dialog', () => {
  it('options rewrite the snippet and the copy button copies it and says so', async () => {
    const page = await context.newPage();
    await page.goto(new URL('sections/cambodia/', server.url).href);
    const dialog = page.locator('#embed-cambodia-casualties');
    await dialog.locator('summary').click();
    const code = dialog.locator('textarea');
    expect(await code.inputValue()).toContain(`src="${new URL('embed/cambodia-casualties/panel-1/', server.url).href}"`);
    await dialog.getByLabel('Dark theme').check();
    await dialog.getByLabel(/Plain/).check();
    expect(await code.inputValue()).toContain('/embed/cambodia-casualties/panel-1/?theme=dark&amp;plain=1"');
    await dialog.getByRole('button', { name: 'Copy code' }).press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toContain('copied');
    await expect.poll(() => dialog.locator('iframe').getAttribute('src')).toContain('theme=dark');
    await page.close();
  });
});
