import { describe, expect, test } from 'vitest';
import { fixCommitMessage, isFixCommit } from './commit.js';
import { linesInPatch, suggestionBlock } from './review.js';

describe('linesInPatch', () => {
  test('lists the head-side lines of every hunk, context included, deletions not', () => {
    const patch = '@@ -3,4 +3,4 @@ spec:\n a\n-b\n+B\n c\n@@ -20 +20,2 @@\n x\n+y';
    expect([...linesInPatch(patch)]).toEqual([3, 4, 5, 20, 21]);
  });
});

describe('suggestionBlock', () => {
  test('uses a longer fence when the lines hold one', () => {
    expect(suggestionBlock(['a: ```'])).toBe('````suggestion\na: ```\n````');
  });
});

describe('the fix commit message', () => {
  test('ends with the trailer that names the checked head, which marks it as ours', () => {
    const message = fixCommitMessage('Fix pull policies\n\nBy the bot.', 'abc1234');
    expect(message).toEqual({
      headline: 'Fix pull policies',
      body: 'By the bot.\n\nPodspec-Check-Fix-Of: abc1234',
    });
    expect(isFixCommit(`${message.headline}\n\n${message.body}\n`)).toBe(true);
    expect(
      isFixCommit('Fix pull policies\n\nmentions Podspec-Check-Fix-Of: in prose'),
    ).toBe(false);
  });
});
