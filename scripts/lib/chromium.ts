/** Launches Debian's Chromium through playwright-core with flags that work on these machines. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ENSURE_SCRIPT = resolve(import.meta.dirname, '../ensure-chromium.sh');

/**
 * Makes sure Chromium is there the same way `npm test` does (scripts/ensure-chromium.sh installs
 * Debian's package when root), so a script run on its own, not through npm, does not fail late.
 */
export function ensureChromium(path = CHROMIUM_PATH): void {
  if (existsSync(path)) return;
  spawnSync('bash', [ENSURE_SCRIPT], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: path } });
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: run "bash scripts/ensure-chromium.sh" as root (installs Debian's chromium), or set CHROMIUM_PATH.`);
  }
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ], // playwright gives every launch a fresh, empty user-data-dir of its own

  });
}
