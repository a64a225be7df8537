import { describe, expect, it } from 'vitest';
import {
  cyclicList,
  findNode,
  intersectingLists,
  list,
  listToArray,
  nodeAt,
  randomList,
  randomListToArray,
  tree,
  treeToArray,
} from './solution-builders.ts';

describe('list builders', () => {
  it('builds a list and reads it back', () => {
    expect(list([])).toBeNull();
    expect(list([1, 2, 3])).toEqual({ val: 1, next: { val: 2, next: { val: 3, next: null } } });
    expect(listToArray(list([4, 5, 6]))).toEqual([4, 5, 6]);
    expect(listToArray(null)).toEqual([]);
  });

  it('reads a 10⁵-node list without recursion', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => i);
    expect(listToArray(list(values))).toEqual(values);
  });

  it('refuses a cycle, undefined and non-nodes instead of hanging', () => {
    expect(() => listToArray(cyclicList([1, 2, 3], 1))).toThrow(/cycle: position 3/);
    expect(() => listToArray(cyclicList([7], 0))).toThrow(/cycle/);
    expect(() => listToArray(undefined)).toThrow(/undefined/);
    expect(() => listToArray({ val: 1, next: 5 })).toThrow(/position 1 is not a list node/);
  });

  it('cyclicList links the tail to pos; -1 leaves it open', () => {
    const head = cyclicList([3, 2, 0, -4], 1);
    expect(nodeAt(head, 3).next).toBe(nodeAt(head, 1));
    expect(nodeAt(head, 4)).toBe(nodeAt(head, 1));
    expect(listToArray(cyclicList([1, 2], -1))).toEqual([1, 2]);
    expect(cyclicList([], -1)).toBeNull();
    expect(() => cyclicList([1, 2], 2)).toThrow(RangeError);
  });

  it('nodeAt finds a node by index and rejects indexes past the end', () => {
    const head = list([10, 20, 30]);
    expect(nodeAt(head, 0)).toBe(head);
    expect(nodeAt(head, 2).val).toBe(30);
    expect(() => nodeAt(head, 3)).toThrow(/no node at index 3/);
    expect(() => nodeAt(null, 0)).toThrow(RangeError);
  });

  it('intersectingLists shares the common nodes', () => {
    const { headA, headB, intersection } = intersectingLists([4, 1], [5, 6, 1], [8, 4, 5]);
    expect(listToArray(headA)).toEqual([4, 1, 8, 4, 5]);
    expect(listToArray(headB)).toEqual([5, 6, 1, 8, 4, 5]);
    expect(nodeAt(headA, 2)).toBe(intersection);
    expect(nodeAt(headB, 3)).toBe(intersection);
    expect(nodeAt(headA, 1)).not.toBe(nodeAt(headB, 2));

    const apart = intersectingLists([2, 6, 4], [1, 5], []);
    expect(apart.intersection).toBeNull();
    expect(listToArray(apart.headB)).toEqual([1, 5]);

    const whole = intersectingLists([], [9], [1, 2]);
    expect(whole.headA).toBe(whole.intersection);
  });
});

describe('random-pointer list builders', () => {
  it('round-trips LeetCode 138 input', () => {
    const pairs: Array<[number, number | null]> = [[7, null], [13, 0], [11, 4], [10, 2], [1, 0]];
    const head = randomList(pairs);
    expect(head?.next?.random).toBe(head);
    expect(randomListToArray(head)).toEqual(pairs);
    expect(randomList([])).toBeNull();
    expect(randomListToArray(null)).toEqual([]);
  });

  it('reports a random pointer that leaves the list, e.g. a copy pointing into the original', () => {
    const original = randomList([[1, 1], [2, 1]])!;
    const shallowCopy = { val: 1, next: { val: 2, next: null, random: original.next }, random: null };
    expect(() => randomListToArray(shallowCopy)).toThrow(/position 1: random points at a node outside/);
    expect(() => randomList([[1, 3]])).toThrow(RangeError);
  });
});

describe('tree builders', () => {
  it('builds LeetCode level order with gaps', () => {
    const root = tree([3, 9, 20, null, null, 15, 7]);
    expect(root?.left).toEqual({ val: 9, left: null, right: null });
    expect(root?.right?.left?.val).toBe(15);
    expect(tree([])).toBeNull();
    expect(tree([null])).toBeNull();
    const rightSpine = tree([1, null, 2, null, 3]);
    expect(rightSpine?.right?.right?.val).toBe(3);
    expect(rightSpine?.left).toBeNull();
  });

  it('reads a tree back with trailing nulls trimmed', () => {
    for (const values of [[3, 9, 20, null, null, 15, 7], [1, null, 2, 3], [1, 2], [], [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, 5, 1]]) {
      expect(treeToArray(tree(values))).toEqual(values);
    }
    expect(treeToArray(null)).toEqual([]);
  });

  it('handles a 10⁴-deep chain without recursion', () => {
    const values: Array<number | null> = [0];
    for (let i = 1; i < 10_000; i++) values.push(null, i);
    const root = tree(values);
    expect(treeToArray(root)).toEqual(values);
    expect(findNode(root, 9_999).right).toBeNull();
  });

  it('refuses a tree that reaches a node twice and a non-node', () => {
    const root = tree([1, 2])!;
    root.right = root.left;
    expect(() => treeToArray(root)).toThrow(/same node twice/);
    expect(() => treeToArray(undefined)).toThrow(/undefined/);
    expect(() => treeToArray({ val: 1, left: 2, right: null })).toThrow(/not a tree node/);
  });

  it('rejects level order with a child under a missing parent', () => {
    expect(() => tree([1, null, null, 2])).toThrow(/no parent/);
  });

  it('findNode returns the node itself, first in level order', () => {
    const root = tree([3, 5, 1, 6, 2, 0, 8, null, null, 7, 4]);
    const five = findNode(root, 5);
    expect(five).toBe(root?.left);
    expect(findNode(root, 4)).toBe(root?.left?.right?.right);
    expect(() => findNode(root, 42)).toThrow(/no node with value 42/);
  });
});
