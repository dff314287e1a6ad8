/**
 * Every built HTML file passes html-validate with the repository's .htmlvalidate.json (markup,
 * ARIA and the inline SVG charts). A failure lists file:line:column, rule, message and where.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { DIST, htmlPaths } from '../helpers/html.ts';

// Resolves .htmlvalidate.json from each file's directory up to the repository root.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

const fileOf = (path: string) => join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, ''));
const ERROR = 2;
/** One line per error: `file:line:column rule message (at selector)`. */
const errorsOf = (file: string, messages: Message[]) => messages
  .filter((m) => m.severity === ERROR)
  .map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`);

const PATHS = htmlPaths();
/** Routes that must be among the files checked, so the gate cannot pass on a partial build. */
const EXPECTED = [
  '/', '/charts/', '/data/', '/glossary/', '/sources/', '/print/briefing/',
  ...readdirSync('content/pages').filter((f) => f.endsWith('.mdx') && f !== 'home.mdx').map((f) => `/${f.replace(/\.mdx$/, '')}/`),
  ...CHARTS.map((c) => `/embed/${c.id}/`),
];

test('every page, embed, data page and the print briefing is checked', () => {
  expect(PATHS).toEqual(expect.arrayContaining(EXPECTED));
  expect(PATHS.length).toBeGreaterThanOrEqual(15);
});

test.each(PATHS)('%s has no html-validate errors', async (path) => {
  const file = fileOf(path);
  const report = await htmlvalidate.validateFile(file);
  const errors = report.results.flatMap((r) => errorsOf(file, r.messages));
  expect(errors.length, `${errors.length} html-validate errors in ${file}:\n${errors.join('\n')}\n`).toBe(0);
});

describe('the gate can fail: known-bad markup with the same configuration', () => {
  // Validated as if it were a page in dist/, so the configuration is found exactly as for the site.
  const validate = async (body: string) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Known bad</title></head><body>${body}</body></html>`;
    const report = await htmlvalidate.validateString(html, join(DIST, 'known-bad.html'));
    return report.results.flatMap((r) => r.messages).filter((m) => m.severity === ERROR).map((m) => m.ruleId);
  };

  test('a valid document passes', async () => {
    expect(await validate('<main><p>Fine.</p></main>')).toEqual([]);
  });

  test('duplicate ids, a <div> inside <p> and <span>, an image without alt', async () => {
    const rules = await validate('<main><p id="x">a<div>b</div></p><span id="x"><div>c</div></span><img src="a.png"></main>');
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'no-implicit-close', 'element-permitted-content', 'wcag/h37']));
  });

  test('a <figcaption> in the middle of a <figure>', async () => {
    expect(await validate('<figure><p>a</p><figcaption>b</figcaption><p>c</p></figure>')).toContain('element-permitted-order');
  });

  test('inside inline SVG: duplicate ids, an invalid attribute value, an unknown element, a focusable element hidden', async () => {
    const rules = await validate(
      '<svg viewBox="0 0 10 10" role="img" aria-label="Chart">'
      + '<g id="mark"><text x="1" y="1" text-anchor="centre">a</text></g><path id="mark" d="M0,0h1"></path><blob></blob>'
      + '<g aria-hidden="true"><g tabindex="0" role="graphics-symbol" aria-label="b"></g></g></svg>',
    );
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'attribute-allowed-values', 'element-name', 'hidden-focusable']));
  });

  test('an SVG chart as the site writes it is valid (camelCase viewBox, named groups)', async () => {
    expect(await validate(
      '<svg viewBox="0 0 10 10" width="10" height="10" role="img" aria-label="Chart"><g class="s" aria-label="Scale"><rect x="0" y="0" width="1" height="1"></rect>'
      + '<line x1="0" y1="0" x2="1" y2="1"></line><circle r="1"></circle><text x="1" y="1" dy="0.35em" text-anchor="middle"><tspan>a</tspan> b</text></g></svg>',
    )).toEqual([]);
  });
});
