#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { UserError } from './util/errors.js';

// A reader that stops early (`| head`) closes the pipe: the rest of the report is
// dropped, and the run still ends with the exit code its findings call for, whatever
// the size of its output. Any other write error is the run's failure.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    readerGone = true;
    return;
  }
  process.stderr.write(`podspec-check: cannot write the report: ${error.message}\n`);
  process.exit(2);
});

/** Writes to standard output; resolves when more may be written. */
function writeOut(text: string): Promise<void> | undefined {
  if (readerGone || process.stdout.write(text)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: writeOut,
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
