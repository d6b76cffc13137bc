// Notes in place: a citation number opens its note over the text and the note's link
// leads to the list; each note in the list links back to every place that cites it;
// a glossary term shows its definition; a number shows what it is and its source.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, pageUrl } from './harness';
import { useTranslations } from '../../src/i18n';

const site = openSite();
let page: Page;

beforeEach(async () => {
  page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(pageUrl(site.server, '/sections/global-toll/'));
});
afterEach(async () => {
  await page?.close();
});

describe('notes in place', () => {
  it('a citation opens its note in place and Escape closes it', async () => {
    const buttons = page.locator('main sup.cite .pop-button');
    expect(await buttons.count()).toBeGreaterThan(2);
    expect(await page.locator('main sup.cite .pop-fallback').first().isVisible()).toBe(false);
    const first = buttons.first();
    await first.click();
    const id = await first.getAttribute('popovertarget');
    const note = page.locator(`[id="${id}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(((await first.textContent()) ?? '').replace(/[[\]\s]/g, ''));
    // The note's link goes to the list, where the same note is.
    const target = await note.locator('a').getAttribute('href');
    expect(await page.locator(`${target}`).count()).toBe(1);

    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
  });

  it('every citation is named "Source n: <its source>" in full, in English and in Ukrainian', async () => {
    for (const lang of ['en', 'uk'] as const) {
      if (lang !== 'en') await page.goto(pageUrl(site.server, `/${lang}/sections/global-toll/`));
      const t = useTranslations(lang);
      // Each source's [n] buttons and, from the note list, its number and label as a reader sees them there.
      const cited = await page.evaluate(() =>
        [...document.querySelectorAll('.source-notes li')].map((li) => ({
          number: Number(li.getAttribute('value')),
          label: li.querySelector(`[id="${li.id}-name"]`)?.textContent ?? '',
          buttons: [...document.querySelectorAll(`sup.cite .pop-fallback[href="#${li.id}"] + .pop-button`)].length,
        })),
      );
      expect(cited.filter((c) => c.buttons > 0).length, lang).toBeGreaterThan(2);
      for (const { number, label, buttons } of cited.filter((c) => c.buttons > 0)) {
        expect(label.length, `${lang} source ${number}'s label`).toBeGreaterThan(10);
        const name = t('reading.cite.label', { number, label });
        expect(await page.getByRole('button', { name, exact: true }).count(), `${lang}: ${name}`).toBe(buttons);
      }
    }
  });

  it('every note links back to each place that cites it', async () => {
    const missing = await page.evaluate(() => {
      const cites = [...document.querySelectorAll('main .cite-one')].map((c) => c.id);
      const backs = [...document.querySelectorAll('.source-notes .back-links a')].map((a) => a.getAttribute('href')!.slice(1));
      return {
        cites: cites.length,
        notBack: cites.filter((id) => !backs.includes(id)),
        dangling: backs.filter((id) => !cites.includes(id)),
      };
    });
    expect(missing.cites).toBeGreaterThan(2);
    expect(missing.notBack).toEqual([]);
    expect(missing.dangling).toEqual([]);
  });

  it('a glossary term shows its definition with a link to the glossary', async () => {
    const term = page.locator('main .term .pop-button').first();
    await term.click();
    const pop = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator('a').getAttribute('href')).toMatch(/glossary\/#/);
  });

  it('a number shows what it counts and its source note, with no dotted underline', async () => {
    const num = page.locator('main .fact .pop-button').first();
    expect(await num.evaluate((el) => getComputedStyle(el).textDecorationStyle)).not.toBe('dotted');
    await num.click();
    const pop = page.locator(`[id="${await num.getAttribute('popovertarget')}"]`);
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator('a').getAttribute('href')).toMatch(/^#source-/);
  });

  it('without JavaScript the citation still opens its note', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    try {
      await bare.goto(pageUrl(site.server, '/sections/global-toll/'));
      const first = bare.locator('main sup.cite .pop-button').first();
      await first.click();
      expect(await bare.locator(`[id="${await first.getAttribute('popovertarget')}"]`).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
