/**
 * Makes each "Embed this chart" dialog live: options rewrite the snippet, the
 * copy button copies it and announces success, and opening the dialog shows a
 * preview iframe of the current options (built only when asked for).
 * The snippet (src/lib/embed-snippet.ts, the build's own words) names the address this
 * page is served from (origin + base), not the build's SITE_URL, so it is right wherever the files are deployed; the
 * preview is framed by a relative URL, which the page's CSP (frame-src 'self') allows.
 */
import { snippetHtml } from '../lib/embed-snippet';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const servedRoot = new URL(base, location.origin).href;

for (const dialog of document.querySelectorAll<HTMLDetailsElement>('[data-embed-dialog]')) {
  // Per offered embed (one per panel of a multi-panel chart), keyed "<lang>:<embed>": its site path, iframe title and height.
  const embeds: Record<string, [path: string, title: string, height: number]> = JSON.parse(dialog.dataset.embeds!);
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

  // The chosen language, then the chosen panel (or the one embed).
  const language = options.querySelector<HTMLSelectElement>('select[data-lang]')!;
  const part = () => {
    const key = options.querySelector<HTMLInputElement>('input[data-part]:checked')?.value ?? Object.keys(embeds)[0].split(':')[1];
    const [path, title, height] = embeds[`${language.value}:${key}`];
    return { key, path, title, height };
  };
  const snippet = () => {
    const { key, path, title, height } = part();
    return snippetHtml({ src: servedRoot + path + query(), title, height, key }, `${servedRoot}embed.js`);
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
