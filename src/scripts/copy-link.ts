/**
 * Upgrades each "link to this section" anchor: a click copies the section's full
 * URL and says so through a polite live region. Without the Clipboard API (or
 * without JavaScript) the anchor keeps working as a plain link.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  link.addEventListener('click', async (event) => {
    if (!navigator.clipboard) return;
    event.preventDefault();
    // The address this page is served from, not the build's SITE_URL (the no-JS fallback).
    const built = link.dataset.copyLink!;
    const url = location.origin + location.pathname + link.hash;
    history.replaceState(null, '', link.hash);
    try {
      await navigator.clipboard.writeText(url);
      announcer.textContent = (link.dataset.copiedText ?? url).split(built).join(url);
      link.dataset.copied = 'true';
      setTimeout(() => delete link.dataset.copied, 2000);
    } catch {
      location.hash = link.hash;
    }
  });
}

export {};
