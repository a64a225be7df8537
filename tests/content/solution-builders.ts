/**
 * Builders for LeetCode's linked structures in solution cases. Nodes are plain objects shaped exactly
 * like LeetCode's ListNode / TreeNode / _Node, so a solution running in the harness's vm realm can read
 * and relink them. Every reader walks iteratively and tracks visited nodes, so a wrong solution that
 * leaves a cycle or a 10⁵-deep chain yields an error message instead of a hang or a stack overflow.
 */

export type ListNodeShape = { val: number; next: ListNodeShape | null };
export type RandomNodeShape = { val: number; next: RandomNodeShape | null; random: RandomNodeShape | null };
export type TreeNodeShape = { val: number; left: TreeNodeShape | null; right: TreeNodeShape | null };

function listNodes(values: readonly number[]): ListNodeShape[] {
  const nodes = values.map((val): ListNodeShape => ({ val, next: null }));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i]!.next = nodes[i + 1]!;
  return nodes;
}

/** `[1,2,3]` → `1 → 2 → 3`; `[]` → null. */
export function list(values: readonly number[]): ListNodeShape | null {
  return listNodes(values)[0] ?? null;
}

function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a list (anything with `val` and `next`) back into its values; throws on a cycle or a non-node. */
export function listToArray(head: unknown): number[] {
  if (head === undefined) throw new Error('expected a list head or null, got undefined');
  const values: number[] = [];
  const seen = new Set<unknown>();
  for (let node: unknown = head; node !== null; node = (node as { next: unknown }).next) {
    if (!isNode(node) || !('val' in node) || !('next' in node)) {
      throw new Error(`list position ${values.length} is not a list node: ${String(node)}`);
    }
    if (seen.has(node)) throw new Error(`the list has a cycle: position ${values.length} links back to an earlier node`);
    seen.add(node);
    values.push(node.val as number);
  }
  return values;
}

/** A list whose tail links back to the node at `pos` (LeetCode 141/142); `pos = -1` means no cycle. */
export function cyclicList(values: readonly number[], pos: number): ListNodeShape | null {
  if (!Number.isInteger(pos) || pos < -1 || pos >= values.length) {
    throw new RangeError(`cycle position ${pos} is outside -1 … ${values.length - 1}`);
  }
  const nodes = listNodes(values);
  if (pos >= 0) nodes[nodes.length - 1]!.next = nodes[pos]!;
  return nodes[0] ?? null;
}

/** The node at `index` (0-based), following `next` links; works on cyclic lists too. */
export function nodeAt<T extends { next: T | null }>(head: T | null, index: number): T {
  let node = head;
  for (let i = 0; i < index && node !== null; i++) node = node.next;
  if (node === null || index < 0) throw new RangeError(`the list has no node at index ${index}`);
  return node;
}

/**
 * Two lists `a → common` and `b → common` that share the nodes of `common` (LeetCode 160).
 * `intersection` is the first shared node, or null when `common` is empty.
 */
export function intersectingLists(
  a: readonly number[],
  b: readonly number[],
  common: readonly number[],
): { headA: ListNodeShape | null; headB: ListNodeShape | null; intersection: ListNodeShape | null } {
  const intersection = list(common);
  const attach = (values: readonly number[]): ListNodeShape | null => {
    const nodes = listNodes(values);
    if (nodes.length === 0) return intersection;
    nodes[nodes.length - 1]!.next = intersection;
    return nodes[0]!;
  };
  return { headA: attach(a), headB: attach(b), intersection };
}

/** LeetCode 138's input form: `[[val, randomIndex | null], ...]`. */
export function randomList(pairs: ReadonlyArray<readonly [number, number | null]>): RandomNodeShape | null {
  const nodes = pairs.map(([val]): RandomNodeShape => ({ val, next: null, random: null }));
  pairs.forEach(([, randomIndex], i) => {
    const node = nodes[i]!;
    node.next = nodes[i + 1] ?? null;
    if (randomIndex !== null) {
      const target = nodes[randomIndex];
      if (!target) throw new RangeError(`random index ${randomIndex} at position ${i} is outside the list`);
      node.random = target;
    }
  });
  return nodes[0] ?? null;
}

/**
 * Reads a random-pointer list back into `[[val, randomIndex | null], ...]`. Throws on a cycle, or when a
 * `random` points at a node that is not in this list (for a deep copy, a node of the original).
 */
export function randomListToArray(head: unknown): Array<[number, number | null]> {
  if (head === undefined) throw new Error('expected a list head or null, got undefined');
  const nodes: Array<Record<string, unknown>> = [];
  const indexOf = new Map<unknown, number>();
  for (let node: unknown = head; node !== null; node = (node as { next: unknown }).next) {
    if (!isNode(node) || !('val' in node) || !('next' in node) || !('random' in node)) {
      throw new Error(`list position ${nodes.length} is not a random-list node: ${String(node)}`);
    }
    if (indexOf.has(node)) throw new Error(`the list has a cycle: position ${nodes.length} links back to an earlier node`);
    indexOf.set(node, nodes.length);
    nodes.push(node);
  }
  return nodes.map((node, i): [number, number | null] => {
    if (node.random === null) return [node.val as number, null];
    const randomIndex = indexOf.get(node.random);
    if (randomIndex === undefined) throw new Error(`position ${i}: random points at a node outside this list`);
    return [node.val as number, randomIndex];
  });
}

/** LeetCode's level-order form with nulls for missing children: `[3,9,20,null,null,15,7]`. */
export function tree(values: ReadonlyArray<number | null>): TreeNodeShape | null {
  const [rootValue] = values;
  if (rootValue === undefined || rootValue === null) return null;
  const root: TreeNodeShape = { val: rootValue, left: null, right: null };
  const queue: TreeNodeShape[] = [root];
  let head = 0;
  let i = 1;
  while (i < values.length) {
    const parent = queue[head++];
    if (!parent) throw new Error(`level order has a child at index ${i} with no parent`);
    for (const side of ['left', 'right'] as const) {
      const value = values[i++];
      if (value === undefined || value === null) continue;
      const child: TreeNodeShape = { val: value, left: null, right: null };
      parent[side] = child;
      queue.push(child);
    }
  }
  return root;
}

/** Back to LeetCode's level order with trailing nulls trimmed; throws when a node is reached twice. */
export function treeToArray(root: unknown): Array<number | null> {
  if (root === undefined) throw new Error('expected a tree root or null, got undefined');
  const values: Array<number | null> = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null) {
      values.push(null);
      continue;
    }
    if (!isNode(node) || !('val' in node) || !('left' in node) || !('right' in node)) {
      throw new Error(`level-order position ${head} is not a tree node: ${String(node)}`);
    }
    if (seen.has(node)) throw new Error('the tree reaches the same node twice (a cycle or a shared child)');
    seen.add(node);
    values.push(node.val as number);
    queue.push(node.left, node.right);
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

/** The first node with value `val` in level order; throws when there is none. */
export function findNode(root: TreeNodeShape | null, val: number): TreeNodeShape {
  const queue: Array<TreeNodeShape | null> = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (!node) continue;
    if (node.val === val) return node;
    queue.push(node.left, node.right);
  }
  throw new Error(`the tree has no node with value ${val}`);
}
