/**
 * Inside an embed iframe: apply the host's options from the query string
 * (theme=light|dark|auto, plain=1) and tell the parent our height whenever it
 * changes, as { type: "mbt:embed-height", chart, height }.
 */
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (params.get('plain') === '1') root.classList.add('plain');

const chart = root.dataset.embed ?? '';
let last = -1;

function postHeight() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'mbt:embed-height', chart, height }, '*');
}

new ResizeObserver(postHeight).observe(root);
window.addEventListener('load', postHeight);
