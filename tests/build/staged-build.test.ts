/**
 * A build that fails or is killed leaves the last good site: `npm run build` works in a staging
 * folder and replaces dist/ only when pages, downloads and PDFs all succeeded. `npm run serve`
 * refuses a folder that is not a complete build; `npm run downloads` without a build says so.
 * Runs against the dist/ that `npm test` built.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { BUILD_COMPLETE, STAGING, incompleteBuild } from '../../scripts/lib/build-state.ts';
import { edit, realContentCopy } from '../helpers/fixture.ts';

/** Path, size, modification time and hash of every file in dist/. */
function fingerprint(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .map((f) => `${relative(dir, f)} ${statSync(f).size} ${statSync(f).mtimeMs} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`)
    .sort();
}

let before: string[];
const temps: string[] = [];
beforeAll(() => {
  expect(existsSync(join('dist', BUILD_COMPLETE)), 'these tests need the complete build npm test makes first').toBe(true);
  before = fingerprint();
});
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  rmSync(STAGING, { recursive: true, force: true });
});

const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 600_000 });

test('a build that fails in astro build (broken content) leaves dist/ exactly as it was', async () => {
  const root = await realContentCopy();
  temps.push(root);
  await edit(root, 'pages/what-happened.mdx', '<Chart id="casualty-claims" />', '<Chart id="casualty-claim" />');
  const run = build({ CONTENT_ROOT: root });
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toMatch(/what-happened\.mdx:\d+: pages field "charts\/casualty-claim"/);
  expect(run.stdout + run.stderr).toMatch(/Build stopped: astro build failed .* dist\/ was not changed: it still holds the last complete build/);
  expect(fingerprint()).toEqual(before);
}, 600_000);

test('a build that fails after the pages (Chromium missing for the downloads) leaves dist/ exactly as it was', () => {
  const run = build({ CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toMatch(/Chromium not found at \/nonexistent\/chromium/);
  expect(run.stdout + run.stderr).toMatch(/Build stopped: chart downloads failed/);
  expect(fingerprint()).toEqual(before);
}, 600_000);

test('a build killed while Astro writes its output leaves dist/ exactly as it was, and serve still serves it', async () => {
  // The old build, killed here, left dist/ with only _astro/ and .prerender/: no index.html, no _headers.
  const child = spawn(process.execPath, ['scripts/build.ts'], { detached: true, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const writing = join(STAGING, 'dist', '_astro');
  for (let waited = 0; !existsSync(writing) && waited < 120_000; waited += 200) await new Promise((ok) => setTimeout(ok, 200));
  expect(existsSync(writing), 'the build never started writing').toBe(true);
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((ok) => child.once('exit', ok));
  expect(fingerprint()).toEqual(before);
  expect(incompleteBuild('dist')).toBeUndefined();
}, 180_000);

function serveIn(cwd: string) {
  return spawnSync(process.execPath, [resolve('scripts/serve.ts')], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, PORT: '4315' } });
}

test('npm run serve refuses a dist/ that is not a complete build, and a missing one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  temps.push(dir);
  let run = serveIn(dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/dist\/ does not exist: run "npm run build" first/);
  mkdirSync(join(dir, 'dist', '.prerender'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<p>half</p>');
  run = serveIn(dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/dist\/ is not a complete build \(no dist\/\.build-complete\)/);
});

test('npm run downloads without a built site says what to do, not ENOENT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
  temps.push(dir);
  const run = spawnSync(process.execPath, [resolve('scripts/downloads/build-downloads.ts')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/dist\/charts\.json is missing: build the site first with "npm run build"/);
  expect(run.stderr).not.toMatch(/ENOENT/);
});
