/**
 * The map's date control: shows the control (hidden without JavaScript) and,
 * on change, recolours every state from the status letters it carries
 * (data-s, one per date), updates its tooltip text and the legend counts.
 */
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="membership-map"]')) {
  const control = figure.querySelector<HTMLElement>('[data-map-control]');
  const select = control?.querySelector('select');
  const showing = figure.querySelector('[data-map-showing]');
  if (!control || !select) continue;
  // Status names by code, from content/strings (see ./Figure.astro).
  const LABEL: Record<string, string> = JSON.parse(control.dataset.statusLabels ?? '{}');
  control.hidden = false;
  const paths = [...figure.querySelectorAll<SVGPathElement>('path[data-s]')];
  const names = paths.map((p) => (p.getAttribute('data-tip') ?? '').split(': ')[0]);
  select.addEventListener('change', () => {
    const k = Number(select.value);
    paths.forEach((p, i) => {
      const code = p.getAttribute('data-s')![k];
      p.classList.remove('s-p', 's-s', 's-w', 's-n');
      p.classList.add(`s-${code}`);
      p.setAttribute('data-tip', `${names[i]}: ${LABEL[code]}`);
    });
    for (const span of figure.querySelectorAll('[data-counts]')) {
      span.textContent = ` (${span.getAttribute('data-counts')!.split('|')[k]})`;
    }
    if (showing) showing.textContent = select.selectedOptions[0].text;
    figure.dataset.mapIndex = String(k);
  });
}
