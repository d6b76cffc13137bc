/**
 * Adds a working "Copy" button to each citation: without JavaScript (or without
 * the Clipboard API) the buttons stay hidden and the citation text is selectable.
 * Each block says what happened through its own polite live region.
 */
for (const block of document.querySelectorAll<HTMLElement>('[data-citations]')) {
  const status = block.querySelector<HTMLElement>('[data-citation-status]');
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-citation-text]')) {
    if (!navigator.clipboard || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.citationText!);
        status.textContent = button.dataset.copied!;
      } catch {
        status.textContent = button.dataset.failed!;
      }
    });
  }
}

export {};
