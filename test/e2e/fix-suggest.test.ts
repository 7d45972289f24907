import { afterAll, describe, expect, test } from 'vitest';
import { lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';
import { applySuggestions, type SuggestionComment } from '../support/suggestions.js';
import { GRAPHQL } from './fix-helpers.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0
          ports:
            - containerPort: 8080
        - name: worker
          image: registry.example.com/worker:1.0
          imagePullPolicy: IfNotPresent
          args: ["--queue", "orders"]
        - name: tail
          image: registry.example.com/tail:1.0
          env:
            - name: A
              value: "1"
            - name: B
              value: "2"
`;
/** The pull request changes only the worker's image, so only its lines are in the diff. */
const HEAD = BASE.replace('worker:1.0', 'worker:1.1');

describe.concurrent('fix: suggest', () => {
  test('posts one review with suggestions on the diff lines and a patch for the rest', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'deploy/shop.yaml': BASE },
      head: { 'deploy/shop.yaml': HEAD },
    });
    apis.push(pr.api);

    const result = await pr.run({ fix: 'suggest' });

    expect(pr.api.unknownRequests()).toEqual([]);
    expect(pr.api.requestsTo(GRAPHQL)).toEqual([]);
    expect(pr.repo.head('feature')).toBe(pr.headSha);
    expect(result.outputs.fixed).toBe('0');
    expect(result.outputs['fix-commit']).toBe('');

    const posted = pr.api.requestsTo(ROUTES.createReview);
    expect(posted).toHaveLength(1);
    const review = posted[0].body as {
      commit_id: string;
      event: string;
      body: string;
      comments: Record<string, unknown>[];
    };
    expect(review.commit_id).toBe(pr.headSha);
    expect(review.event).toBe('COMMENT');

    const policyLine = lineOf(HEAD, 'imagePullPolicy: IfNotPresent');
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0]).toMatchObject({
      path: 'deploy/shop.yaml',
      line: policyLine,
      side: 'RIGHT',
    });
    expect(review.comments[0]).not.toHaveProperty('start_line');
    expect(review.comments[0].body).toContain(
      '```suggestion\n          imagePullPolicy: Always\n```',
    );
    expect(review.comments[0].body).toContain('Container "worker"');

    // web (line 10) and tail (line 18) are outside the diff: the body has their patch.
    expect(review.body).toContain(
      '```diff\n--- a/deploy/shop.yaml\n+++ b/deploy/shop.yaml\n',
    );
    const patch = review.body.split('```diff\n')[1].split('```')[0];
    expect(patch.split('\n').filter((l) => /^[-+](?![-+])/.test(l))).toEqual([
      '+          imagePullPolicy: Always',
      '+          imagePullPolicy: Always',
    ]);
    expect(patch).toContain(`@@ -${lineOf(HEAD, 'web:1.0') - 2},`);
    expect(result.summary).toContain('suggestions in [a review]');
  });

  test('an insertion inside the diff is a suggestion on the line before it', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'README.md': '# shop\n' },
      head: { 'deploy/shop.yaml': BASE.replace(/ +imagePullPolicy: IfNotPresent\n/, '') },
    });
    apis.push(pr.api);

    await pr.run({ fix: 'suggest' });

    const [posted] = pr.api.requestsTo(ROUTES.createReview);
    const review = posted.body as { body: string; comments: Record<string, unknown>[] };
    expect(review.comments.map((c) => [c.line, c.body])).toEqual(
      ['web:1.0', 'worker:1.0', 'tail:1.0'].map((image) => [
        lineOf(BASE, image) - (image === 'tail:1.0' ? 1 : 0),
        expect.stringContaining(
          `\`\`\`suggestion\n          image: registry.example.com/${image}\n          imagePullPolicy: Always\n\`\`\``,
        ),
      ]),
    );
    expect(review.body).not.toContain('```diff');
  });

  test('suggestions on a CRLF file, applied as GitHub applies them, keep every CRLF', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'README.md': '# shop\n' },
      head: { 'deploy/shop.yaml': crlf(BASE) },
    });
    apis.push(pr.api);

    await pr.run({ fix: 'suggest' });

    const [posted] = pr.api.requestsTo(ROUTES.createReview);
    const review = posted.body as unknown as {
      body: string;
      comments: SuggestionComment[];
    };
    expect(review.comments).toHaveLength(3);
    expect(review.body).not.toContain('```diff');
    const head = pr.repo.show('deploy/shop.yaml', pr.headSha).toString('utf8');
    expect(applySuggestions(head, review.comments)).toBe(
      crlf(
        BASE.replace(
          /(image: \S+\n)(?! +imagePullPolicy)/g,
          '$1          imagePullPolicy: Always\n',
        ).replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: Always'),
      ),
    );
  });
});
