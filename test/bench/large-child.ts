/**
 * Runs one pass over one folder in a fresh process and prints its time and peak memory
 * as JSON, so the large-file figures are not coloured by what the parent allocated.
 * Usage: node --import tsx test/bench/large-child.ts floor|engine <folder>
 */
import { discover, enginePass, floorPass } from './pipeline.js';

const [mode, root] = process.argv.slice(2);
if ((mode !== 'floor' && mode !== 'engine') || !root) {
  process.stderr.write('usage: large-child.ts floor|engine <folder>\n');
  process.exit(2);
}

const files = discover(root);
const start = performance.now();
const outcome = mode === 'floor' ? floorPass(root, files) : enginePass(root);
const ms = performance.now() - start;
// maxRSS is in kilobytes.
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ mode, ms, maxRssBytes, outcome })}\n`);
