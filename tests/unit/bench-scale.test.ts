/** Scale mode's pure parts: multiplied content with fresh ids and consistent references, growth verdicts, flags. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseGrowth, referenceKeys, scaleFiles, writeScaledContent } from '../../scripts/bench/scale.ts';
import { chartRenders, countLines, treeRss } from '../../scripts/bench/scale-run.ts';
import { parseArgs } from '../../scripts/bench/args.ts';
import { renderScale } from '../../scripts/bench/report.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const files = (): { path: string; entries: Record<string, unknown>[] }[] => [
  { path: 'actors.yaml', entries: [{ id: 'ispr', name: 'ISPR', kind: 'military' }, { id: 'ifrc', name: 'IFRC', kind: 'agency' }] },
  { path: 'claims.yaml', entries: [
    { id: 'c1', claimant: 'ispr', value: 274, supersedes: 'c0', actors: ['ispr', 'ifrc'], fact: 'F0001', quote: 'ispr said 274' },
    { id: 'c0', claimant: 'ispr', value: 133, series: 'ifrc' },
    { id: 'c2', claimant: 'ifrc', value: 5, series: 'unhcr-returns', source: 'src-001' },
  ] },
];

describe('scaled content', () => {
  test('reference fields are those whose every value is a record id', () => {
    const entries = files().flatMap((f) => f.entries);
    expect([...referenceKeys(entries, new Set(entries.map((e) => e.id as string)))].sort()).toEqual(['actors', 'claimant', 'supersedes']);
  });
  test('copy k has fresh ids and points at copy k of what it references; text, enums, sources and facts unchanged', () => {
    const out = scaleFiles(files(), 3);
    expect(out[1].entries).toHaveLength(9);
    expect(out[0].entries.map((e) => e.id)).toEqual(['ispr', 'ifrc', 'ispr-x2', 'ifrc-x2', 'ispr-x3', 'ifrc-x3']);
    expect(out[1].entries[3]).toEqual({ id: 'c1-x2', claimant: 'ispr-x2', value: 274, supersedes: 'c0-x2', actors: ['ispr-x2', 'ifrc-x2'], fact: 'F0001', quote: 'ispr said 274' });
    expect(out[1].entries[4]).toMatchObject({ id: 'c0-x2', series: 'ifrc' });
    expect(out[1].entries[8]).toMatchObject({ id: 'c2-x3', claimant: 'ifrc-x3', series: 'unhcr-returns', source: 'src-001' });
    const ids = out.flatMap((f) => f.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('the project\'s content ×4 passes every integrity rule, with four times the records', async () => {
    const dest = join(mkdtempSync(join(tmpdir(), 'scaled-')), 'content');
    try {
      const { records } = writeScaledContent('content', dest, 4);
      const original = await loadContent('content');
      const scaled = await loadContent(dest);
      expect(scaled.problems).toEqual([]);
      const count = (c: typeof original, name: string) => (c.tree as Record<string, unknown[]>)[name]?.length ?? 0;
      for (const name of ['claims', 'events', 'actors', 'returnees']) expect(count(scaled, name)).toBe(4 * count(original, name));
      expect(count(scaled, 'sources')).toBe(count(original, 'sources'));
      expect(records).toBeGreaterThan(4 * count(original, 'claims'));
    } finally { rmSync(join(dest, '..'), { recursive: true, force: true }); }
  });
});

describe('growth', () => {
  const run = (records: number, ...ms: number[]) => ({ records, steps: ms.map((m, i) => ({ name: ['a', 'b'][i], ms: m, peakRssMiB: 100 })) });
  test('a fixed cost plus a linear part is linear; a quadratic part is faster than linear', () => {
    // a: 1000 + 2 ms per record; b: 1000 + 0.001 ms per record²
    const runs = [100, 400, 1600].map((n) => run(n, 1000 + 2 * n, 1000 + 0.001 * n * n));
    const [a, b] = analyseGrowth(runs);
    expect(a.slopes.map((x) => x.toFixed(2))).toEqual(['2.00', '2.00']);
    expect(a.faster).toBe(false);
    expect(b.slopeRatio).toBeCloseTo(4, 5);
    expect(b.faster).toBe(true);
  });
  test('report names the verdict per step, and per chart its surfaces and computes', () => {
    const runs = [100, 400, 1600].map((n, i) => ({ ...run(n, 1000 + 2 * n, 1000 + 0.001 * n * n), factor: [1, 4, 16][i], pages: 10, chartRenders: { 'casualty-claims': 4 }, chartComputes: { 'casualty-claims': 1 } }));
    const text = renderScale(runs as never, analyseGrowth(runs)).join('\n');
    expect(text).toMatch(/^a\s+2\.00\s+2\.00\s+1\.00\s+linear or better$/m);
    expect(text).toMatch(/^b\s+.*FASTER THAN LINEAR$/m);
    expect(text).toContain('casualty-claims 4 surfaces, 1 computed');
  });
  test('a step stopped at the time limit counts as at least that long; the steps after it are not run', () => {
    const mk = (factor: number, records: number, astro: number, timedOut = false) => ({ factor, records, pages: 10, chartRenders: timedOut ? {} : { a: 4 },
      steps: [{ name: 'astro build', ms: astro, peakRssMiB: 900, ...(timedOut ? { timedOut } : {}) }, { name: 'pdf', ms: timedOut ? NaN : 9000, peakRssMiB: timedOut ? NaN : 1500, ...(timedOut ? { skipped: true } : {}) }] });
    const runs = [mk(1, 400, 19_000), mk(4, 1600, 25_000), mk(16, 6400, 300_000, true)];
    const text = renderScale(runs as never, analyseGrowth(runs)).join('\n');
    expect(text).toMatch(/^×16\s+6400\s+10\s+> 300\.0 s\s+not run\s+—$/m);
    expect(text).toMatch(/^astro build\s+5\.00\s+≥ 57\.29\s+≥ 11\.46\s+FASTER THAN LINEAR \(stopped at the time limit\)$/m);
    expect(text).toContain('at ×4');
  });
  test('growth uses CPU time where measured; a stopped step that does not show faster growth is inconclusive', () => {
    const runs = [[100, 1000, 5000], [400, 1600, 20000], [1600, 4000, 300000]].map(([records, cpu, wall], i) => ({ records, steps: [{ name: 'a', ms: wall, cpuMs: cpu, peakRssMiB: 1, ...(i === 2 ? { timedOut: true } : {}) }] }));
    const [a] = analyseGrowth(runs);
    expect(a.slopes).toEqual([2, 2]);
    expect(a.verdict).toBe('inconclusive');
  });
  test('chart renders are counted from the built HTML, computes from the build\'s log', () => {
    expect(chartRenders(['<figure class="chart" data-chart="a"></figure><figure data-chart="b">', '<figure data-chart="a">'])).toEqual({ a: 2, b: 1 });
    expect(countLines('a\nb\na\n')).toEqual({ a: 2, b: 1 });
  });
  test('peak memory reads this process from /proc', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
  });
  test('--scale flag: default factors, or the ones given', () => {
    expect(parseArgs(['--scale']).scale).toEqual([1, 4, 16]);
    expect(parseArgs(['--scale', '1,2']).scale).toEqual([1, 2]);
    expect(parseArgs(['--scale=1,8', '--no-lighthouse'])).toMatchObject({ scale: [1, 8], lighthouse: false });
    expect(() => parseArgs(['--scale', '4'])).toThrow(/at least two/);
  });
});
