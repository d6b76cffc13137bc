/**
 * The explore tree (./explore.ts) as the page sends it, and back. A series' values
 * were each a whole label ("3 December 1997: 3"), so every date or year was repeated
 * once per series and every label wrapped in its own object. Packed, a list of leaves
 * whose labels all hold ": " keeps only what follows it, and what precedes it (the
 * dates, the years) is one shared list per chart: unpacking gives the same labels.
 * No imports: src/scripts/explore.ts unpacks it in the browser.
 */
export interface TreeNode {
  label: string;
  children?: TreeNode[];
}

/** A leaf; a node and its children; or a node whose leaves are `at[k][i]: values[i]`. */
type PackedNode = string | [string, PackedNode[]] | [string, number, string[]];

export interface PackedTree {
  at: string[][];
  root: PackedNode;
}

const SEP = ': ';

export function packTree(root: TreeNode): PackedTree {
  const at: string[][] = [];
  const pack = (node: TreeNode): PackedNode => {
    const children = node.children ?? [];
    if (!children.length) return node.label;
    const leaves = children.every((c) => !c.children?.length && c.label.includes(SEP));
    if (!leaves) return [node.label, children.map(pack)];
    const heads = children.map((c) => c.label.slice(0, c.label.indexOf(SEP)));
    const key = heads.join('\n');
    let k = at.findIndex((list) => list.join('\n') === key);
    if (k < 0) k = at.push(heads) - 1;
    return [node.label, k, children.map((c) => c.label.slice(c.label.indexOf(SEP) + SEP.length))];
  };
  return { at, root: pack(root) };
}

export function unpackTree(packed: PackedTree): TreeNode {
  const unpack = (node: PackedNode): TreeNode => {
    if (typeof node === 'string') return { label: node };
    if (node.length === 2) return { label: node[0], children: node[1].map(unpack) };
    const heads = packed.at[node[1]];
    return { label: node[0], children: node[2].map((v, i) => ({ label: `${heads[i]}${SEP}${v}` })) };
  };
  return unpack(packed.root);
}
