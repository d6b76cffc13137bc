/**
 * Sorting and filtering for tables marked data-sortable: column headers become
 * buttons (aria-sort tells the order), and a filter box above the table hides
 * rows that do not contain its text. The table is complete without this.
 * Its words come from the table's data-filter-* attributes (content/strings).
 */
let counter = 0;
// On a translated page names sort as its readers expect (Égypte among the E's) and counts read in its language.
const lang = document.documentElement.lang || undefined;
const collator = lang && lang !== 'en' ? new Intl.Collator(lang) : null;
const count = new Intl.NumberFormat(lang);

function cellValue(row: HTMLTableRowElement, col: number, kind: string): string | number {
  const cell = row.cells[col];
  const text = cell.textContent?.trim() ?? '';
  if (kind === 'number') return Number(cell.getAttribute('data-value') ?? Number.NaN);
  return kind === 'date' && !/^\d{4}/.test(text) ? '\uffff' : text.toLowerCase();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const heads = [...table.tHead!.rows[0].cells];

  heads.forEach((th, col) => {
    const kind = th.getAttribute('data-sort') ?? 'text';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...body.rows].sort((a, b) => {
        const x = cellValue(a, col, kind);
        const y = cellValue(b, col, kind);
        const order = collator && kind === 'text' ? collator.compare(String(x), String(y)) : x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });

  const id = `table-filter-${++counter}`;
  const wrap = document.createElement('div');
  wrap.className = 'table-filter';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = table.dataset.filterLabel ?? '';
  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.autocomplete = 'off';
  const status = document.createElement('span');
  status.setAttribute('aria-live', 'polite');
  status.className = 'table-filter-count';
  wrap.append(label, input, status);
  table.closest('.table-wrap')?.before(wrap);
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const match = !q || (row.textContent ?? '').toLowerCase().includes(q);
      row.hidden = !match;
      if (match) shown++;
    }
    const template = table.dataset.filterCount ?? '';
    status.textContent = q ? template.replace('{shown}', count.format(shown)).replace('{total}', count.format(rows.length)) : '';
  });
}
