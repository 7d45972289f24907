import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it('writes control characters as escapes and leaves other text alone', () => {
    expect(printable('p\n::error file=README.md::spoofed')).toBe(
      'p\\n::error file=README.md::spoofed',
    );
    expect(printable('a\tb\r\u001b[2J\u0000\u007f\u0085 é 🚀')).toBe(
      'a\\tb\\r\\x1b[2J\\x00\\x7f\\x85 é 🚀',
    );
  });
});
