/**
 * `npm run bench -- --scale`: the build's growth. For each factor (1, 4, 16) a copy of the project
 * in a temporary folder (sources copied, node_modules linked, dist/ of the checkout untouched) gets
 * the content multiplied (scale.ts), then the content check, astro build, downloads and PDFs run one
 * after another, each timed, with the peak memory of its whole process tree (RSS summed over the
 * step's processes, Chromium's included, sampled every 100 ms from /proc).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { writeScaledContent } from './scale.ts';

export const SCALE_STEPS = [
  { name: 'content check', command: 'node', args: ['scripts/check-content.ts'] },
  { name: 'astro build', command: 'astro', args: ['build'] },
  { name: 'downloads', command: 'node', args: ['scripts/downloads/build-downloads.ts'] },
  { name: 'pdf', command: 'node', args: ['scripts/pdf/build-pdfs.ts'] },
] as const;

/**
 * ms: wall time; cpuMs: CPU time (user + system) of the step's processes, sampled every 100 ms,
 * which other work on a busy machine disturbs far less than wall time (the growth verdict uses it).
 * `timedOut`: stopped after the time limit (ms is then the limit, a lower bound); `skipped`: not run
 * because an earlier step timed out.
 */
export interface ScaleStep { name: string; ms: number; cpuMs: number; peakRssMiB: number; timedOut?: boolean; skipped?: boolean; limitMs?: number; /** 1-minute load average at the step's start and end (other work on the machine) */ load?: [number, number] }
/** chartRenders: figures in the built HTML (surfaces); chartComputes: models computed by the astro build (CHART_COMPUTE_LOG). */
export interface ScaleRun { factor: number; records: number; pages: number | null; chartRenders: Record<string, number>; chartComputes?: Record<string, number>; steps: ScaleStep[] }

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.vitest', 'bench-results', 'screenshots', 'test-results']);

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(root: number): number {
  return sampleTree(root).rss;
}

/** One look at a process tree: summed resident memory (bytes) and each process's CPU time so far (ms, user + system). */
export function sampleTree(root: number): { rss: number; cpuMs: Map<number, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096); // field 24 of stat: rss in pages
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // fields 14, 15: utime, stime in ticks of 10 ms
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch { /* the process ended while we looked */ }
  }
  let sum = 0;
  const cpuMs = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += rss.get(pid) ?? 0;
    if (cpu.has(pid)) cpuMs.set(pid, cpu.get(pid)!);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: sum, cpuMs };
}

async function timed(cwd: string, env: NodeJS.ProcessEnv, step: (typeof SCALE_STEPS)[number], log: string[], limitMs: number): Promise<ScaleStep> {
  const t0 = performance.now();
  const load0 = loadavg()[0];
  let peak = 0;
  const cpu = new Map<number, number>();
  let timedOut = false;
  const code = await new Promise<number | null>((ok, fail) => {
    // Its own process group, so a step over the time limit is stopped with everything it started.
    const child = spawn(step.command, [...step.args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const sample = setInterval(() => {
      if (!child.pid) return;
      const t = sampleTree(child.pid);
      peak = Math.max(peak, t.rss);
      for (const [pid, ms] of t.cpuMs) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, ms));
    }, 100);
    const limit = setTimeout(() => { timedOut = true; if (child.pid) process.kill(-child.pid, 'SIGKILL'); }, limitMs);
    const done = () => { clearInterval(sample); clearTimeout(limit); };
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('error', (e) => { done(); fail(e); });
    child.on('close', (c) => { done(); ok(c); });
  });
  const ms = performance.now() - t0;
  const cpuMs = [...cpu.values()].reduce((a, b) => a + b, 0);
  const load: [number, number] = [Number(load0.toFixed(2)), Number(loadavg()[0].toFixed(2))];
  if (timedOut) return { name: step.name, ms: limitMs, cpuMs, peakRssMiB: peak / 2 ** 20, timedOut: true, limitMs, load };
  if (code !== 0) throw new Error(`scale: "${step.name}" exited with ${code}:\n${log.join('').trim().split('\n').slice(-20).join('\n')}`);
  return { name: step.name, ms, cpuMs, peakRssMiB: peak / 2 ** 20, limitMs, load };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).map((d) => join(d.parentPath, d.name));
}

/** How many times each line occurs (the compute log: one chart id per compute). */
export function countLines(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n').filter(Boolean)) out[line] = (out[line] ?? 0) + 1;
  return out;
}

/** Charts rendered per build: every `<figure data-chart>` in the built HTML (each a surface drawing the chart). */
export function chartRenders(htmls: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const html of htmls) for (const m of html.matchAll(/<figure\b[^>]*?\bdata-chart="([^"]+)"/g)) out[m[1]] = (out[m[1]] ?? 0) + 1;
  return out;
}

/** A step's time limit at a factor: the ×1 limit times the factor, what a step growing linearly needs. */
export const scaleLimitMs = (limitAtOneMs: number, factor: number) => limitAtOneMs * factor;

export async function runScale(root: string, factors: readonly number[], progress: (l: string) => void, limitAtOneMs = 300_000): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (const factor of factors) {
    const limitMs = scaleLimitMs(limitAtOneMs, factor);
    const dir = mkdtempSync(join(tmpdir(), `bench-scale-x${factor}-`));
    try {
      cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(relative(root, src).split('/')[0]) });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      rmSync(join(dir, 'content'), { recursive: true, force: true });
      const { records } = writeScaledContent(join(root, 'content'), join(dir, 'content'), factor);
      const computeLog = join(dir, '.chart-computes');
      const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHART_COMPUTE_LOG: computeLog, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` };
      delete env.CONTENT_ROOT;
      const steps: ScaleStep[] = [];
      for (const step of SCALE_STEPS) {
        if (steps.some((s) => s.timedOut)) { steps.push({ name: step.name, ms: NaN, cpuMs: NaN, peakRssMiB: NaN, skipped: true }); continue; }
        progress(`scale ×${factor} (${records} records): ${step.name}…`);
        const s = await timed(dir, env, step, [], limitMs);
        steps.push(s);
        progress(`scale ×${factor}: ${step.name} ${s.timedOut ? `stopped after ${limitMs / 1000} s` : `${(s.ms / 1000).toFixed(1)} s`} (CPU ${(s.cpuMs / 1000).toFixed(1)} s), peak ${Math.round(s.peakRssMiB)} MiB, load ${s.load?.join(' → ')}`);
      }
      const htmls = existsSync(join(dir, 'dist')) ? htmlFiles(join(dir, 'dist')) : [];
      const chartComputes = existsSync(computeLog) ? countLines(readFileSync(computeLog, 'utf8')) : {};
      runs.push({ factor, records, pages: steps.some((s) => s.timedOut) ? null : htmls.length, chartRenders: chartRenders(htmls.map((f) => readFileSync(f, 'utf8'))), chartComputes, steps });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return runs;
}
