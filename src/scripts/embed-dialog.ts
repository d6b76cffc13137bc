/**
 * Makes each "Embed this chart" dialog live: options rewrite the snippet, the
 * copy button copies it and announces success, and opening the dialog shows a
 * preview iframe of the current options (built only when asked for).
 * The snippet names the address this page is served from (origin + base), not
 * the build's SITE_URL, so it is right wherever the files are deployed; the
 * preview is framed by a relative URL, which the page's CSP (frame-src 'self') allows.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const servedRoot = new URL(base, location.origin).href;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

for (const dialog of document.querySelectorAll<HTMLDetailsElement>('[data-embed-dialog]')) {
  const builtRoot = dialog.dataset.builtRoot!;
  // Per offered embed (one per panel of a multi-panel chart): the build's snippet and the embed's site path.
  const snippets: Record<string, { snippet: string; path: string }> = JSON.parse(dialog.dataset.snippets!);
  // Words from content/strings, rendered into the dialog by EmbedCode.astro.
  const strings: Record<'preview' | 'copied' | 'copyByHand', string> = JSON.parse(dialog.dataset.strings!);
  const code = dialog.querySelector('textarea')!;
  const copy = dialog.querySelector<HTMLButtonElement>('[data-copy]')!;
  const status = dialog.querySelector('[role="status"]')!;
  const options = dialog.querySelector<HTMLFieldSetElement>('[data-options]')!;
  const preview = dialog.querySelector<HTMLElement>('[data-preview]')!;
  copy.hidden = false;
  options.hidden = false;

  const query = () => {
    const params = new URLSearchParams();
    const theme = options.querySelector<HTMLInputElement>('input[type="radio"]:not([data-part]):checked')?.value ?? 'auto';
    if (theme !== 'auto') params.set('theme', theme);
    for (const box of options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.set(box.name, '1');
    const q = params.toString();
    return q ? `?${q}` : '';
  };

  // Snippets are keyed "<lang>:<embed>": the chosen language, then the chosen panel (or the one embed).
  const language = options.querySelector<HTMLSelectElement>('select[data-lang]')!;
  const part = () => {
    const key = options.querySelector<HTMLInputElement>('input[data-part]:checked')?.value;
    return snippets[`${language.value}:${key ?? Object.keys(snippets)[0].split(':')[1]}`];
  };
  const snippet = () => {
    const { snippet, path } = part();
    return snippet
      .split(builtRoot)
      .join(servedRoot)
      .replace(`src="${servedRoot}${path}"`, `src="${escapeAttr(servedRoot + path + query())}"`);
  };

  const showPreview = () => {
    if (!dialog.open) return;
    let frame = preview.querySelector('iframe');
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = strings.preview;
      frame.height = '480';
      preview.append(frame);
    }
    frame.src = base + part().path + query();
  };

  code.value = snippet();
  options.addEventListener('change', () => {
    code.value = snippet();
    status.textContent = '';
    showPreview();
  });
  dialog.addEventListener('toggle', showPreview);

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = strings.copied;
    } catch {
      code.focus();
      code.select();
      status.textContent = strings.copyByHand;
    }
  });
}
