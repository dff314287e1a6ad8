/**
 * A copy of the project (its git files, node_modules linked) to build in: a build there has its
 * own .astro/ and dist/, so it can neither break nor be broken by this checkout's. Astro keys
 * cached MDX modules by content digest, so building a copy of content/ from another folder in
 * this checkout would leave .astro/ pointing at that folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export function projectCopy(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'project-')), 'main');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try { cpSync(file, join(copy, file)); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; }
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  return copy;
}
