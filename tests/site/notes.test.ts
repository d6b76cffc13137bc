/**
 * A page's notes are numbered as a reader meets them: the first citation marker reads
 * [1], each new source takes the next number, a marker's number is the number of the
 * note it opens, and every note still links back to each place that cites it.
 */
import { describe, expect, it } from 'vitest';
import { dom, htmlFiles, site } from './dist';

const pages = htmlFiles().filter((f) => !f.startsWith('embed/'));

interface Page {
  /** Each citation marker in document order: its number, the note it links to, its id, the popover it opens. */
  markers: { n: number; key: string; id: string; opens: { id: string; links: string; isPopover: boolean } | null }[];
  /** The note list in order: its number and key. */
  notes: { n: number; key: string; backs: string[] }[];
  ids: Set<string>;
  /** What each number's popover says its note is: "Source: note 3" → 3, by the note's key. */
  facts: { n: number; key: string }[];
}

async function read(file: string): Promise<Page> {
  const root = await dom(site, file);
  const keyOf = (href: string | null) => (href ?? '').replace(/^#source-/, '');
  const markers = root.querySelectorAll('.cite-one').map((one) => {
    const a = one.querySelector('a.pop-fallback')!;
    const target = one.querySelector('.pop-button')?.getAttributeValue('popovertarget') ?? '';
    const pop = target ? root.querySelector(`[id="${target}"]`) : null;
    const opens = pop
      ? { id: target, links: pop.querySelector('a')?.getAttributeValue('href') ?? '', isPopover: pop.hasAttribute('popover') }
      : null;
    return { n: Number(/\[(\d+)\]/.exec(a.textContent)![1]), key: keyOf(a.getAttributeValue('href')), id: one.id ?? '', opens };
  });
  const notes = root.querySelectorAll('.source-notes li').map((li) => ({
    n: Number(li.getAttributeValue('value')),
    key: (li.id ?? '').replace(/^source-/, ''),
    backs: li.querySelectorAll('.back-links a').map((a) => (a.getAttributeValue('href') ?? '').slice(1)),
  }));
  const facts = root
    .querySelectorAll('.fact .pop a')
    .map((a) => ({ n: Number(/(\d+)/.exec(a.textContent)![1]), key: keyOf(a.getAttributeValue('href')) }));
  const ids = new Set(root.querySelectorAll('[id]').map((e) => e.id ?? ''));
  return { markers, notes, ids, facts };
}

describe('notes in reading order', () => {
  it('reads the pages that cite', async () => {
    const citing = [];
    for (const f of pages) if ((await read(f)).markers.length > 0) citing.push(f);
    expect(citing).toEqual(
      expect.arrayContaining(['index.html', 'sections/the-treaty/index.html', 'glossary/index.html', 'timeline/index.html']),
    );
  });

  it('numbers the long read from [1] in its opening paragraph', async () => {
    const { markers } = await read('index.html');
    expect(markers.slice(0, 3).map((m) => m.n)).toEqual([1, 2, 3]);
  });

  it.each(pages)('%s: markers count up as new sources appear and open the note of their number', async (file) => {
    const { markers, notes, facts } = await read(file);
    if (markers.length === 0 && notes.length === 0) return;
    const firsts = [...new Map(markers.map((m) => [m.key, m.n])).values()];
    expect(firsts, 'first citation of each source, in reading order').toEqual(firsts.map((_, k) => k + 1));
    expect(
      notes.map((n) => n.n),
      'the note list counts 1, 2, 3…',
    ).toEqual(notes.map((_, k) => k + 1));
    const numberOf = new Map(notes.map((n) => [n.key, n.n]));
    for (const m of [...markers, ...facts]) expect(numberOf.get(m.key), `${m.key} on ${file}`).toBe(m.n);
  });

  it.each(pages)("%s: every marker opens its source's note, one popover per source however often it is cited", async (file) => {
    const { markers } = await read(file);
    for (const m of markers) {
      expect(m.opens, `${m.id} opens a popover`).toMatchObject({ isPopover: true, links: `#source-${m.key}` });
    }
    const popovers = new Map(markers.map((m) => [m.key, new Set<string>()]));
    for (const m of markers) popovers.get(m.key)!.add(m.opens!.id);
    for (const [key, ids] of popovers) expect([...ids], key).toHaveLength(1);
  });

  it.each(pages)('%s: every popover button (notes, numbers, terms) opens a popover on the page', async (file) => {
    const root = await dom(site, file);
    for (const button of root.querySelectorAll('[popovertarget]')) {
      const target = button.getAttributeValue('popovertarget') ?? '';
      expect(root.querySelector(`[id="${target}"]`)?.hasAttribute('popover'), target).toBe(true);
    }
  });

  it.each(pages)('%s: each note links back to every place that cites it', async (file) => {
    const { markers, notes, ids } = await read(file);
    for (const note of notes) {
      const citing = markers.filter((m) => m.key === note.key).map((m) => m.id);
      expect(note.backs, note.key).toEqual(citing);
      for (const id of note.backs) expect(ids.has(id), `#${id}`).toBe(true);
    }
  });
});
