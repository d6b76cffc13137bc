// The Print button is offered only where it works: without JavaScript, the browser's own Print does the same.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
