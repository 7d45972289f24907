import * as core from '@actions/core';
import { run } from './action/run.js';
import { UserError } from './util/errors.js';

try {
  await run();
} catch (error) {
  if (error instanceof UserError) {
    core.setFailed(error.message);
  } else {
    // A bug: say so plainly; the stack goes to the debug log only.
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(
      `podspec-check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}. Please report this with the debug log.`,
    );
  }
}
