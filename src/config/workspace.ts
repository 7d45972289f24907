import { readWorkspaceFile } from '../discovery/workspace.js';
import { UserError } from '../util/errors.js';
import { parseConfig } from './load.js';
import { defaultConfig, type Config } from './types.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the configuration from the workspace without following links: the file comes
 * from the pull request and could otherwise point at a secret outside the workspace.
 */
export function loadConfigFromWorkspace(
  workspace: string,
  path: string,
  required: boolean,
): Config {
  const outcome = readWorkspaceFile(workspace, path, MAX_CONFIG_BYTES);
  if (!outcome.ok) {
    if (outcome.missing && !required) return defaultConfig();
    throw new UserError(
      `Configuration file ${path} ${outcome.missing ? 'does not exist' : outcome.reason}. Set the "config" input to an existing file, or remove it to use the defaults.`,
    );
  }
  return parseConfig(outcome.content.toString('utf8'), path);
}
