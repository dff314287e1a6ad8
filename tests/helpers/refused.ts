/**
 * Runs the two gates an editor's mistake meets, the content check and `astro build`, on a
 * content folder, so a test can assert both refuse it with the same message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, formatProblem } from '../../src/lib/content/load.ts';

export interface Run { status: number | null; out: string }

export function contentCheck(root: string): Run {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** `astro build` into a throw-away folder (never `dist/`), with `CONTENT_ROOT` at `root`. */
export async function astroBuild(root: string): Promise<Run> {
  const out = await mkdtemp(join(tmpdir(), 'build-'));
  try {
    const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function problemLines(root: string): Promise<string[]> {
  return (await loadContent(root)).problems.map(formatProblem);
}

/** `file:line: collection entry "id" field "field": ` as formatProblem writes it, as a pattern. */
export function where(file: string, line: number | undefined, collection: string, id?: string, field?: string): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${esc(file)}${line === undefined ? '' : `:${line}`}: ${collection}${id ? ` entry "${esc(id)}"` : ''}${field ? ` field "${esc(field)}"` : ''}: `;
}
