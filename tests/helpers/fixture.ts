/** Copies of the small valid fixture content that a test can break in one place. */
import { cp, mkdtemp, readFile, writeFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content');

export async function fixtureCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one file of a fixture copy; fails loudly if `from` is absent. */
export async function edit(root: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
  await writeFile(path, next);
}

export async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(join(root, file, '..'), { recursive: true });
  await writeFile(join(root, file), text);
}

export const remove = (root: string, path: string) => rm(join(root, path), { recursive: true, force: true });
