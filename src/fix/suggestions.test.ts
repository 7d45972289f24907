import { describe, expect, test } from 'vitest';
import { applySuggestions } from '../../test/support/suggestions.js';
import { defaultConfig } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import { suggestionBlock } from '../github/review.js';
import { fixFiles } from './fix-files.js';
import { planSuggestions } from './suggestions.js';

/** A Deployment with a missing, a wrong and a missing-at-the-end policy. */
const SHOP = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: shop',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: registry.example.com/web:1.0 # pinned',
  '        ports:',
  '        - containerPort: 8080',
  '      - name: worker',
  '        image: registry.example.com/worker:1.0',
  "        imagePullPolicy: 'IfNotPresent'",
  '      - name: tail',
  '        image: registry.example.com/tail:1.0',
];

/** The fix of one file, its suggestions on every line, and the file they give applied. */
function suggestAll(text: string) {
  const config = defaultConfig();
  const [file] = fixFiles(
    runEngine({ files: [{ path: 'shop.yaml', text }], config }),
    config,
  ).files;
  const everyLine = new Set(text.split('\n').map((_, i) => i + 1));
  const plan = planSuggestions([file], new Map([['shop.yaml', everyLine]]));
  const comments = plan.suggestions.map((s) => ({
    line: s.line,
    ...(s.startLine < s.line ? { start_line: s.startLine } : {}),
    body: `Set the policy.\n\n${suggestionBlock(s.lines)}`,
  }));
  return { file, plan, comments, applied: applySuggestions(text, comments) };
}

describe('planSuggestions', () => {
  test('suggestions on a CRLF file keep its line endings when GitHub applies them', () => {
    const text = `${SHOP.join('\r\n')}\r\n`;

    const { file, plan, comments, applied } = suggestAll(text);

    expect(plan.patches).toEqual([]);
    expect(plan.suggestions).toHaveLength(3);
    expect(comments[0].body).toContain(
      '```suggestion\n        image: registry.example.com/web:1.0 # pinned\r\n        imagePullPolicy: Always\r\n```',
    );
    expect(applied).toBe(file.after);
    expect(applied.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('a CRLF file without a final newline gets no line break added at its end', () => {
    const text = SHOP.join('\r\n');

    const { file, applied } = suggestAll(text);

    expect(file.after.endsWith('\r\n        imagePullPolicy: Always')).toBe(true);
    expect(applied).toBe(file.after);
  });

  test('suggestions on an LF file carry no carriage return', () => {
    const text = `${SHOP.join('\n')}\n`;

    const { comments, applied, file } = suggestAll(text);

    expect(comments.some((c) => c.body.includes('\r'))).toBe(false);
    expect(applied).toBe(file.after);
  });
});
