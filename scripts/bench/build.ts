/**
 * The clean build, timed step by step: rm -rf dist, then the steps of `npm run build` (astro
 * build, chart downloads, social cards, PDF edition, site address check), each run directly (not
 * through npm) so npm's own start-up is not counted. Output goes to a log file; a failing step
 * fails the benchmark. A build whose every step passed gets the completion mark `npm run build`
 * writes, so `npm run serve` serves it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { BUILD_COMPLETE, BUILD_COMPLETE_TEXT } from '../lib/build-state.ts';

export const BUILD_STEPS = [
  { name: 'astro build', command: 'astro', args: ['build'] },
  { name: 'downloads', command: 'node', args: ['scripts/downloads/build-downloads.ts'] },
  { name: 'cards', command: 'node', args: ['scripts/cards/build-cards.ts'] },
  { name: 'pdf', command: 'node', args: ['scripts/pdf/build-pdfs.ts'] },
  { name: 'site address check', command: 'node', args: ['scripts/site-url.ts', 'dist'] },
] as const;

export interface BuildResult { measured: boolean; steps: { name: string; ms: number }[]; totalMs: number | null }

export const notMeasured = (): BuildResult => ({ measured: false, steps: [], totalMs: null });

export async function cleanBuild(root: string, logFile: string, progress: (line: string) => void): Promise<BuildResult> {
  await rm(resolve(root, 'dist'), { recursive: true, force: true });
  const log = createWriteStream(logFile);
  // node_modules/.bin first: its `node` is the project's Node 24, as in npm scripts.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${resolve(root, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const steps: { name: string; ms: number }[] = [];
  try {
    for (const step of BUILD_STEPS) {
      progress(`build: ${step.name}…`);
      log.write(`\n== ${step.name}: ${step.command} ${step.args.join(' ')}\n`);
      const t0 = performance.now();
      const code = await new Promise<number | null>((ok, fail) => {
        const child = spawn(step.command, [...step.args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.on('error', fail);
        child.on('close', ok);
      });
      const ms = performance.now() - t0;
      if (code !== 0) {
        await new Promise((ok) => log.end(ok));
        const tail = (await readFile(logFile, 'utf8')).trim().split('\n').slice(-25).join('\n');
        throw new Error(`build step "${step.name}" exited with ${code} (log: ${logFile}):\n${tail}`);
      }
      steps.push({ name: step.name, ms });
      progress(`build: ${step.name} ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    if (!log.writableEnded) await new Promise((ok) => log.end(ok));
  }
  await writeFile(join(root, 'dist', BUILD_COMPLETE), BUILD_COMPLETE_TEXT);
  return { measured: true, steps, totalMs: steps.reduce((s, x) => s + x.ms, 0) };
}
