/**
 * Adds a working "Copy" button to each citation: without JavaScript (or without
 * the Clipboard API) the buttons stay hidden and the citation text is selectable.
 * One polite live region, added by this script, says what happened.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
announcer.dataset.citationStatus = '';
// In <main>, apart from the copy-link script's region on <body>: each says only its own news.
(document.querySelector('main') ?? document.body).append(announcer);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-citation-text]')) {
  if (!navigator.clipboard) break;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.citationText!);
      announcer.textContent = button.dataset.copied!;
    } catch {
      announcer.textContent = button.dataset.failed!;
    }
  });
}

export {};
