import { describe, expect, it } from 'vitest';
import { cut } from './cut.js';

describe('cut', () => {
  it('keeps a short text and ends a long one with … inside the limit', () => {
    expect(cut('abc', 3)).toBe('abc');
    expect(cut('abcd', 3)).toBe('ab…');
  });

  it('never splits a surrogate pair', () => {
    const text = 'a🚀b';
    expect(cut(text, 3)).toBe('a…');
    expect(cut(text, 4)).toBe(text);
    expect(cut(`${text}c`, 4)).toBe('a🚀…');
  });
});
