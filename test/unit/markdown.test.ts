import { describe, expect, test } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  quoteValue,
  renderMessage,
} from '../../src/report/markdown.js';

describe('markdown escaping of manifest text', () => {
  test('HTML is inert', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & more')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more',
    );
    expect(escapeMarkdown('<script>')).not.toContain('<');
  });

  test('a value cannot break out of its table cell or its line', () => {
    const cell = escapeMarkdown('a | b\nc\r\nd');
    expect(cell).not.toContain('|');
    expect(cell).not.toMatch(/[\r\n]/);
  });

  test('emphasis, links and headings are shown literally', () => {
    const text = escapeMarkdown('*bold* _it_ [link](http://x) # title ~strike~ ![img]');
    for (const char of ['*', '_', '[', ']', '#', '~', '!']) {
      expect(text).not.toMatch(new RegExp(`(^|[^\\\\])\\${char}`));
    }
  });

  test('code spans become code elements whose content is escaped', () => {
    expect(renderMessage('Set `imagePullPolicy: Always` on <web>.')).toBe(
      'Set <code>imagePullPolicy: Always</code> on &lt;web&gt;.',
    );
    expect(renderMessage('image `a|b<c>`')).toBe('image <code>a&#124;b&lt;c&gt;</code>');
  });

  test('quoteValue keeps a value on one line, without backticks, within a length', () => {
    expect(quoteValue('a`b\nc\u0007d')).toBe("a'b c d");
    const long = quoteValue('x'.repeat(500), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
