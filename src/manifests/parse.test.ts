import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../test/bench/synthetic.js';
import { outcome, REAL_CORPUS, sourcesUnder } from '../../test/support/engine-runs.js';
import { defaultConfig } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import type { SourceFile } from '../engine/types.js';
import { parseFile, parseSettings, type DocumentVisitor } from './parse.js';

const PEERS = resolve(REAL_CORPUS, '..', 'peer-fixtures');

/** The run with every document given to the parser, as before the fast reader. */
function parsedWhole(files: SourceFile[]) {
  parseSettings.readBlockYaml = false;
  try {
    return outcome(runEngine({ files, config: defaultConfig() }));
  } finally {
    parseSettings.readBlockYaml = true;
  }
}

describe('reading documents one by one with the fast reader', () => {
  afterEach(() => {
    parseSettings.readBlockYaml = true;
  });

  it('reports over a synthetic tree exactly what parsing every file whole reports', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'parse-'));
    try {
      const files = sourcesUnder(writeSyntheticTree(scratch, 400));
      const fast = outcome(runEngine({ files, config: defaultConfig() }));
      expect(fast.findings.length).toBeGreaterThan(1000);
      expect(fast).toEqual(parsedWhole(files));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(REAL_CORPUS))(
    'reports over the real corpus and the peer fixtures exactly what parsing whole reports',
    { timeout: 300_000 },
    () => {
      for (const root of [REAL_CORPUS, PEERS]) {
        const files = sourcesUnder(root);
        const fast = outcome(runEngine({ files, config: defaultConfig() }));
        expect(fast).toEqual(parsedWhole(files));
      }
    },
  );

  it('reads a file again as one text when a document has a syntax error', () => {
    // The unclosed quote runs on over the marker, as the parser reads the stream.
    const text = "a: 'open\n---\nb: 1\n";
    const parsed = parseFile({ path: 'broken.yaml', text });
    expect(parsed.file?.documents).toHaveLength(1);
    expect(parsed.findings.map((f) => f.range.line)).toEqual([1]);
  });

  it('gives documents to a visitor one at a time and forgets them when the file is skipped', () => {
    const deep = `${'x:\n'.repeat(1)}${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    const text = `a: 1\n---\nb: 2\n---\n${deep}`;
    const seen: number[] = [];
    let discarded = 0;
    const visitor: DocumentVisitor = {
      document: (_doc, index) => seen.push(index),
      discard: () => discarded++,
    };
    const parsed = parseFile({ path: 'deep.yaml', text }, undefined, visitor);
    expect(seen).toEqual([0, 1]);
    expect(discarded).toBe(1);
    expect(parsed.skipReason).toMatch(/^YAML document 3 nests deeper than 64 levels/);

    seen.length = 0;
    const fine = parseFile(
      { path: 'fine.yaml', text: 'a: 1\n---\nb: 2\n' },
      undefined,
      visitor,
    );
    expect(seen).toEqual([0, 1]);
    expect(fine.file?.documents).toEqual([]);
  });
});
