import { describe, expect, it } from 'vitest';
import { sameRow } from '@/storage/backup/same-row';

describe('sameRow: is a stored row already what the file holds?', () => {
  it.each([
    ['equal flat rows', { id: 'a', n: 1, t: 'x' }, { id: 'a', n: 1, t: 'x' }, true],
    ['field order ignored', { id: 'a', n: 1 }, { n: 1, id: 'a' }, true],
    ['nested objects and arrays', { a: { b: [1, { c: 'd' }] } }, { a: { b: [1, { c: 'd' }] } }, true],
    ['a different value', { id: 'a', n: 1 }, { id: 'a', n: 2 }, false],
    ['a field only in the file', { id: 'a' }, { id: 'a', n: 1 }, false],
    ['a field only in the database', { id: 'a', n: 1 }, { id: 'a' }, false],
    ['undefined on one side only', { id: 'a', n: undefined }, { id: 'a' }, false],
    ['array order matters', { l: [1, 2] }, { l: [2, 1] }, false],
    ['array length matters', { l: [1] }, { l: [1, 1] }, false],
    ['array is not an object', { l: [] }, { l: {} }, false],
    ['0 and -0 differ once stored', { n: 0 }, { n: -0 }, false],
    ['null is not an object', { v: null }, { v: {} }, false],
    ['a string is not a number', { v: '1' }, { v: 1 }, false],
    ['a Date is never taken as equal', { d: new Date(0) }, { d: new Date(0) }, false],
  ])('%s', (_name, stored, row, same) => {
    expect(sameRow(stored, row)).toBe(same);
  });
});
