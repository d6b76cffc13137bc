/**
 * Makes each "Embed this chart" dialog live: options rewrite the snippet, the
 * copy button copies it and announces success, and opening the dialog shows a
 * preview iframe of the current options (built only when asked for).
 */
for (const dialog of document.querySelectorAll<HTMLDetailsElement>('[data-embed-dialog]')) {
  const snippets: Record<string, string> = JSON.parse(dialog.dataset.snippets!);
  const previews: Record<string, string> = JSON.parse(dialog.dataset.previews!);
  // Words from content/strings, rendered into the dialog by EmbedCode.astro.
  const strings: Record<'preview' | 'copied' | 'copyByHand', string> = JSON.parse(dialog.dataset.strings!);
  const code = dialog.querySelector('textarea')!;
  const copy = dialog.querySelector<HTMLButtonElement>('[data-copy]')!;
  const status = dialog.querySelector('[role="status"]')!;
  const options = dialog.querySelector<HTMLFieldSetElement>('[data-options]')!;
  const preview = dialog.querySelector<HTMLElement>('[data-preview]')!;
  copy.hidden = false;
  options.hidden = false;

  const key = () => {
    const theme = options.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'auto';
    const plain = options.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked ? 1 : 0;
    return `${theme}|${plain}`;
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
    frame.src = previews[key()];
  };

  options.addEventListener('change', () => {
    code.value = snippets[key()];
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
