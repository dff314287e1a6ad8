/**
 * `npm run build`: builds the whole site (pages, chart downloads, social cards, PDF edition) into a staging
 * folder and puts it in place of `dist/` only when every step has succeeded. A build that fails
 * or is killed part-way leaves the last good `dist/` as it was. The finished build carries
 * `dist/.build-complete`, which `npm run serve` requires.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILD_COMPLETE, BUILD_COMPLETE_TEXT, COMPUTE_LOG, STAGING } from './lib/build-state.ts';

const stage = resolve(STAGING, 'dist');
// Steps that run in the staging folder still read this project's content (an absolute path).
const contentRoot = resolve(process.env.CONTENT_ROOT ?? 'content');
const old = resolve(STAGING, 'previous');

/** Runs one step; stops the build (leaving dist/ untouched) if it fails. */
function step(name: string, command: string, args: string[], cwd = '.'): void {
  const run = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  if (run.status === 0) return;
  const why = run.signal ? `was stopped by ${run.signal}` : `failed (exit ${run.status ?? 'unknown'})`;
  console.error(`\nBuild stopped: ${name} ${why}. dist/ was not changed${existsSync(join('dist', BUILD_COMPLETE)) ? ': it still holds the last complete build' : ''}.`);
  if (ownLog) rmSync(`${resolve(COMPUTE_LOG)}.${process.pid}`, { force: true });
  process.exit(run.status || 1);
}

// A build stopped between the two renames below left the last build aside: put it back first.
if (!existsSync('dist') && existsSync(old)) renameSync(old, 'dist');
rmSync(STAGING, { recursive: true, force: true });
mkdirSync(STAGING, { recursive: true });

// Every chart model computed by any step is logged here (src/lib/charts/define.ts): a build
// computes each once (tests/build/compute-once.test.ts). `npm run bench -- --scale` sets its own.
// This run logs to a file of its own, which becomes COMPUTE_LOG only when the build completes:
// a failed or killed build (tests/build/staged-build.test.ts makes both) never stands for dist/.
const ownLog = !process.env.CHART_COMPUTE_LOG;
process.env.CHART_COMPUTE_LOG ??= resolve(`${COMPUTE_LOG}.${process.pid}`);
mkdirSync(dirname(process.env.CHART_COMPUTE_LOG), { recursive: true });
writeFileSync(process.env.CHART_COMPUTE_LOG, '');
step('astro build', 'npx', ['astro', 'build', '--outDir', stage]);
// The download and PDF scripts work on ./dist: run them from the staging folder, where ./dist is the new build.
step('chart downloads', process.execPath, [resolve('scripts/downloads/build-downloads.ts')], STAGING);
step('social cards', process.execPath, [resolve('scripts/cards/build-cards.ts')], STAGING);
step('PDF edition', process.execPath, [resolve('scripts/pdf/build-pdfs.ts')], STAGING);
// Before the swap: a public build (SITE_URL set) that still carries a local address never replaces the last good site.
step('site address check', process.execPath, [resolve('scripts/site-url.ts'), stage]);
// PDF render times are kept out of dist/ (they vary): keep them where `npm run bench` reads them.
const timings = join(STAGING, '.astro', 'pdf-timings.json');
if (existsSync(timings)) {
  mkdirSync('.astro', { recursive: true });
  copyFileSync(timings, join('.astro', 'pdf-timings.json'));
}

writeFileSync(join(stage, BUILD_COMPLETE), BUILD_COMPLETE_TEXT);
if (existsSync('dist')) renameSync('dist', old);
renameSync(stage, 'dist');
rmSync(STAGING, { recursive: true, force: true });
if (ownLog) renameSync(process.env.CHART_COMPUTE_LOG, resolve(COMPUTE_LOG));
console.log('\nBuild complete: dist/ replaced.');
