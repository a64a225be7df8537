import type { SolutionCases } from '../solution-harness.ts';

const V = 2_000;
const E = 5_000;
// A chain 0 → 1 → … → 1999 (1999 edges) plus 3001 extra forward edges: acyclic, listed in reverse order.
function forwardEdges(): number[][] {
  const edges: number[][] = [];
  for (let i = 1; i < V; i++) edges.push([i, i - 1]);
  for (let k = 0; edges.length < E; k++) {
    const from = (k * 37) % (V - 3);
    const to = from + 2 + (k % 3);
    edges.push([to, from]);
  }
  return edges.reverse();
}
const acyclic = forwardEdges();
// The same graph with one back edge from the end of the chain to its start: one big cycle.
const cyclic = [...acyclic.slice(1), [0, V - 1]];

export default {
  entry: 'canFinish',
  cases: [
    { args: [2, [[1, 0]]], expected: true },
    { args: [2, [[1, 0], [0, 1]]], expected: false },
    { args: [4, [[1, 0], [2, 1], [3, 2], [1, 3]]], expected: false },
    { name: 'no prerequisites', args: [1, []], expected: true },
    { name: 'diamond', args: [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], expected: true },
    { name: 'a cycle apart from free courses', args: [5, [[1, 0], [3, 2], [4, 3], [2, 4]]], expected: false },
    { name: 'course that is its own prerequisite', args: [3, [[1, 0], [2, 2]]], expected: false },
    // V = 2000, E = 5000: O(V + E) measures 2–5 ms of CPU. Sweeping all courses and all prerequisites until nothing
    // changes is O(V·(V + E)) and measured ~300 ms on the acyclic chain (~70 ms on the cycle): 50 ms separates them.
    { name: 'max size, acyclic', args: () => [V, acyclic], expected: true, timeoutMs: 50 },
    { name: 'max size, one cycle through every course', args: () => [V, cyclic], expected: false, timeoutMs: 50 },
  ],
} satisfies SolutionCases;
