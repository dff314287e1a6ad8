/** The benchmark's clean build is a build `npm run serve` accepts: every step of `npm run build`, then the completion mark. */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { BUILD_STEPS, cleanBuild } from '../../scripts/bench/build.ts';
import { incompleteBuild } from '../../scripts/lib/build-state.ts';

let root = '';
afterEach(() => rm(root, { recursive: true, force: true }));

/** A project whose build steps are stand-ins: each appends its name to dist/steps.txt, one may fail. */
async function fakeProject(failing?: string): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'bench-build-'));
  await mkdir(join(root, 'node_modules/.bin'), { recursive: true });
  for (const step of BUILD_STEPS) {
    const code = step.name === failing ? 'process.exit(1);' : '';
    const script = `import { appendFileSync, mkdirSync } from 'node:fs'; mkdirSync('dist', { recursive: true }); appendFileSync('dist/steps.txt', ${JSON.stringify(step.name)} + '\\n'); ${code}`;
    if (step.command === 'node') {
      await mkdir(join(root, step.args[0], '..'), { recursive: true });
      await writeFile(join(root, step.args[0]), script);
    } else {
      await writeFile(join(root, 'node_modules/.bin', step.command), `#!/usr/bin/env node\n${script}\n`);
      await chmod(join(root, 'node_modules/.bin', step.command), 0o755);
    }
  }
  return root;
}

test('runs the steps of npm run build (cards and the site address check too) and marks dist/ complete', async () => {
  const dir = await fakeProject();
  const result = await cleanBuild(dir, join(dir, 'build.log'), () => {});
  expect(result.steps.map((s) => s.name)).toEqual(['astro build', 'downloads', 'cards', 'pdf', 'site address check']);
  expect((await readFile(join(dir, 'dist/steps.txt'), 'utf8')).trim().split('\n')).toEqual(result.steps.map((s) => s.name));
  expect(incompleteBuild(join(dir, 'dist'))).toBeUndefined();
});

test('a failed step leaves dist/ without the mark', async () => {
  const dir = await fakeProject('pdf');
  await expect(cleanBuild(dir, join(dir, 'build.log'), () => {})).rejects.toThrow(/build step "pdf" exited with 1/);
  expect(incompleteBuild(join(dir, 'dist'))).toMatch(/not a complete build/);
});
