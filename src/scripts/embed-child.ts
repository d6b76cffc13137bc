/**
 * Inside an embed iframe: apply the host's options from the query string
 * (theme=light|dark|auto, plain=1, transparent=1, static=1) and tell the parent
 * our height whenever it changes, as { type: "mbt:embed-height", chart, height },
 * and again when the host script asks with { type: "mbt:embed-request-height" }.
 * The parent may switch our theme with exactly { type: "mbt:embed-theme", theme }
 * (public/embed.js forwards the host page's own message); anything else, or from
 * any other window, changes nothing.
 */
const root = document.documentElement;
const params = new URLSearchParams(location.search);

function setTheme(theme: unknown) {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}
setTheme(params.get('theme'));
for (const flag of ['plain', 'transparent', 'static']) {
  if (params.get(flag) === '1') root.classList.add(flag);
}

const chart = root.dataset.embed ?? '';
let last = -1;

function postHeight(force = false) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'mbt:embed-height', chart, height }, '*');
}

const isThemeMessage = (d: unknown): d is { type: string; theme: string } =>
  !!d && typeof d === 'object' && Object.keys(d).sort().join() === 'theme,type' && (d as { type: unknown }).type === 'mbt:embed-theme';

new ResizeObserver(() => postHeight()).observe(root);
window.addEventListener('load', () => postHeight());
// embed.js loads async and may start after our first message: it then asks again.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || window.parent === window) return;
  if (event.data?.type === 'mbt:embed-request-height') postHeight(true);
  else if (isThemeMessage(event.data)) setTheme(event.data.theme);
});
