/**
 * A fresh machine (Debian, root, Node 20, no Chromium): every command that needs Chromium makes
 * sure it is installed the same way `npm test` does, and the lockfile lets `npm ci` install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/lib/chromium.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const ENSURE = 'bash scripts/ensure-chromium.sh';

/** A PATH with a fake apt-get that "installs" Chromium at $CHROMIUM_PATH and logs its arguments. */
function fakeApt(): { dir: string; chromium: string; log: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-'));
  const chromium = join(dir, 'missing', 'chromium');
  const log = join(dir, 'apt.log');
  writeFileSync(join(dir, 'apt-get'), `#!/bin/sh
echo "$@" >> "${log}"
if [ "$1" = install ]; then mkdir -p "$(dirname "$CHROMIUM_PATH")"; printf '#!/bin/sh\\necho Chromium 156\\n' > "$CHROMIUM_PATH"; chmod +x "$CHROMIUM_PATH"; fi
`);
  chmodSync(join(dir, 'apt-get'), 0o755);
  return { dir, chromium, log, env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, CHROMIUM_PATH: chromium } };
}

describe('every command that needs Chromium ensures it first', () => {
  // Commands that launch Chromium (scripts/lib/chromium.ts or chrome-launcher), directly or through the build.
  for (const name of ['build', 'downloads', 'pdf', 'screenshot', 'bench']) {
    it(`npm run ${name} runs scripts/ensure-chromium.sh before it starts`, () => {
      expect(pkg.scripts[`pre${name}`] ?? pkg.scripts[name]).toContain(ENSURE);
    });
  }
  it('npm start builds through npm run build (so its pre-step runs)', () => {
    expect(pkg.scripts.start).toMatch(/^npm run build\b/);
  });
  it('npm test ensures Chromium', () => {
    expect(readFileSync('scripts/test.sh', 'utf8')).toContain(ENSURE);
  });
});

describe('scripts/ensure-chromium.sh', () => {
  it('installs Debian\'s chromium (and poppler-utils, and fonts-liberation for the fallback faces) with apt-get when it is missing and we are root', () => {
    const f = fakeApt();
    const out = execFileSync('bash', ['scripts/ensure-chromium.sh'], { env: f.env, encoding: 'utf8' });
    expect(existsSync(f.chromium)).toBe(true);
    expect(readFileSync(f.log, 'utf8')).toMatch(/install -y -qq chromium poppler-utils fonts-liberation/);
    expect(out).toContain('Chromium installed: Chromium 156');
  });
  it('does nothing when Chromium is there', () => {
    const f = fakeApt();
    execFileSync('bash', ['scripts/ensure-chromium.sh'], { env: f.env });
    execFileSync('bash', ['scripts/ensure-chromium.sh'], { env: f.env });
    expect(readFileSync(f.log, 'utf8').match(/^install/gm)).toHaveLength(1);
  });
  it('says what to do where it cannot install (not root)', () => {
    const f = fakeApt();
    writeFileSync(join(f.dir, 'id'), '#!/bin/sh\necho 1000\n');
    chmodSync(join(f.dir, 'id'), 0o755);
    const r = spawnSync('bash', ['scripts/ensure-chromium.sh'], { env: f.env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/apt-get install chromium/);
    expect(r.stderr).toContain('CHROMIUM_PATH');
    expect(existsSync(f.log)).toBe(false);
  });
});

describe('scripts/lib/chromium.ts', () => {
  it('ensureChromium() runs the same install step when a script is started without npm', () => {
    const f = fakeApt();
    const saved = process.env.PATH;
    process.env.PATH = f.env.PATH;
    try { ensureChromium(f.chromium); } finally { process.env.PATH = saved; }
    expect(existsSync(f.chromium)).toBe(true);
  });
  it('ensureChromium() fails in one line naming the fix when it cannot install', () => {
    const f = fakeApt();
    writeFileSync(join(f.dir, 'apt-get'), '#!/bin/sh\nexit 100\n');
    const saved = process.env.PATH;
    process.env.PATH = f.env.PATH;
    try {
      expect(() => ensureChromium(f.chromium)).toThrow(/^Chromium not found at .*: run "bash scripts\/ensure-chromium.sh" as root .* or set CHROMIUM_PATH\.$/);
    } finally { process.env.PATH = saved; }
  });
});

describe('package-lock.json lets `npm ci` install on any platform', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
  /** Node's resolution: the nearest node_modules/<name> at or above the dependent package's folder. */
  const resolves = (from: string, name: string) => {
    let base = from;
    for (;;) {
      if (lock.packages[`${base ? base + '/' : ''}node_modules/${name}`]) return true;
      if (!base) return false;
      const i = base.lastIndexOf('/node_modules/');
      base = i < 0 ? '' : base.slice(0, i);
    }
  };
  it('records every optional (platform-specific) dependency of every locked package', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, p]) =>
      Object.keys(p.optionalDependencies ?? {}).filter((dep) => !resolves(path, dep)).map((dep) => `${dep} (optional dependency of ${path || 'the project'})`));
    expect(missing).toEqual([]);
  });
});
