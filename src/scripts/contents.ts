/**
 * The long read's contents list marks the section being read (aria-current), so the
 * sticky list beside the text says where the reader is. Without JavaScript or
 * IntersectionObserver the list is the same, only unmarked.
 */
function track(nav: HTMLElement) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const sections = [...links.keys()].map((id) => document.getElementById(id)?.closest('article')).filter((s): s is HTMLElement => !!s);
  if (!sections.length || !('IntersectionObserver' in window)) return;

  const visible = new Set<HTMLElement>();
  const mark = () => {
    // Of the sections in the upper part of the window, the later one has just begun.
    const current = sections.findLast((s) => visible.has(s));
    if (!current) return;
    const id = current.querySelector('.section-heading')?.id;
    for (const [key, a] of links) {
      if (key === id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target as HTMLElement);
        else visible.delete(e.target as HTMLElement);
      }
      mark();
    },
    // A section counts once it reaches the upper part of the window.
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const s of sections) observer.observe(s);
}

for (const nav of document.querySelectorAll<HTMLElement>('nav[data-contents]')) track(nav);
