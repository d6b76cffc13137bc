import { factLines, longDateIn, unpackDates, type FactWords } from './state-facts';

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
  // Read at each use: the Europe inset's copies (./client.ts) may be made after this script runs.
  const marks = () => [...figure.querySelectorAll<SVGElement>('.map-c [data-tip]')];
  const nameOf = (mark: Element) => (mark.getAttribute('data-tip') ?? '').split(' — ')[0].split(': ')[0];
  // Tooltips gain the dates; the date control rewrites only the part before " — ".
  const withDates = () => {
    for (const mark of marks()) {
      const lines = facts.get(nameOf(mark));
      const tip = (mark.getAttribute('data-tip') ?? '').split(' — ')[0];
      if (lines) mark.setAttribute('data-tip', `${tip} — ${lines.join('; ')}`);
    }
  };
  withDates();
  const show = () => {
    const name = select.value;
    for (const mark of marks()) mark.classList.toggle('picked', name !== '' && nameOf(mark) === name);
    panel.replaceChildren();
    const lines = facts.get(name);
    if (!lines) return;
    const heading = document.createElement('p');
    const strong = document.createElement('strong');
    const mark = marks().find((m) => nameOf(m) === name);
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
