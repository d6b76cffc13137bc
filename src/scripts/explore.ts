/**
 * Makes each chart's explore tree walkable (WAI-ARIA tree pattern: one item
 * in the tab order, arrows move, Right/Left open and close levels, Enter
 * toggles) and runs the Listen control. The tree is built at build time
 * (src/components/charts/Explore.astro); without JavaScript it stays hidden
 * and the data table is the way in.
 */
import { playTones, type Playback } from './listen';
import { unpackTree, type TreeNode as Node } from '../charts/kit/tree-pack';

/** A value named only by its row (the map's states) takes its details from the figure's picker. */
function details(box: HTMLElement, label: string): string {
  const option = [...box.closest('figure')!.querySelectorAll<HTMLOptionElement>('option[data-facts]')].find((o) => o.value === label);
  return option ? `${label}: ${(option.dataset.facts ?? '').split('|').join('; ')}` : label;
}

function itemEl(box: HTMLElement, node: Node, level: number): HTMLElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'treeitem');
  li.setAttribute('aria-level', String(level));
  li.tabIndex = -1;
  const span = document.createElement('span');
  span.textContent = node.children?.length ? node.label : details(box, node.label);
  li.append(span);
  if (node.children?.length) {
    li.setAttribute('aria-expanded', 'false');
    // Children are made when the item is first opened: the map's tree has 200 values.
    (li as HTMLElement & { explore?: Node[] }).explore = node.children;
  }
  return li;
}

function buildTree(box: HTMLElement): HTMLElement {
  const root = unpackTree(JSON.parse(box.dataset.tree ?? '{"at":[],"root":""}'));
  const tree = document.createElement('ul');
  tree.setAttribute('role', 'tree');
  tree.setAttribute('aria-labelledby', box.dataset.labelled ?? '');
  tree.setAttribute('aria-describedby', box.dataset.described ?? '');
  const first = itemEl(box, root, 1);
  first.tabIndex = 0;
  tree.append(first);
  box.append(tree);
  return tree;
}

function visibleItems(tree: HTMLElement): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].filter((item) => !item.parentElement?.closest('[hidden]'));
}

function setExpanded(box: HTMLElement, item: HTMLElement, open: boolean) {
  if (!item.hasAttribute('aria-expanded')) return;
  item.setAttribute('aria-expanded', String(open));
  let group = item.querySelector<HTMLElement>(':scope > [role="group"]');
  const pending = (item as HTMLElement & { explore?: Node[] }).explore;
  if (!group && pending) {
    group = document.createElement('ul');
    group.setAttribute('role', 'group');
    const level = Number(item.getAttribute('aria-level')) + 1;
    group.append(...pending.map((n) => itemEl(box, n, level)));
    item.append(group);
  }
  if (group) group.hidden = !open;
}

function focusItem(tree: HTMLElement, item: HTMLElement) {
  for (const other of tree.querySelectorAll<HTMLElement>('[role="treeitem"][tabindex="0"]')) other.tabIndex = -1;
  item.tabIndex = 0;
  item.focus();
}

function initTree(box: HTMLElement, tree: HTMLElement) {
  tree.addEventListener('keydown', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const items = visibleItems(tree);
    const at = items.indexOf(item);
    const open = item.getAttribute('aria-expanded');
    const parent = item.parentElement?.closest<HTMLElement>('[role="treeitem"]');
    let next: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = items[at + 1];
        break;
      case 'ArrowUp':
        next = items[at - 1];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'ArrowRight':
        if (open === 'false') setExpanded(box, item, true);
        else if (open === 'true') next = item.querySelector<HTMLElement>('[role="treeitem"]') ?? undefined;
        break;
      case 'ArrowLeft':
        if (open === 'true') setExpanded(box, item, false);
        else next = parent ?? undefined;
        break;
      case 'Enter':
      case ' ':
        if (open !== null) setExpanded(box, item, open === 'false');
        break;
      default:
        return;
    }
    e.preventDefault();
    if (next) focusItem(tree, next);
  });
  tree.addEventListener('click', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    e.stopPropagation();
    const open = item.getAttribute('aria-expanded');
    if (open !== null) setExpanded(box, item, open === 'false');
    focusItem(tree, item);
  });
}

function initListen(button: HTMLButtonElement) {
  const live = button.parentElement?.querySelector<HTMLElement>('[data-listen-live]');
  const label = button.textContent ?? '';
  const tones = (button.dataset.listen ?? '').split(' ').map((f) => (f === '' ? null : Number(f)));
  let playback: Playback | null = null;
  const say = (text: string) => {
    if (live) live.textContent = text;
  };
  const stop = (message: string) => {
    playback?.stop();
    playback = null;
    button.textContent = label;
    button.setAttribute('aria-pressed', 'false');
    say(message);
  };
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    if (playback) return stop(button.dataset.stopped ?? '');
    say(button.dataset.playing ?? '');
    button.textContent = button.dataset.stop ?? label;
    button.setAttribute('aria-pressed', 'true');
    playback = playTones(tones, () => stop(button.dataset.finished ?? ''));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && playback) stop(button.dataset.stopped ?? '');
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-explore]')) {
  box.hidden = false;
  initTree(box, buildTree(box));
  const button = box.querySelector<HTMLButtonElement>('button[data-listen]');
  if (button) initListen(button);
}
