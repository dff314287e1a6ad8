/**
 * Mistakes an editor makes every week, each made on a copy of the real content. Each passed the
 * check or crashed it with a stack trace before; now the check and `astro build` both refuse it
 * with the file, the line and (where there is one) the entry and field.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { edit, lineOfField, realContentCopy, setField, write } from '../helpers/fixture.ts';
import { astroBuild, contentCheck, problemLines, where } from '../helpers/refused.ts';
import { HOME_COMPONENTS, PAGE_COMPONENTS } from '../../src/lib/content/pages.ts';

const copies: string[] = [];
afterAll(async () => { await Promise.all(copies.map((d) => rm(d, { recursive: true, force: true }))); });

const WHAT = 'pages/what-happened.mdx';
const OPEN_WAR = 'claims/2026-02-26-open-war.yaml';

/** The 1-based line of the first occurrence of `text` in a file of the copy. */
async function lineWith(root: string, file: string, text: string): Promise<number> {
  const i = (await readFile(join(root, file), 'utf8')).split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

/** `line` may list the lines allowed: YAML reports an unclosed bracket on the line where it notices it. */
interface Expect { file: string; line?: number | number[]; collection: string; id?: string; field?: string; message: RegExp }
type Case = [string, (root: string) => Promise<Expect>];

const MOSQUE = '<Claim id="pk-tarar-2026-02-06-islamabad-mosque-killed" />';

const cases: Case[] = [
  ['a lower-case <claim> element', async (r) => {
    const line = await lineWith(r, WHAT, MOSQUE);
    await edit(r, WHAT, MOSQUE, '<claim id="pk-tarar-2026-02-06-islamabad-mosque-killed" />');
    return { file: WHAT, line, collection: 'pages', field: '<claim>', message: /unknown element <claim>: it would render as nothing \(did you mean <Claim>\?\); this page can use <Claim>, <Fact>, <Chart>, <Timeline>, <Status> \(names are case-sensitive\)/ };
  }],
  ['a misspelt <Claimm> element', async (r) => {
    const line = await lineWith(r, WHAT, MOSQUE);
    await edit(r, WHAT, MOSQUE, '<Claimm id="pk-tarar-2026-02-06-islamabad-mosque-killed" />');
    return { file: WHAT, line, collection: 'pages', field: '<Claimm>', message: /unknown element <Claimm>: it would render as nothing \(did you mean <Claim>\?\)/ };
  }],
  ['a <Chart id> that names no chart', async (r) => {
    const line = await lineWith(r, WHAT, '<Chart id="casualty-claims" />');
    await edit(r, WHAT, '<Chart id="casualty-claims" />', '<Chart id="casualty-claim" />');
    return { file: WHAT, line, collection: 'pages', field: 'charts/casualty-claim', message: /<Chart id="casualty-claim">: no such chart; charts are .*casualty-claims/ };
  }],
  ['a <Chart> on the home page, which renders only Claim and Fact', async (r) => {
    await edit(r, 'pages/home.mdx', /\n$/, '\n\n<Chart id="casualty-claims" />\n');
    const line = await lineWith(r, 'pages/home.mdx', '<Chart id=');
    return { file: 'pages/home.mdx', line, collection: 'pages', field: '<Chart>', message: /unknown element <Chart>: .*this page can use <Claim>, <Fact>/ };
  }],
  ['a <Timeline> with a date that does not exist', async (r) => {
    await edit(r, WHAT, '<Timeline from="2026-02-01"', '<Timeline from="2026-02-31"');
    const line = await lineWith(r, WHAT, '<Timeline from="2026-02-31"');
    return { file: WHAT, line, collection: 'pages', field: '<Timeline>', message: /<Timeline> needs from="YYYY-MM-DD", a real date/ };
  }],
  ['an MDX syntax error (an element left open)', async (r) => {
    const line = await lineWith(r, WHAT, MOSQUE);
    await edit(r, WHAT, MOSQUE, '<Claim id="pk-tarar-2026-02-06-islamabad-mosque-killed" people');
    return { file: WHAT, line, collection: 'pages', message: /MDX syntax: / };
  }],
  ['an MDX syntax error (a stray brace)', async (r) => {
    // The first paragraph of prose after the front matter gets an opening brace and no closing one.
    const path = join(r, 'pages/home.mdx');
    const lines = (await readFile(path, 'utf8')).split('\n');
    const at = lines.findIndex((l, i) => i > 0 && /^[A-Z][a-z]/.test(l) && !l.includes('{'));
    lines[at] = `{${lines[at]}`;
    await writeFile(path, lines.join('\n'));
    const line = at + 1;
    return { file: 'pages/home.mdx', line, collection: 'pages', message: /MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace/ };
  }],
  ['a YAML error in a page\'s front matter', async (r) => {
    await edit(r, WHAT, /\nkicker: ([^\n]*)/, '\nkicker: [$1');
    const line = await lineWith(r, WHAT, 'kicker: [');
    return { file: WHAT, line: [line, line + 1], collection: 'pages', message: /front matter YAML syntax: / };
  }],
  ['a front matter field that breaks its rule, at its own line', async (r) => {
    await edit(r, WHAT, /\nkicker: [^\n]*/, `\nkicker: ${'Much too long a kicker '.repeat(3)}`);
    const line = await lineWith(r, WHAT, 'kicker: ');
    return { file: WHAT, line, collection: 'pages', field: 'kicker', message: /Too big/ };
  }],
  ['a byte-order mark at the start of a page', async (r) => {
    await writeFile(join(r, WHAT), '\uFEFF' + (await readFile(join(r, WHAT), 'utf8')));
    return { file: WHAT, line: 1, collection: 'pages', message: /the file starts with a byte-order mark \(BOM\): save it as UTF-8 without BOM/ };
  }],
  ['YAML in a misspelt collection folder', async (r) => {
    await write(r, 'claim/new.yaml', '- id: new-claim\n');
    return { file: 'claim', collection: 'content', message: /folder "claim" is not a collection, so its files would be ignored: did you mean claims\/\?/ };
  }],
  ['YAML at the root of content/', async (r) => {
    await write(r, 'new-claims.yaml', '- id: new-claim\n');
    return { file: 'new-claims.yaml', collection: 'content', message: /files at the content root are not read: move it into its collection folder/ };
  }],
  ['bytes that are not UTF-8 in a record', async (r) => {
    const line = await lineOfField(r, OPEN_WAR, 'pk-tarar-2026-03-08-afghan-killed-583', 'subject');
    const path = join(r, OPEN_WAR);
    const lines = (await readFile(path)).toString('latin1').split('\n');
    lines[line - 1] = "  subject: 'Afghan Taliban op\xe9ratives'";
    await writeFile(path, Buffer.from(lines.join('\n'), 'latin1'));
    return { file: OPEN_WAR, line, collection: 'claims', message: /bytes that are not UTF-8/ };
  }],
  ['bytes that are not UTF-8 in a page', async (r) => {
    const path = join(r, WHAT);
    const lines = (await readFile(path, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.includes(MOSQUE)) + 1;
    await writeFile(path, Buffer.concat([Buffer.from(lines.slice(0, line - 1).join('\n') + '\n'), Buffer.from([0xe9]), Buffer.from(lines.slice(line - 1).join('\n'))]));
    return { file: WHAT, line, collection: 'pages', message: /bytes that are not UTF-8/ };
  }],
  ['a YAML alias bomb', async (r) => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]}]`)];
    await write(r, 'figures/zz-bomb.yaml', `- id: bomb\n  notes:\n${bomb.map((l) => `    ${l}`).join('\n')}\n`);
    return { file: 'figures/zz-bomb.yaml', line: 1, collection: 'figures', message: /entry 1: YAML aliases expand too far/ };
  }],
  ['a YAML error in the glossary', async (r) => {
    await edit(r, 'glossary/terms.yaml', 'term: TTP', 'term: [TTP');
    const line = await lineWith(r, 'glossary/terms.yaml', 'term: [TTP');
    return { file: 'glossary/terms.yaml', line: [line, line + 1], collection: 'glossary', message: /YAML syntax: / };
  }],
  ['a 500-character name that no chart label can hold', async (r) => {
    const line = await setField(r, 'actors/parties.yaml', 'pakistan-military', 'shortName', 'Pakistan military '.repeat(28).trim());
    return { file: 'actors/parties.yaml', line, collection: 'actors', id: 'pakistan-military', field: 'shortName', message: /at most 35 characters: the charts and pages are laid out for text up to that length/ };
  }],
  ['a publisher written as one unbreakable 40-character word', async (r) => {
    const line = await setField(r, 'sources/research.yaml', 'src-136', 'publisher', 'www.dawn.com.pk.newspaperarchiveservice.org');
    return { file: 'sources/research.yaml', line, collection: 'sources', id: 'src-136', field: 'publisher', message: /a word longer than 30 characters cannot wrap/ };
  }],
  ['a link to a missing source, at the line of the field', async (r) => {
    const id = 'pk-tarar-2026-03-08-afghan-killed-583';
    const line = await setField(r, OPEN_WAR, id, 'source', 'src-9999');
    return { file: OPEN_WAR, line, collection: 'claims', id, field: 'source', message: /refers to sources "src-9999", which does not exist/ };
  }],
];

describe('editor mistakes are refused by the check and the build', () => {
  test('every component the check allows is one the page templates pass to <Content>', async () => {
    const passed = async (file: string) => /<Content components=\{\{([^}]*)\}\}/.exec(await readFile(file, 'utf8'))![1].split(',').map((s) => s.trim()).sort();
    expect(await passed('src/pages/[page].astro')).toEqual([...PAGE_COMPONENTS].sort());
    expect(await passed('src/pages/index.astro')).toEqual([...HOME_COMPONENTS].sort());
  });

  test.each(cases)('%s', async (_name, breakIt) => {
    const root = await realContentCopy();
    copies.push(root);
    const e = await breakIt(root);
    const lines = e.line === undefined ? [undefined] : [e.line].flat();
    const expected = new RegExp(`(${lines.map((l) => where(e.file, l, e.collection, e.id, e.field)).join('|')})${e.message.source}`);

    const problems = await problemLines(root);
    expect(problems.join('\n')).toMatch(expected);

    const check = contentCheck(root);
    expect(check.status).not.toBe(0);
    expect(check.out).toMatch(expected);
    expect(check.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace

    const build = await astroBuild(root);
    expect(build.status).not.toBe(0);
    expect(build.out).toMatch(expected);
  }, 300_000);
});

test('an entry with five faults reports all five, each at its field\'s line, in the check and the build', async () => {
  const root = await realContentCopy();
  copies.push(root);
  const id = 'pk-tarar-2026-03-08-afghan-killed-583';
  const at: Record<string, number> = {
    status: await setField(root, OPEN_WAR, id, 'status', 'confirmed'),
    quote: await lineOfField(root, OPEN_WAR, id, 'quote'),
    source: await setField(root, OPEN_WAR, id, 'source', 'src-9999'),
    asserted: await setField(root, OPEN_WAR, id, 'asserted', "'2026-02-20'"),
  };
  await setField(root, OPEN_WAR, id, 'value', '584');
  await edit(root, OPEN_WAR, /(- id: pk-tarar-2026-03-08-afghan-killed-583\n[\s\S]*?)  speaker:/, '$1  speeker:');
  at.speeker = await lineOfField(root, OPEN_WAR, id, 'speeker');
  const expected = [
    ['status', /Invalid option/], ['quote', /quote does not state the value 584/], ['source', /refers to sources "src-9999", which does not exist/],
    ['asserted', /asserted date is before the period the claim covers/], ['speeker', /unknown field/],
  ] as const;
  const problems = (await problemLines(root)).join('\n');
  const check = contentCheck(root);
  const build = await astroBuild(root);
  expect(check.status).not.toBe(0);
  expect(build.status).not.toBe(0);
  for (const [field, message] of expected) {
    const pattern = new RegExp(where(OPEN_WAR, at[field], 'claims', id, field) + message.source);
    for (const out of [problems, check.out, build.out]) expect(out).toMatch(pattern);
  }
}, 300_000);

test('a byte-order mark at the start of a YAML file is accepted (YAML allows one) and nothing is lost', async () => {
  const root = await realContentCopy();
  copies.push(root);
  const before = (await loadContent(root)).tree.places.map((p) => p.id);
  const path = join(root, 'places', readdirSync(join(root, 'places'))[0]);
  await writeFile(path, '\uFEFF' + (await readFile(path, 'utf8')));
  const { tree, problems } = await loadContent(root);
  expect(problems).toEqual([]);
  expect(tree.places.map((p) => p.id)).toEqual(before);
});

describe('one cause is not drowned by its consequences', () => {
  test('a renamed collection folder (claims/ to claim/) gives the two causes and one summary, not a line per citation', async () => {
    const root = await realContentCopy();
    copies.push(root);
    await rename(join(root, 'claims'), join(root, 'claim'));
    const problems = await problemLines(root);
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(3);
    expect(problems.join('\n')).toMatch(/claim: content: folder "claim" is not a collection, so its files would be ignored: did you mean claims\/\?/);
    expect(problems.join('\n')).toMatch(/claims: claims: folder is missing/);
    expect(problems.join('\n')).toMatch(/claims: \d+ links to claims not checked/);
  });

  test('a YAML error in the actors file gives one problem for it and one summary, not a line per claim', async () => {
    const root = await realContentCopy();
    copies.push(root);
    await edit(root, 'actors/parties.yaml', 'kind: government', 'kind: [government');
    const problems = await problemLines(root);
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(3);
    expect(problems[0]).toMatch(/actors\/parties\.yaml:\d+: actors: YAML syntax/);
    expect(problems.join('\n')).toMatch(/actors: \d+ links to actors not checked: part of the collection could not be read/);
  });
});
