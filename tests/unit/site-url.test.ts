/** SITE_URL: one setting for the public address; a build that carries localhost says so loudly. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalSite, LOCAL_SITE, parseSiteUrl } from '../../src/lib/site/siteUrl.mjs';
import { findLocalAddresses, report } from '../../scripts/site-url.ts';

describe('parseSiteUrl', () => {
  it('defaults to the local address npm start serves', () => {
    expect(parseSiteUrl(undefined)).toBe(LOCAL_SITE);
    expect(parseSiteUrl('')).toBe(LOCAL_SITE);
    expect(isLocalSite(LOCAL_SITE)).toBe(true);
  });
  it('takes a public root address, with or without the final slash', () => {
    expect(parseSiteUrl('https://explainer.example.org/')).toBe('https://explainer.example.org');
    expect(parseSiteUrl(' https://explainer.example.org ')).toBe('https://explainer.example.org');
    expect(isLocalSite('https://explainer.example.org')).toBe(false);
  });
  it('refuses what is not the root of an http(s) site, saying what to write', () => {
    expect(() => parseSiteUrl('explainer.example.org')).toThrow(/not an address.*SITE_URL=https:\/\//);
    expect(() => parseSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
    expect(() => parseSiteUrl('https://example.org/explainer/')).toThrow(/root of a site/);
  });
  it('knows the other local addresses', () => {
    for (const s of ['http://127.0.0.1:4321', 'http://[::1]:8080', 'http://localhost']) expect(isLocalSite(s)).toBe(true);
  });
});

function fakeDist(withLocal: boolean): string {
  const dist = mkdtempSync(join(tmpdir(), 'site-url-'));
  const site = withLocal ? 'http://localhost:4321' : 'https://explainer.example.org';
  for (const d of ['embed/a', 'oembed', 'what-happened']) mkdirSync(join(dist, d), { recursive: true });
  writeFileSync(join(dist, 'what-happened/index.html'), `<link rel="canonical" href="${site}/what-happened/">`);
  writeFileSync(join(dist, 'embed/a/index.html'), `<a href="${site}/what-happened/">read</a>`);
  writeFileSync(join(dist, 'oembed/a.json'), JSON.stringify({ html: `<iframe src="${site}/embed/a/">` }));
  writeFileSync(join(dist, 'charts.json'), JSON.stringify([{ embedCode: `<iframe src="${site}/embed/a/">` }]));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  return dist;
}

describe('the build\'s local-address check', () => {
  it('finds every published file that carries a local address, by kind', async () => {
    const found = await findLocalAddresses(fakeDist(true));
    expect(found.map((f) => `${f.kind}:${f.file}`).sort()).toEqual(['embed code:charts.json', 'embed:embed/a/index.html', 'oembed:oembed/a.json', 'page:what-happened/index.html']);
    expect(await findLocalAddresses(fakeDist(false))).toEqual([]);
  });
  it('warns loudly, with the command to fix it, when SITE_URL is unset', async () => {
    const { lines, error } = report(LOCAL_SITE, await findLocalAddresses(fakeDist(true)));
    expect(error).toBe(false);
    expect(lines.join('\n')).toMatch(/NOT FOR PUBLICATION.*localhost:4321/);
    expect(lines.join('\n')).toContain('1 pages, 1 embeds, 1 embed-code list (charts.json), 1 oEmbed documents, 0 PDFs');
    expect(lines.join('\n')).toContain('SITE_URL=https://explainer.example.org npm run build');
  });
  it('fails a public build that still carries a local address', async () => {
    const { lines, error } = report('https://explainer.example.org', await findLocalAddresses(fakeDist(true)));
    expect(error).toBe(true);
    expect(lines[0]).toMatch(/^ERROR: SITE_URL is https:\/\/explainer.example.org but 4 built files/);
  });
  it('names the public address when all is well', () => {
    expect(report('https://explainer.example.org', []).lines).toEqual(['Site address: https://explainer.example.org (canonical links, embed codes, oEmbed, citations and PDFs).']);
  });
});

it('npm run build checks the site address on the staged build, before it replaces dist/', async () => {
  const { readFileSync } = await import('node:fs');
  const build = readFileSync('scripts/build.ts', 'utf8');
  const check = build.indexOf("step('site address check'");
  expect(check).toBeGreaterThan(build.indexOf("step('PDF edition'"));
  expect(check).toBeLessThan(build.indexOf("renameSync(stage, 'dist')"));
  expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build).toBe('node scripts/build.ts');
});
