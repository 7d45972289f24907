import { afterAll, describe, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { pullRequestPayload, pullRequestScenario, ROUTES } from '../support/scenarios.js';
import { commitOnBranchHandler, GRAPHQL } from './fix-helpers.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';

/** Two containers to fix in a CRLF file, one in JSON, and comments to keep. */
const SHOP = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: shop # the storefront',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: registry.example.com/shop/web:2.4.1  # pinned',
  '        ports:',
  '        - containerPort: 8080',
  '      - name: worker',
  "        image: 'registry.example.com/shop/worker:2.4.1'",
  "        imagePullPolicy: 'IfNotPresent' # cached",
  '',
].join('\r\n');

const JOB = `{
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": {"name": "migrate"},
  "spec": {
    "template": {
      "spec": {
        "restartPolicy": "Never",
        "containers": [
          {
            "name": "migrate",
            "image": "registry.example.com/shop/migrate:2.4.1"
          }
        ]
      }
    }
  }
}`;

async function scenario(options: { headRepo?: string } = {}) {
  const pr = await pullRequestScenario({
    base: { [CONFIG]: onlyChecksConfig(), 'README.md': '# shop\n' },
    head: { 'deploy/shop.yaml': SHOP, 'deploy/job.json': JOB },
    headRepo: options.headRepo,
  });
  apis.push(pr.api);
  pr.api.state.graphql = commitOnBranchHandler(pr.repo);
  return pr;
}

/** The lines `git diff` shows as added or removed between two commits. */
function changedLines(
  repo: { git(...args: string[]): string },
  from: string,
  to: string,
) {
  return repo
    .git('diff', '--no-color', '--unified=0', from, to)
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line))
    .map((line) => line.replace(/\r$/, ''));
}

describe.concurrent('fix: commit', () => {
  test('pushes one commit whose parent is the checked head, with only the policy lines changed', async () => {
    const pr = await scenario();

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.unknownRequests()).toEqual([]);
    const newHead = pr.repo.head('feature');
    expect(newHead).not.toBe(pr.headSha);
    expect(pr.repo.git('rev-list', '--count', `${pr.headSha}..${newHead}`)).toBe('1');
    expect(pr.repo.git('rev-parse', `${newHead}^`)).toBe(pr.headSha);
    expect(result.outputs['fix-commit']).toBe(newHead);
    expect(result.outputs.fixed).toBe('3');

    // The mutation
    const calls = pr.api.requestsTo(GRAPHQL);
    expect(calls).toHaveLength(1);
    const input = (calls[0].body as { variables: { input: Record<string, unknown> } })
      .variables.input;
    expect(input.expectedHeadOid).toBe(pr.headSha);
    expect(input.branch).toEqual({
      repositoryNameWithOwner: 'octo-shop/deploy',
      branchName: 'feature',
    });
    const additions = (
      input.fileChanges as { additions: { path: string; contents: string }[] }
    ).additions;
    expect(additions.map((a) => a.path).sort()).toEqual([
      'deploy/job.json',
      'deploy/shop.yaml',
    ]);
    for (const addition of additions) {
      expect(Buffer.from(addition.contents, 'base64')).toEqual(
        pr.repo.show(addition.path, newHead),
      );
    }
    expect(input.message).toEqual({
      headline: 'podspec-check: set imagePullPolicy to Always',
      // The trailer that keeps a later run from fixing its own commit again.
      body: `Podspec-Check-Fix-Of: ${pr.headSha}`,
    });

    // The content
    expect(changedLines(pr.repo, pr.headSha, newHead)).toEqual([
      '-            "image": "registry.example.com/shop/migrate:2.4.1"',
      '+            "image": "registry.example.com/shop/migrate:2.4.1",',
      '+            "imagePullPolicy": "Always"',
      '+        imagePullPolicy: Always',
      "-        imagePullPolicy: 'IfNotPresent' # cached",
      "+        imagePullPolicy: 'Always' # cached",
    ]);
    const shop = pr.repo.show('deploy/shop.yaml', newHead).toString('utf8');
    expect(shop.replace(/\r\n/g, '')).not.toContain('\n');
    expect(shop).toContain(
      '# pinned\r\n        imagePullPolicy: Always\r\n        ports:',
    );
    expect(pr.repo.show('deploy/job.json', newHead).toString('utf8').endsWith('}')).toBe(
      true,
    );

    // Check runs: the checked head keeps its findings; the new head gets the fixed result
    const runs = pr.api.state.checkRuns;
    const bySha = new Map(runs.map((r) => [r.head_sha, r]));
    expect(runs).toHaveLength(2);
    expect(bySha.get(pr.headSha)?.conclusion).toBe('failure');
    expect(bySha.get(newHead)?.conclusion).toBe('success');
    expect(bySha.get(newHead)?.output.summary).toContain(
      `fix commit ${newHead.slice(0, 7)}`,
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.conclusion).toBe('success');
    expect(result.summary).toContain(`with commit ${newHead}`);
    expect(result.summary).toContain('other workflows need a re-run');
    const [comment] = pr.api.state.comments;
    expect(comment.body).toContain(`with commit ${newHead}`);
  });

  test('a re-run on the fix commit pushes nothing and passes', async () => {
    const pr = await scenario();
    const first = await pr.run({ fix: 'commit' });
    const fixed = first.outputs['fix-commit'];
    expect(fixed).toMatch(/^[0-9a-f]{40}$/);

    // The pull request now has the fix commit as its head.
    const pull = pr.api.state.pulls[pr.number];
    pull.head.sha = fixed;
    pull.files = pr.repo.changedFiles(pr.baseSha, fixed);
    Object.assign(pr.api.state.blobs, pr.repo.blobs(fixed));
    const checkedOut = pr.repo.mergeCommit(pr.baseSha, fixed);
    const before = pr.api.requestsTo(GRAPHQL).length;

    const again = await runAction({
      workspace: pr.repo.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({
        number: pr.number,
        headSha: fixed,
        baseSha: pr.baseSha,
      }),
      inputs: { fix: 'commit' },
      apiUrl: pr.api.url,
      sha: checkedOut,
    });

    expect(again.exitCode).toBe(0);
    expect(pr.api.requestsTo(GRAPHQL)).toHaveLength(before);
    expect(pr.repo.head('feature')).toBe(fixed);
    expect(again.outputs.fixed).toBe('0');
    expect(again.outputs['fix-commit']).toBe('');
    expect(again.outputs.findings).toBe('0');
    expect(again.summary).toContain("podspec-check's own fix commit");
  });

  test('writes nothing when the branch moved during the run, and says so', async () => {
    const pr = await scenario();
    // Someone pushes to the branch after the workflow started.
    pr.repo.checkout('feature');
    const theirs = pr.repo.commit('Bump replicas', {
      'deploy/other.yaml': 'kind: Note\n',
    });
    pr.repo.checkout(pr.checkedOut);

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.requestsTo(GRAPHQL)).toHaveLength(1);
    expect(pr.repo.head('feature')).toBe(theirs);
    expect(result.outputs['fix-commit']).toBe('');
    expect(result.outputs.fixed).toBe('0');
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('moved on from');
    expect(result.summary).toContain('no fix was committed');
    const [comment] = pr.api.state.comments;
    expect(comment.body).toContain('moved on from');
    expect(pr.api.state.checkRuns.map((r) => r.head_sha)).toEqual([pr.headSha]);
  });

  test('a fork pull request gets no push but one review with the suggestions', async () => {
    const pr = await scenario({ headRepo: 'contributor/deploy' });

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.requestsTo(GRAPHQL)).toEqual([]);
    expect(pr.repo.head('feature')).toBe(pr.headSha);
    expect(result.outputs['fix-commit']).toBe('');
    expect(result.summary).toContain('comes from a fork');
    const reviews = pr.api.requestsTo(ROUTES.createReview);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].body).toMatchObject({ event: 'COMMENT', commit_id: pr.headSha });
  });

  test('a read-only fork token gets the patch in the job summary instead', async () => {
    const pr = await scenario({ headRepo: 'contributor/deploy' });
    pr.api.state.permissions = { checks: 'none', pullRequests: 'none' };

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.requestsTo(GRAPHQL)).toEqual([]);
    expect(pr.api.state.reviews).toEqual([]);
    expect(pr.repo.head('feature')).toBe(pr.headSha);
    expect(result.summary).toContain(
      '```diff\n--- a/deploy/job.json\n+++ b/deploy/job.json',
    );
    expect(result.summary).toContain("+        imagePullPolicy: 'Always' # cached");
  });

  test('a token without contents: write falls back to the review', async () => {
    const pr = await scenario();
    pr.api.state.graphql = commitOnBranchHandler(pr.repo, { refuse: true });

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.requestsTo(GRAPHQL)).toHaveLength(1);
    expect(pr.repo.head('feature')).toBe(pr.headSha);
    expect(result.outputs['fix-commit']).toBe('');
    expect(result.summary).toContain('contents: write');
    expect(pr.api.requestsTo(ROUTES.createReview)).toHaveLength(1);
  });

  test('never writes under .github/workflows/: that fix goes into the comment as a patch', async () => {
    const preview = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: preview',
      'spec:',
      '  containers:',
      '    - name: preview',
      '      image: registry.example.com/shop/preview:2.4.1',
      '',
    ].join('\n');
    const workflowPath = '.github/workflows/k8s/preview-pod.yaml';
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'README.md': '# shop\n' },
      head: { 'deploy/job.json': JOB, [workflowPath]: preview },
    });
    apis.push(pr.api);
    pr.api.state.graphql = commitOnBranchHandler(pr.repo);

    const result = await pr.run({ fix: 'commit' });

    const newHead = pr.repo.head('feature');
    expect(result.outputs['fix-commit']).toBe(newHead);
    expect(result.outputs.fixed).toBe('1');
    const [call] = pr.api.requestsTo(GRAPHQL);
    const input = (call.body as { variables: { input: Record<string, unknown> } })
      .variables.input;
    expect(input.fileChanges).toEqual({
      additions: [{ path: 'deploy/job.json', contents: expect.any(String) }],
    });
    expect(pr.repo.git('diff', '--name-only', pr.headSha, newHead)).toBe(
      'deploy/job.json',
    );
    expect(pr.repo.show(workflowPath, newHead).toString('utf8')).toBe(preview);

    const patch = [
      `--- a/${workflowPath}`,
      `+++ b/${workflowPath}`,
      '@@ -6,3 +6,4 @@',
      '   containers:',
      '     - name: preview',
      '       image: registry.example.com/shop/preview:2.4.1',
      '+      imagePullPolicy: Always',
    ].join('\n');
    const [comment] = pr.api.state.comments;
    for (const text of [comment.body, result.summary]) {
      expect(text).toContain('may not write under `.github/workflows/`');
      expect(text).toContain(`\`\`\`diff\n${patch}\n`);
    }
    // The workflow file's finding is still there on the new head.
    const fixedRun = pr.api.state.checkRuns.find((r) => r.head_sha === newHead);
    expect(fixedRun?.annotations.map((a) => a.path)).toEqual([workflowPath]);
    expect(result.exitCode).toBe(1);
  });

  test('a pull request whose only fix is under .github/workflows/ pushes nothing', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'README.md': '# shop\n' },
      head: { '.github/workflows/k8s/job.json': JOB },
    });
    apis.push(pr.api);
    pr.api.state.graphql = commitOnBranchHandler(pr.repo);

    const result = await pr.run({ fix: 'commit' });

    expect(pr.api.requestsTo(GRAPHQL)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.createReview)).toEqual([]);
    expect(pr.repo.head('feature')).toBe(pr.headSha);
    expect(result.outputs['fix-commit']).toBe('');
    expect(result.outputs.fixed).toBe('0');
    const [comment] = pr.api.state.comments;
    expect(comment.body).toContain('may not write under `.github/workflows/`');
    expect(comment.body).toContain(
      '```diff\n--- a/.github/workflows/k8s/job.json\n+++ b/.github/workflows/k8s/job.json\n',
    );
  });

  test('the check run of the fix commit sees the related objects the main run saw', async () => {
    const shop = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: shop',
      'spec:',
      '  selector:',
      '    matchLabels:',
      '      app: shop',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: shop',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: registry.example.com/shop/web:2.4.1',
      '',
    ].join('\n');
    // The budget sits in a file the pull request does not touch.
    const budget = [
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: shop',
      'spec:',
      '  maxUnavailable: 1',
      '  selector:',
      '    matchLabels:',
      '      app: shop',
      '',
    ].join('\n');
    const pr = await pullRequestScenario({
      base: {
        [CONFIG]: onlyChecksConfig(['image-pull-policy', 'pod-disruption-budget']),
        'deploy/shop-pdb.yaml': budget,
      },
      head: { 'deploy/shop.yaml': shop },
    });
    apis.push(pr.api);
    pr.api.state.graphql = commitOnBranchHandler(pr.repo);

    const result = await pr.run({ fix: 'commit' });

    const newHead = pr.repo.head('feature');
    expect(result.outputs['fix-commit']).toBe(newHead);
    const bySha = new Map(pr.api.state.checkRuns.map((r) => [r.head_sha, r]));
    expect(bySha.get(pr.headSha)?.annotations.map((a) => a.title)).toEqual([
      'image-pull-policy (container web)',
    ]);
    expect(bySha.get(newHead)?.output.title).toBe('No findings after the fix commit');
    expect(bySha.get(newHead)?.annotations).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
