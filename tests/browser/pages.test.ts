// Every built page in real Chromium: no console error, no uncaught exception, no failed
// or 4xx/5xx request, no request to any host but the local server, no cookie or web
// storage written, and no Content Security Policy violation.
import { describe, it } from 'vitest';
import { allPages, openSite, pageUrl } from './harness';

// Runs before any page script; Playwright injects it outside the page's CSP.
const RECORD_CSP = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
  });
`;

const site = openSite();

// Concurrent: each page waits for the network to be idle (half a second without a request)
// after its lazy content loads; that wait overlaps with the next pages' loading. Each page
// has a context of its own, so none sees another's cookies, storage or requests.
describe.concurrent('every page loads cleanly in Chromium', () => {
  it.for(allPages())('%s', async (path, { expect }) => {
    const origin = new URL(site.server.url).origin;
    const context = await site.browser.newContext();
    await context.addInitScript(RECORD_CSP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    try {
      const response = await page.goto(pageUrl(site.server, path), { waitUntil: 'load' });
      expect(response?.status(), `status of ${path}`).toBe(200);
      // Bring lazy content (loading="lazy" images/iframes) into view, then let it settle.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      problems.push(...csp.map((v) => `CSP violation: ${v}`));
      const cookies = await context.cookies();
      problems.push(...cookies.map((c) => `cookie set: ${c.name} (${c.domain})`));
      const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
      problems.push(...stored.map((k) => `web storage written: ${k}`));
      expect(problems, `problems on ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
