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

export const REAL_CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** A copy of the project's real `content/`, to break the way an editor would. */
export async function realContentCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'real-content-'));
  await cp(REAL_CONTENT, dir, { recursive: true });
  return dir;
}

/** The entry block `- id: <id>` of a YAML file's lines: its first line index and the index after it. */
function entryBlock(lines: string[], id: string, file: string): [number, number] {
  const start = lines.findIndex((l) => l === `- id: ${id}`);
  if (start < 0) throw new Error(`no entry ${id} in ${file}`);
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  return [start, end < 0 ? lines.length : end];
}

/** The 1-based line of `field` in the entry `- id: <id>` of one YAML file. */
export async function lineOfField(root: string, file: string, id: string, field: string): Promise<number> {
  const lines = (await readFile(join(root, file), 'utf8')).split('\n');
  const [start, end] = entryBlock(lines, id, file);
  const at = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`  ${field}:`));
  if (at < 0) throw new Error(`no field ${field} in entry ${id} of ${file}`);
  return at + 1;
}

/**
 * Sets `field: value` in the entry `- id: <id>` of one YAML file (replacing the field's line, or
 * adding it after the id). Returns the 1-based line the field is on afterwards.
 */
export async function setField(root: string, file: string, id: string, field: string, value: string): Promise<number> {
  const path = join(root, file);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const [start, end] = entryBlock(lines, id, file);
  const at = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`  ${field}:`));
  const index = at >= 0 ? at : start + 1;
  lines.splice(index, at >= 0 ? 1 : 0, `  ${field}: ${value}`);
  await writeFile(path, lines.join('\n'));
  return index + 1;
}
