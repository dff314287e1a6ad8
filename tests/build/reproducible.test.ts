/**
 * Reproducible builds: a second, clean build of the same sources, in another directory, gives a
 * dist/ byte-identical to the one under test — every page, data file, chart download and PDF.
 * The copy holds the working tree's files (tracked and untracked, not ignored) and shares
 * node_modules, so it is the same commit built again from nothing: no dist/, no .astro cache.
 * It runs in another time zone and locale, so nothing may depend on the build machine's clock or
 * settings. PDF render times, which vary, are kept out of dist/ (.astro/pdf-timings.json).
 */
import { afterAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** Known differences between two clean builds, each with its reason. None so far. */
const EXCEPTIONS: Record<string, string> = {};

const tmp = mkdtempSync(join(tmpdir(), 'repro-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fingerprints(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')] as const));
}

test('a second clean build in another directory gives a byte-identical dist/', () => {
  const copy = join(tmp, 'main');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try { cpSync(file, join(copy, file)); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; }
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  // The sibling ../shared checkout, if the schemas read it, stays reachable from the copy.
  try { symlinkSync(resolve('../shared'), join(tmp, 'shared')); } catch { /* no shared checkout beside us */ }
  // Another time zone and locale too: dates must come from content, never from the build machine.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: copy, stdio: 'pipe', env });

  const first = fingerprints('dist');
  const second = fingerprints(join(copy, 'dist'));
  expect(first.size).toBeGreaterThan(50);
  const differ = [...new Set([...first.keys(), ...second.keys()])].sort()
    .filter((f) => first.get(f) !== second.get(f) && !(f in EXCEPTIONS))
    .map((f) => (!first.has(f) ? `${f}: only in the second build` : !second.has(f) ? `${f}: only in the first build` : `${f}: bytes differ`));
  expect(differ).toEqual([]);
}, 600_000);
