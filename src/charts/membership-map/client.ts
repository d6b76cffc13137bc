import { reshape } from './dot-shapes';
import { factLines, longDateIn, unpackDates, type FactWords } from './state-facts';

/**
 * The map's date control: shows the control (hidden without JavaScript) and,
 * on change, recolours every state from the status letters it carries
 * (data-s, one per date), updates its tooltip text and the legend counts.
 */
/**
 * The Europe inset: a copy of the states that fall in its frame, so they take
 * the same colours, tooltips and taps as the map's own.
 */
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="membership-map"]')) {
  const inset = figure.querySelector<SVGSVGElement>('svg.map-inset');
  const group = figure.querySelector<SVGGElement>('.map-c');
  if (!inset || !group) continue;
  const frame = inset.viewBox.baseVal;
  const copy = group.cloneNode(false) as SVGGElement;
  for (const mark of group.children) {
    const b = (mark as SVGGraphicsElement).getBBox();
    if (b.x < frame.x + frame.width && b.x + b.width > frame.x && b.y < frame.y + frame.height && b.y + b.height > frame.y) {
      copy.append(mark.cloneNode(true));
    }
  }
  inset.append(copy);
  inset.removeAttribute('hidden');
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="membership-map"]')) {
  const control = figure.querySelector<HTMLElement>('[data-map-control]');
  const select = control?.querySelector('select');
  const showing = figure.querySelector('[data-map-showing]');
  if (!control || !select) continue;
  // Status names by code, from content/strings (see ./Figure.astro).
  const LABEL: Record<string, string> = JSON.parse(control.dataset.statusLabels ?? '{}');
  control.hidden = false;
  const paths = [...figure.querySelectorAll<SVGElement>('[data-s]')];
  // The markup's tooltips name the state; its status at the date shown is added here.
  const names = paths.map((p) => p.getAttribute('data-tip') ?? '');
  const show = (k: number) => {
    paths.forEach((p, i) => {
      const code = p.getAttribute('data-s')![k];
      p.classList.remove('s-p', 's-s', 's-w', 's-n');
      p.classList.add(`s-${code}`);
      if (p.classList.contains('dot')) p.setAttribute('d', reshape(p.getAttribute('d')!, code));
      const dates = (p.getAttribute('data-tip') ?? '').split(' — ')[1];
      p.setAttribute('data-tip', `${names[i]}: ${LABEL[code]}` + (dates ? ` — ${dates}` : ''));
    });
    for (const span of figure.querySelectorAll('[data-counts]')) {
      span.textContent = ` (${span.getAttribute('data-counts')!.split('|')[k]})`;
    }
    if (showing) showing.textContent = select.selectedOptions[0].text;
    figure.dataset.mapIndex = String(k);
  };
  // Also at load: a browser restoring the form may bring back another date than the markup's.
  show(Number(select.value));
  select.addEventListener('change', () => show(Number(select.value)));
}

/**
 * The country picker: a select of every state (type "Pol" to reach Poland)
 * whose choice fills a live panel with the state's dates and marks it on the
 * map. The same dates join each state's tooltip. Tapping a state or dot on the
 * map chooses it in the picker too.
 */
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="membership-map"]')) {
  const picker = figure.querySelector<HTMLElement>('[data-map-picker]');
  const select = picker?.querySelector('select');
  const panel = picker?.querySelector<HTMLElement>('[data-map-picked]');
  if (!picker || !select || !panel) continue;
  picker.hidden = false;
  // Each state's lines, written from its packed dates (./state-facts.ts); the explore tree reads them too (data-facts).
  const words: FactWords = JSON.parse(picker.dataset.words ?? '{}');
  const date = longDateIn(picker.dataset.locale ?? document.documentElement.lang);
  const facts = new Map<string, string[]>();
  for (const option of select.options) {
    if (!option.value) continue;
    const lines = factLines(unpackDates(option.dataset.dates ?? ''), words, date);
    facts.set(option.value, lines);
    option.dataset.facts = lines.join('|');
  }
  const marks = [...figure.querySelectorAll<SVGElement>('.map-c [data-tip]')];
  const nameOf = (mark: Element) => (mark.getAttribute('data-tip') ?? '').split(': ')[0];
  // Tooltips gain the dates; the date control rewrites only the part before " — ".
  const withDates = () => {
    for (const mark of marks) {
      const lines = facts.get(nameOf(mark));
      const tip = (mark.getAttribute('data-tip') ?? '').split(' — ')[0];
      if (lines) mark.setAttribute('data-tip', `${tip} — ${lines.join('; ')}`);
    }
  };
  withDates();
  const show = () => {
    const name = select.value;
    for (const mark of marks) mark.classList.toggle('picked', name !== '' && nameOf(mark) === name);
    panel.replaceChildren();
    const lines = facts.get(name);
    if (!lines) return;
    const heading = document.createElement('p');
    const strong = document.createElement('strong');
    const mark = marks.find((m) => nameOf(m) === name);
    strong.textContent = mark ? (mark.getAttribute('data-tip') ?? '').split(' — ')[0] : name;
    heading.append(strong);
    const list = document.createElement('ul');
    list.append(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    panel.append(heading, list);
  };
  select.addEventListener('change', show);
  const choose = (mark: Element | undefined | null) => {
    if (!mark || !facts.has(nameOf(mark))) return;
    select.value = nameOf(mark);
    show();
  };
  figure.querySelector('.chart-body')?.addEventListener('click', (e) => choose((e.target as Element).closest('.map-c [data-tip]')));
}
