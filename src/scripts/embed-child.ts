/**
 * Inside an embed iframe: apply the host's options from the query string
 * (theme=light|dark|auto, plain=1) and tell the parent our height whenever it
 * changes, as { type: "mbt:embed-height", chart, height }, and again when the
 * host script asks with { type: "mbt:embed-request-height" }.
 */
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (params.get('plain') === '1') root.classList.add('plain');

const chart = root.dataset.embed ?? '';
let last = -1;

function postHeight(force = false) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'mbt:embed-height', chart, height }, '*');
}

new ResizeObserver(() => postHeight()).observe(root);
window.addEventListener('load', () => postHeight());
// embed.js loads async and may start after our first message: it then asks again.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'mbt:embed-request-height') postHeight(true);
});
