/** The real build tool refuses broken content, naming the file, the entry and the field. */
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { edit, fixtureCopy } from '../helpers/fixture.ts';

const copies: string[] = [];
afterAll(async () => { await Promise.all(copies.map((d) => rm(d, { recursive: true, force: true }))); });

function astroSync(contentRoot: string) {
  return spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test('astro sync accepts the valid fixture', () => {
  const run = astroSync('tests/fixtures/content');
  expect(run.status, run.stderr + run.stdout).toBe(0);
});

test('astro sync fails on a dangling reference and a quote without its value, listing both', async () => {
  const root = await fixtureCopy();
  copies.push(root);
  await edit(root, 'forces/forces.yaml', 'estimatedBy: iiss', 'estimatedBy: iiss-london');
  await edit(root, 'claims/claims.yaml', 'value: 274', 'value: 247');
  const run = astroSync(root);
  const out = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(out).toMatch(/forces\/forces\.yaml:8: forces entry "iiss-pk-personnel" field "estimatedBy": refers to actors "iiss-london", which does not exist/);
  expect(out).toMatch(/claims\/claims\.yaml:\d+: claims entry "pk-killed-274" field "quote": quote does not state the value 247/);
});

test('astro sync fails when a page cites a record that does not exist, naming the page and line', async () => {
  const root = await fixtureCopy();
  copies.push(root);
  await edit(root, 'pages/sample.mdx', '<Fact id="forces/iiss-pk-personnel" />', '<Fact id="forces/iiss-pk-troops" />');
  const run = astroSync(root);
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toMatch(/pages\/sample\.mdx:15: pages field "forces\/iiss-pk-troops": cites forces entry "iiss-pk-troops", which does not exist/);
});
