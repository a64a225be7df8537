import { describe, expect, it } from 'vitest';
import { countMatrixReads, countReads, readLimit } from './read-counting.ts';
import { compileSolution, runSolutionCases } from './solution-harness.ts';
import searchInsertCases from './solution-cases/0035-search-insert-position.ts';
import searchMatrixCases from './solution-cases/0074-search-a-2d-matrix.ts';
import medianCases from './solution-cases/0004-median-of-two-sorted-arrays.ts';

describe('read counting', () => {
  it('counts element reads by index, iteration and array methods, but not length', () => {
    const { array, reads } = countReads([5, 6, 7]);
    expect(array.length).toBe(3);
    expect(reads()).toBe(0);
    expect(array[1]).toBe(6);
    expect(reads()).toBe(1);
    expect([...array]).toEqual([5, 6, 7]);
    expect(reads()).toBe(4);
    expect(array.indexOf(7)).toBe(2);
    expect(reads()).toBe(7);
    expect(Array.isArray(array)).toBe(true);
  });

  it('counts reads of every row of a matrix together', () => {
    const { array, reads } = countMatrixReads([
      [1, 2],
      [3, 4],
    ]);
    expect(array[0]![1]! + array[1]![0]!).toBe(5);
    expect(reads()).toBe(2);
  });

  it('readLimit passes at the limit and names the count above it', () => {
    const counted = countReads([1, 2, 3]);
    const check = readLimit(() => counted, 2);
    void counted.array[0];
    void counted.array[1];
    expect(check()).toBeUndefined();
    void counted.array[2];
    expect(check()).toBe('read 3 elements; a binary search needs at most 2');
  });
});

describe('read limits in binary-search cases reject linear solutions', () => {
  const failingCases = (code: string, spec: Parameters<typeof runSolutionCases>[2], entry: string) =>
    runSolutionCases('demo', compileSolution(code, entry, { typeCheck: false }), spec).map((failure) => failure.message);

  it('35: a linear scan gives right answers but reads too much on the big cases', () => {
    const scan = `function searchInsert(nums: number[], target: number): number {
      for (let i = 0; i < nums.length; i++) if (nums[i]! >= target) return i;
      return nums.length;
    }`;
    const messages = failingCases(scan, searchInsertCases, 'searchInsert');
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.every((message) => /max size .*failed its check: read \d+ elements/.test(message))).toBe(true);
  });

  it('74: the O(m + n) staircase walk reads too much', () => {
    const staircase = `function searchMatrix(matrix: number[][], target: number): boolean {
      let r = 0, c = matrix[0]!.length - 1;
      while (r < matrix.length && c >= 0) {
        const v = matrix[r]![c]!;
        if (v === target) return true;
        if (v > target) c--; else r++;
      }
      return false;
    }`;
    const messages = failingCases(staircase, searchMatrixCases, 'searchMatrix');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((message) => /failed its check: read \d+ elements/.test(message))).toBe(true);
  });

  it('4: merging up to the middle reads too much', () => {
    const merge = `function findMedianSortedArrays(a: number[], b: number[]): number {
      const total = a.length + b.length;
      let i = 0, j = 0, previous = 0, current = 0;
      for (let k = 0; k <= total >> 1; k++) {
        previous = current;
        current = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
      }
      return total % 2 === 1 ? current : (previous + current) / 2;
    }`;
    const messages = failingCases(merge, medianCases, 'findMedianSortedArrays');
    expect(messages).toHaveLength(3);
    expect(messages.every((message) => /max size .*failed its check: read \d+ elements/.test(message))).toBe(true);
  });
});
