#!/usr/bin/env node
import { once } from 'node:events';
import { runCli } from './cli/run-cli.js';
import { UserError } from './util/errors.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : once(process.stdout, 'drain').then(() => {}),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  if (error instanceof UserError) {
    process.stderr.write(`podspec-check: ${error.message}\n`);
  } else {
    process.stderr.write(
      `podspec-check stopped unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 2;
}
