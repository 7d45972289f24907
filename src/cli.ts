#!/usr/bin/env node
import { once } from 'node:events';
import { runCli } from './cli/run-cli.js';
import { UserError } from './util/errors.js';

// A reader that stops early (`| head`) closes the pipe: stop quietly, as grep and
// ripgrep do, instead of failing with an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
