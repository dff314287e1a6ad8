/** The who's who as built: every person in the actors collection, their claims, and links to it from the pages. */
import { beforeAll, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { page } from '../helpers/html.ts';

type Tree = Awaited<ReturnType<typeof loadContent>>['tree'];
let tree: Tree;
beforeAll(async () => { tree = (await loadContent('content')).tree; });

test("every person in the actors collection has an entry with their role and each claim they made", () => {
  const doc = page('/whos-who/');
  const people = tree.actors.filter((a) => a.data.kind === 'person');
  expect(people.length).toBeGreaterThan(20);
  for (const p of people) {
    const entry = doc.querySelector(`li.person#${p.id}`);
    expect(entry, p.id).not.toBeNull();
    expect(entry!.querySelector('h3')!.text).toBe(p.data.name);
    expect(entry!.text).toContain(String(p.data.role));
    const made = tree.claims.filter((c) => (c.data.speakerActor as { id: string } | undefined)?.id === p.id).map((c) => c.id).sort();
    expect(entry!.querySelectorAll('[data-claim]').map((li) => li.getAttribute('data-claim')).sort(), p.id).toEqual(made);
  }
  expect(doc.querySelectorAll('[data-claim="pk-tarar-2026-03-11-afghan-killed-641"]').length).toBe(1);
});

test('pages link a person’s first mention to their entry, once per page', () => {
  const ids = new Set(tree.actors.map((a) => a.id));
  const slugs = readdirSync('content/pages').filter((f) => f.endsWith('.mdx') && f !== 'home.mdx').map((f) => f.replace(/\.mdx$/, ''));
  let total = 0;
  for (const slug of slugs) {
    const links = page(`/${slug}/`).querySelectorAll('.prose-article a.person').map((a) => a.getAttribute('href')!);
    expect(new Set(links).size, slug).toBe(links.length);
    for (const href of links) expect(ids.has(href.replace('/whos-who/#', '')), href).toBe(true);
    total += links.length;
  }
  expect(page('/what-happened/').querySelector('.prose-article a.person[href="/whos-who/#zabihullah-mujahid"]')).not.toBeNull();
  expect(total).toBeGreaterThan(15);
});
