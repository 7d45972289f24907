import * as core from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import { Capabilities } from '../../src/action/capabilities.js';
import { createClient, describeApiError } from '../../src/github/client.js';

vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  warning: vi.fn(),
}));

const TOKEN = 'ghs_SECRETMARKERtoken1234567890';

function forbidden(message: string): Error {
  return Object.assign(new Error(message), { status: 403 });
}

describe('the token never appears in what the action prints', () => {
  it('redacts the token from API error messages once a client uses it', () => {
    createClient(TOKEN);
    const error = Object.assign(new Error(`Bad credentials: token ${TOKEN} echoed`), {
      status: 401,
      request: { headers: { authorization: `token ${TOKEN}` } },
    });
    const text = describeApiError(error);
    expect(text).toBe('HTTP 401: Bad credentials: token *** echoed');
    expect(text).not.toContain(TOKEN);
  });
});

describe('a refused capability degrades alone, said once', () => {
  it('warns once per capability and keeps the others available', async () => {
    const capabilities = new Capabilities();
    const refuse = () =>
      Promise.reject(forbidden('Resource not accessible by integration'));
    expect(await capabilities.attempt('Check run', 'create the check run', refuse)).toBe(
      undefined,
    );
    expect(await capabilities.attempt('Check run', 'create the check run', refuse)).toBe(
      undefined,
    );
    expect(
      await capabilities.attempt('Pull request comment', 'write the comment', () =>
        Promise.resolve('written'),
      ),
    ).toBe('written');
    expect(capabilities.available('Check run')).toBe(false);
    expect(capabilities.available('Pull request comment')).toBe(true);
    expect(vi.mocked(core.warning)).toHaveBeenCalledTimes(1);
    expect(capabilities.notes()).toHaveLength(1);
    expect(capabilities.notes()[0]).toMatch(/^⚠️ Check run: the token may not create/);
  });

  it('escapes the API message in the summary note', async () => {
    const capabilities = new Capabilities();
    await capabilities.attempt('Reviews', 'create a review', () =>
      Promise.reject(forbidden('<img src=x onerror=alert(1)>')),
    );
    expect(capabilities.notes()[0]).not.toContain('<img');
  });
});
