/**
 * Tooltips for chart marks (elements with data-tip), by pointer and keyboard.
 * Each chart SVG becomes one tab stop; arrow keys move through its marks,
 * Home/End jump, Escape closes. The SVG keeps role="img" and gets no focusable
 * children (that would hide them from assistive technology); the value is
 * announced through the figure's status region instead.
 * A tap focuses the SVG too (after the touch pointer has already left it), so
 * focus that a pointer caused keeps the mark the pointer chose, and only a
 * mouse leaving the chart hides the tip: on touch it stays until the next tap.
 */
import statesCss from '../styles/chart-states.css?inline';

const GAP = 10;

/**
 * The focus and highlight rules (src/styles/chart-states.css) arrive with this script,
 * which alone creates those states: a constructed sheet, which the page's CSP allows as
 * it allows any change made through the CSSOM.
 */
function addStateRules() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(statesCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * The page sends each chart's tips once, on its first drawing's marks
 * (src/charts/kit/tips.ts): a drawing sent without tips gives each of its marks
 * the tip of the first drawing's mark at the same index among the `.mark`s, the
 * key tips.ts checked before it removed them. A drawing with tips keeps its own.
 */
function shareTips(body: HTMLElement) {
  const [first, ...others] = [...body.querySelectorAll('svg.chart-svg')];
  const tips = [...(first?.querySelectorAll('.mark') ?? [])].map((mark) => mark.getAttribute('data-tip'));
  for (const svg of others) {
    if (svg.querySelector('[data-tip]')) continue;
    svg.querySelectorAll('.mark').forEach((mark, k) => {
      const tip = tips[k];
      if (tip !== null && tip !== undefined) mark.setAttribute('data-tip', tip);
    });
  }
}

function setup(figure: HTMLElement) {
  const body = figure.querySelector<HTMLElement>('.chart-body');
  const tip = figure.querySelector<HTMLElement>('.chart-tip');
  const live = figure.querySelector<HTMLElement>('.chart-live');
  if (!body || !tip || !live) return;
  shareTips(body);
  let active: Element | null = null;

  const hide = () => {
    tip.hidden = true;
    active?.classList.remove('active');
    active = null;
  };

  const show = (mark: Element, announce: boolean) => {
    active?.classList.remove('active');
    active = mark;
    mark.classList.add('active');
    const text = mark.getAttribute('data-tip') ?? '';
    tip.textContent = text;
    tip.hidden = false;
    if (announce) live.textContent = text;
    const host = body.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let left = box.left - host.left + box.width / 2 - w / 2;
    left = Math.max(0, Math.min(left, host.width - w));
    let top = box.top - host.top - h - GAP;
    if (top < 0) top = box.bottom - host.top + GAP;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  };

  for (const svg of body.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
    const marks = () => [...svg.querySelectorAll('.mark')];
    let byPointer = false;
    svg.setAttribute('tabindex', '0');
    const markAt = (e: Event) => {
      const mark = (e.target as Element).closest('.mark');
      return mark && svg.contains(mark) ? mark : null;
    };
    svg.addEventListener('pointerover', (e) => {
      const mark = markAt(e);
      if (mark) show(mark, false);
    });
    svg.addEventListener('pointerdown', (e) => {
      byPointer = true;
      const mark = markAt(e);
      if (mark) show(mark, e.pointerType !== 'mouse');
    });
    svg.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') hide();
    });
    svg.addEventListener('focus', () => {
      if (byPointer) return;
      const all = marks();
      if (all.length) show(active && svg.contains(active) ? active : all[0], true);
    });
    svg.addEventListener('blur', () => {
      byPointer = false;
      hide();
    });
    svg.addEventListener('keydown', (e) => {
      byPointer = false;
      const all = marks();
      if (!all.length) return;
      const at = active ? all.indexOf(active) : -1;
      let next: number;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(at + 1, all.length - 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(at - 1, 0);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = all.length - 1;
      else if (e.key === 'Escape') {
        if (!tip.hidden) {
          hide();
          e.preventDefault();
        }
        return;
      } else return;
      e.preventDefault();
      show(all[next], true);
    });
  }
}

const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
if (figures.length) addStateRules();
for (const figure of figures) setup(figure);
