/** /feed.xml (Atom) and /changes/: well-formed, complete, linked, deterministic. */
import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

interface Entry { id: string; title: string; link: string; updated: string; category: string; summary: string }

/** Parses the feed with a strict XML parser: any well-formedness error throws. */
function parseFeed(xml: string) {
  const parser = sax.parser(true);
  const feed = { title: '', updated: '', selfLink: '', entries: [] as Entry[] };
  const stack: string[] = [];
  let entry: Entry | undefined;
  parser.onopentag = (t) => {
    stack.push(t.name);
    if (t.name === 'entry') entry = { id: '', title: '', link: '', updated: '', category: '', summary: '' };
    if (t.name === 'link' && entry) entry.link = String(t.attributes.href);
    if (t.name === 'link' && !entry && t.attributes.rel === 'self') feed.selfLink = String(t.attributes.href);
    if (t.name === 'category' && entry) entry.category = String(t.attributes.term);
  };
  parser.ontext = (text) => {
    const name = stack.at(-1)!;
    if (entry && name in entry && name !== 'link' && name !== 'category') (entry as unknown as Record<string, string>)[name] += text;
    else if (!entry && stack.length === 2 && (name === 'title' || name === 'updated')) feed[name] += text;
  };
  parser.onclosetag = (name) => {
    stack.pop();
    if (name === 'entry') { feed.entries.push(entry!); entry = undefined; }
  };
  parser.write(xml).close();
  return feed;
}

const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
const feed = parseFeed(xml);
/** A site URL in the feed as the built file it points at. */
const fileFor = (url: string) => {
  const path = new URL(url).pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
};

test('the feed is well-formed Atom with a title, self link, updated date from the content and entries', () => {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
  expect(feed.title).toMatch(/changes and corrections/);
  expect(feed.selfLink).toMatch(/\/feed\.xml$/);
  expect(feed.entries.length).toBeGreaterThan(20);
  expect(feed.updated).toBe(feed.entries.map((e) => e.updated).sort().at(-1));
});

test('every entry has a unique id, a date, a kind, and a link that resolves to a built page and anchor', () => {
  const ids = feed.entries.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of feed.entries) {
    expect(e.updated, e.id).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(['correction', 'page-change', 'new-figure', 'revised-figure'], e.id).toContain(e.category);
    expect(existsSync(fileFor(e.link)), `${e.id}: ${e.link}`).toBe(true);
    const hash = new URL(e.link).hash.slice(1);
    if (hash) expect(readFileSync(fileFor(e.link), 'utf8'), `${e.link}: anchor`).toContain(`id="${hash}"`);
  }
});

test('every page change in the content is in the feed, and entries run newest first', () => {
  const files = readdirSync('content/pages').filter((f) => f.endsWith('.mdx') && f !== 'home.mdx');
  expect(files.length).toBeGreaterThan(3);
  for (const f of files) {
    const front = parseYaml(readFileSync(join('content/pages', f), 'utf8').split('---')[1]) as { changes: { date: string }[] };
    const id = f.replace(/\.mdx$/, '');
    front.changes.forEach((c, i) => expect(ids(), `${id} ${c.date}`).toContain(`${new URL(feed.selfLink).origin}/${id}/#change-${c.date}-${i + 1}`));
  }
  const dates = feed.entries.map((e) => e.updated);
  expect([...dates].sort().reverse()).toEqual(dates);
});
const ids = () => feed.entries.map((e) => e.id);

test('revised figures say what they revise; /changes/ lists the same entries with corrections marked', () => {
  const revised = feed.entries.filter((e) => e.category === 'revised-figure');
  expect(revised.length).toBeGreaterThan(0);
  for (const e of revised) expect(e.summary).toMatch(/revised its figure from .+ to /);
  const list = page('/changes/').querySelectorAll('li.change');
  expect(list.length).toBeGreaterThanOrEqual(feed.entries.length);
  for (const li of list.filter((l) => l.getAttribute('data-kind') === 'correction')) expect(li.textContent).toMatch(/^\s*Correction:/);
});

test('every page announces the feed', () => {
  for (const path of htmlPaths()) expect(page(path).querySelector('link[rel="alternate"][type="application/atom+xml"]'), path).not.toBeNull();
});
