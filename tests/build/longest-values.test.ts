/**
 * Layout with the longest values the schemas allow: every text field with a length limit is set
 * to its limit (in the content's own words) across a copy of the real content, the site is
 * built from it, and in Chromium every chart's text stays inside its SVG and no page scrolls
 * sideways, from 320 to 1280 px. One source's publisher is a spreadsheet formula, which the
 * built CSV files must write as text.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { buildSchemas, COLLECTIONS } from '../../src/schemas/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { projectCopy } from '../helpers/project.ts';

/** Quotes must keep stating their figure; ids and links are not prose. */
const NOT_FILLED = new Set(['id', 'quote', 'quoteForm', 'quoteTranslation']);

type AnySchema = { def?: { innerType?: AnySchema }; maxLength?: number | null; shape?: Record<string, AnySchema> };
const unwrap = (s: AnySchema): AnySchema => (s.def?.innerType ? unwrap(s.def.innerType) : s);

/** Every length-limited text field of each collection, with its limit, read from the schemas. */
export function limitedFields(): Record<string, Record<string, number>> {
  const schemas = buildSchemas() as unknown as Record<string, AnySchema>;
  return Object.fromEntries(COLLECTIONS.map((name) => [name, Object.fromEntries(
    Object.entries(schemas[name].shape ?? {})
      .map(([key, s]) => [key, unwrap(s).maxLength] as const)
      .filter((e): e is readonly [string, number] => typeof e[1] === 'number' && !NOT_FILLED.has(e[0])),
  )]));
}

/**
 * `n` characters of ordinary words from the content's own vocabulary (capitals, long names): as
 * wide as real text gets, not a string of W's, which no label is written in.
 */
const WORDS = 'Pakistan’s Inter-Services Public Relations said Afghan Taliban forces and affiliated militants in Khyber Pakhtunkhwa ';
const longest = (n: number) => WORDS.repeat(Math.ceil(n / WORDS.length)).slice(0, n).trimEnd().padEnd(n, 's');

/**
 * Charts that do not yet wrap a long name, with what overflows. Their overflow is expected (and
 * checked to still happen, so the entry is removed when the chart is fixed); every other chart
 * must keep all its text inside at the limits.
 */
/** Charts that still overflow with the longest allowed values, and at which widths. */
const KNOWN_OVERFLOW: Record<string, { why: string; widths: number[] }> = {
};

const FORMULA = "=2+5+cmd|' /C calc'!A0";
/** The source of the casualty chart's current 583, so the formula reaches the chart's CSV too. */
const FORMULA_SOURCE = 'src-136';

let project: string;
let root: string;
let out: string;
let site: StaticServer;
let browser: Browser;
const limits = limitedFields();

beforeAll(async () => {
  project = projectCopy();
  root = join(project, 'content');
  for (const name of COLLECTIONS) {
    for (const file of readdirSync(join(root, name))) {
      const path = join(root, name, file);
      const entries = parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
      for (const e of entries) for (const [key, max] of Object.entries(limits[name])) if (typeof e[key] === 'string') e[key] = longest(max);
      // And a source whose publisher is a spreadsheet formula, to check the built CSV files.
      for (const e of entries) if (name === 'sources' && e.id === FORMULA_SOURCE) e.publisher = FORMULA;
      writeFileSync(path, stringify(entries, { lineWidth: 0 }));
    }
  }
  out = join(project, 'dist');
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.CONTENT_ROOT; // the copy builds its own content/
  const run = spawnSync('npx', ['astro', 'build'], { cwd: project, env, encoding: 'utf8', timeout: 600_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  site = await serveStatic(out);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (project) rmSync(join(project, '..'), { recursive: true, force: true });
});

test('the fields laid out in charts and pages have limits, and the copy is filled to them without a problem', async () => {
  expect(limits.actors.shortName).toBeGreaterThan(0);
  expect(limits.places.name).toBeGreaterThan(0);
  expect(limits.claims.subject).toBeGreaterThan(0);
  expect(limits.sources.publisher).toBeGreaterThan(0);
  expect(limits.events.title).toBeGreaterThan(0);
  expect((await loadContent(root)).problems).toEqual([]);
  expect(readFileSync(join(root, 'actors', 'parties.yaml'), 'utf8')).toContain(`shortName: ${longest(limits.actors.shortName)}`);
});

test.each([320, 375, 1280])('at %i px every chart label stays inside its chart and no page scrolls sideways', async (width) => {
  const known = Object.keys(KNOWN_OVERFLOW).filter((id) => KNOWN_OVERFLOW[id].widths.includes(width));
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const seen = new Set<string>();
  const { charts } = JSON.parse(readFileSync(join(out, 'charts.json'), 'utf8')) as { charts: { id: string; page: string }[] };
  for (const path of ['/charts/', ...new Set(charts.map((c) => new URL(c.page, 'http://x').pathname)), '/sources/']) {
    await page.goto(`${site.url}${path}`);
    await page.evaluate(() => document.fonts.ready);
    const report = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // every view of the chart: the lead view and any second view (casualty claims' running counts)
      outside: [...document.querySelectorAll('figure[data-chart]')].flatMap((fig) => {
        const views = [...fig.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0 && (s.closest('.chart-art') || s === fig.querySelector('svg')));
        if (!views.length) return [`${fig.getAttribute('data-chart')}: no visible SVG`];
        return views.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          }).map((t) => `${fig.getAttribute('data-chart')}: ${t.textContent?.slice(0, 60)}`);
        });
      }),
      // overlapping labels in every view of the charts redrawn on the kit (ink boxes, as tests/e2e/chart-invariants measures)
      collisions: ['casualty-claims', 'force-balance', 'returnee-flows'].flatMap((id) => [...document.querySelectorAll(`figure[data-chart="${id}"] .chart-art svg`)]
        .filter((s) => s.getBoundingClientRect().width > 0).flatMap((svg) => {
          const boxes = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim()).map((t) => {
            const b = t.getBBox();
            return { x1: b.x, x2: b.x + b.width, y1: b.y + b.height * 0.1, y2: b.y + b.height * 0.9, what: (t.textContent ?? '').slice(0, 30) };
          });
          const hits: string[] = [];
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) hits.push(`${id}: “${a.what}” × “${b.what}”`);
          }
          return hits;
        })),
    }));
    expect(report.overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    expect(report.collisions, `${path} at ${width} px: overlapping labels`).toEqual([]);
    expect(report.outside.filter((t) => !known.includes(t.split(':')[0])), `${path} at ${width} px`).toEqual([]);
    if (path === '/charts/') for (const t of report.outside) seen.add(t.split(':')[0]);
  }
  for (const id of known) expect(seen.has(id), `${id} no longer overflows at ${width} px: remove it from KNOWN_OVERFLOW`).toBe(true);
  await context.close();
}, 300_000);

test('the built /data and /charts CSV files write the formula as text (leading quote), nowhere as a formula', () => {
  const cells = (file: string) => (parseCsv(readFileSync(join(out, file), 'utf8')) as string[][]).flat();
  for (const file of ['data/sources.csv', 'charts/casualty-claims.csv']) {
    expect(cells(file), file).toContain(`'${FORMULA}`);
    expect(cells(file).filter((c) => /^[=+@\t\r]|^-(?!\d)/.test(c)), file).toEqual([]);
  }
});
