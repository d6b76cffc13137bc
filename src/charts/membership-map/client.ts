import { reshape } from './dot-shapes';

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
  // The markup's tooltips name the state; its status at the date shown is added here
  // (and the picker, ./picker.ts, adds its dates after " — ", whichever script runs first).
  // The " — " is written in both scripts, not shared from a module: a module both import
  // makes Vite move them into external chunks, one to two more requests on each map page.
  const names = paths.map((p) => (p.getAttribute('data-tip') ?? '').split(' — ')[0]);
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
