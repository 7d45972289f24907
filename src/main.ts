import * as core from '@actions/core';
import { run } from './action/run.js';
import { UserError } from './util/errors.js';
import { redact } from './util/redact.js';

try {
  await run();
} catch (error) {
  // Messages can quote an API response, which can quote the request: redact both.
  if (error instanceof UserError) {
    core.setFailed(redact(error.message));
  } else {
    // A bug: say so plainly; the stack goes to the debug log only.
    core.debug(
      redact(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
    const message = (error instanceof Error ? error.message : String(error)).split(
      '\n',
    )[0];
    core.setFailed(
      `podspec-check stopped unexpectedly: ${redact(message)}. Please report this with the debug log.`,
    );
  }
}
