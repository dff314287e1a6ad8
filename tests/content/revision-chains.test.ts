/**
 * `supersedes` chains decide which figure a chart shows as current. Each mistake below passed the
 * check and the build before, and moved or hid a published number; run on a copy of the real
 * content, each must be refused by the check and by `astro build` with file, line, entry, field.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { rm } from 'node:fs/promises';
import { lineOfField, realContentCopy, setField } from '../helpers/fixture.ts';
import { astroBuild, contentCheck, problemLines, where } from '../helpers/refused.ts';

const copies: string[] = [];
afterAll(async () => { await Promise.all(copies.map((d) => rm(d, { recursive: true, force: true }))); });

const OPEN_WAR = 'claims/2026-02-26-open-war.yaml';

type Case = [string, (root: string) => Promise<{ line: number; id: string; field: string }>, RegExp];

const cases: Case[] = [
  ['a cycle: the first figure of a chain supersedes the last', async (r) => {
    const id = 'pk-military-2026-02-27-afghan-killed-133-report-000';
    const line = await setField(r, OPEN_WAR, id, 'supersedes', 'pk-tarar-2026-03-08-afghan-killed-583');
    return { line, id, field: 'supersedes' };
  }, /supersedes chain loops back on itself \(.*pk-tarar-2026-03-08-afghan-killed-583.*\): one claim must be the latest/],
  ["a claim updating another claimant's figure (Kabul's 55 after Pakistan's 12)", async (r) => {
    const id = 'af-mujahid-2026-02-27-pakistani-soldiers-killed-55';
    const line = await setField(r, OPEN_WAR, id, 'supersedes', 'pk-ispr-2026-02-27-pakistani-soldiers-killed-12');
    return { line, id, field: 'supersedes' };
  }, /supersedes "pk-ispr-2026-02-27-pakistani-soldiers-killed-12", a claim by "pakistan-military", but this claim is by "afghan-taliban-government"/],
  ["a claim updating a figure about the other side's losses", async (r) => {
    const id = 'pk-tarar-2026-03-08-afghan-killed-583';
    const line = await setField(r, OPEN_WAR, id, 'supersedes', 'pk-ispr-2026-02-27-pakistani-soldiers-killed-12');
    return { line, id, field: 'supersedes' };
  }, /which is about pakistan's losses, but this claim is about afghanistan's/],
  ['a wounded figure updating a killed figure', async (r) => {
    const id = 'pk-tarar-2026-03-08-afghan-wounded-795';
    const line = await setField(r, OPEN_WAR, id, 'supersedes', 'pk-tarar-2026-02-28-afghan-killed-415');
    return { line, id, field: 'supersedes' };
  }, /supersedes "pk-tarar-2026-02-28-afghan-killed-415", which counts "killed", but this claim counts "wounded"/],
  ['a civilian count in a chain of combatant counts', async (r) => {
    const id = 'pk-tarar-2026-03-08-afghan-killed-583';
    await setField(r, OPEN_WAR, id, 'group', 'civilians');
    return { line: await lineOfField(r, OPEN_WAR, id, 'supersedes'), id, field: 'supersedes' };
  }, /which counts group "forces-and-militants", but this claim counts "civilians"/],
  ['an update asserted before the figure it updates', async (r) => {
    const id = 'pk-tarar-2026-02-28-afghan-killed-415';
    const line = await setField(r, OPEN_WAR, id, 'asserted', "'2026-02-27'");
    await setField(r, OPEN_WAR, id, 'period', "{start: '2026-02-26', end: '2026-02-27'}");
    return { line, id, field: 'asserted' };
  }, /asserted 2026-02-27, before the claim it supersedes \("pk-tarar-2026-02-28-afghan-killed-352", asserted 2026-02-28\)/],
  ['two claims updating the same figure (a fork)', async (r) => {
    const id = 'pk-tarar-2026-02-28-afghan-killed-352';
    const line = await setField(r, OPEN_WAR, id, 'supersedes', 'pk-tarar-2026-02-27-afghan-killed-133');
    await setField(r, OPEN_WAR, 'pk-tarar-2026-02-27-afghan-killed-297', 'supersedes', 'pk-tarar-2026-02-27-afghan-killed-133');
    return { line, id, field: 'supersedes' };
  }, /"pk-tarar-2026-02-27-afghan-killed-133" is superseded by 3 claims .*: a chain cannot fork/],
];

describe('revision chains are validated', () => {
  test('the real content has no chain problems', async () => {
    expect((await problemLines('content')).filter((p) => /supersede/.test(p))).toEqual([]);
  });

  test.each(cases)('%s is refused by the check and the build', async (_name, breakIt, message) => {
    const root = await realContentCopy();
    copies.push(root);
    const { line, id, field } = await breakIt(root);
    const expected = new RegExp(where(OPEN_WAR, line, 'claims', id, field) + '.*' + message.source);

    const problems = await problemLines(root);
    expect(problems.join('\n')).toMatch(expected);

    const check = contentCheck(root);
    expect(check.status).not.toBe(0);
    expect(check.out).toMatch(expected);

    const build = await astroBuild(root);
    expect(build.status).not.toBe(0);
    expect(build.out).toMatch(expected);
  }, 300_000);
});
