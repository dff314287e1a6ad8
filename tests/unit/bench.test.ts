import { describe, expect, test } from 'vitest';
import { median, summarize } from '../../scripts/bench/stats.ts';
import { classify, inlineJsOf, inlineScripts, servedSize, gzip9, totals, type RequestRecord } from '../../scripts/bench/bytes.ts';
import { chartIdsIn, comparePages, isArticle, pagePathFromFile, samplePaths } from '../../scripts/bench/pages.ts';
import { noJsVerdict } from '../../scripts/bench/no-js.ts';
import { combineRuns, summarizeLhr, type Lhr } from '../../scripts/bench/lighthouse.ts';
import { evaluateTargets, KB, type TargetInput } from '../../scripts/bench/targets.ts';
import { PEER_SOURCE, PEERS } from '../../scripts/bench/peers.ts';
import { pairRuns, poolRuns, type ChartRun } from '../../scripts/bench/first-chart.ts';
import { formatKB, table, whereWeStand } from '../../scripts/bench/report.ts';
import { parseArgs } from '../../scripts/bench/args.ts';

describe('median and summaries', () => {
  test('odd, even, unsorted, empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10])).toBe(10);
    expect(median([])).toBeNull();
  });
  test('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  test('failed runs are counted but left out of the figures', () => {
    expect(summarize([500, null, 700, 600])).toEqual({ n: 4, failed: 1, median: 600, min: 500, max: 700 });
    expect(summarize([null])).toEqual({ n: 1, failed: 1, median: null, min: null, max: null });
  });
});

describe('requests are grouped by type', () => {
  test.each([
    [{ url: 'http://x/', resourceType: 'document', contentType: 'text/html' }, 'html'],
    [{ url: 'http://x/embed/a/', resourceType: 'document' }, 'html'],
    [{ url: 'http://x/_astro/a.css', resourceType: 'stylesheet' }, 'css'],
    [{ url: 'http://x/_astro/a.js', resourceType: 'script' }, 'js'],
    [{ url: 'http://x/_astro/fonts/a.woff2', resourceType: 'font' }, 'font'],
    [{ url: 'http://x/favicon.svg', resourceType: 'other', contentType: 'image/svg+xml' }, 'other'],
    [{ url: 'http://x/a.png', resourceType: 'image', contentType: 'image/png' }, 'other'],
    [{ url: 'http://x/data', resourceType: 'fetch', contentType: 'text/javascript; charset=utf-8' }, 'js'],
    [{ url: 'http://x/f.woff2', resourceType: 'other' }, 'font'],
    [{ url: 'http://x/charts.json', resourceType: 'fetch', contentType: 'application/json' }, 'other'],
  ] as const)('%o → %s', (req, group) => {
    expect(classify(req)).toBe(group);
  });

  test('text is measured gzipped at level 9, compressed formats raw', () => {
    const text = Buffer.from('<p>hello</p>'.repeat(500));
    expect(servedSize(text, 'text/html; charset=utf-8')).toBe(gzip9(text));
    expect(servedSize(text, 'text/html')).toBeLessThan(text.length / 10);
    const woff = Buffer.from('wOF2' + 'x'.repeat(1000));
    expect(servedSize(woff, 'font/woff2')).toBe(woff.length);
    expect(servedSize(woff, 'image/png')).toBe(woff.length);
    expect(servedSize(text, 'image/svg+xml')).toBe(gzip9(text));
  });

  test('inline scripts: classic and module JS, not src= or data blocks', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script>'
      + '<script type="application/ld+json">{"a":1}</script><script type="text/javascript">c()</script><script></script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
    expect(inlineJsOf([html]).scripts).toBe(3);
    expect(inlineJsOf([html]).raw).toBe(9);
    expect(inlineJsOf([]).gz).toBe(0);
  });

  test('totals per group, total, and JS = files + inline', () => {
    const rec = (group: RequestRecord['group'], raw: number | null, gz: number | null, wireBody: number): RequestRecord =>
      ({ url: 'http://x/', resourceType: 'other', contentType: null, status: 200, group, raw, gz, wireBody, wireHeaders: 100 });
    const t = totals([rec('html', 1000, 300, 310), rec('js', 200, 90, 95), rec('js', 50, 40, 45), rec('font', 5000, 5000, 5000), rec('other', null, null, 70)],
      { scripts: 2, raw: 400, gz: 150 });
    expect(t.groups.js).toEqual({ requests: 2, raw: 250, gz: 130, wire: 340 });
    expect(t.groups.other).toEqual({ requests: 1, raw: 70, gz: 70, wire: 170 });
    expect(t.groups.css.requests).toBe(0);
    expect(t.total.requests).toBe(5);
    expect(t.total.gz).toBe(300 + 90 + 40 + 5000 + 70);
    expect(t.jsAll).toEqual({ raw: 650, gz: 280 });
  });
});

describe('pages are read from dist', () => {
  test.each([
    ['index.html', '/'],
    ['what-happened/index.html', '/what-happened/'],
    ['embed/strike-map/index.html', '/embed/strike-map/'],
    ['404.html', null],
    ['glossary.html', '/glossary.html'],
    ['print/briefing/index.html', null],
    ['charts.json', null],
  ])('%s → %s', (file, path) => {
    expect(pagePathFromFile(file)).toBe(path);
  });
  test('charts and articles are recognised from the markup', () => {
    const html = '<article class="article" data-page="returnees"><figure class="chart" id="a" data-chart="returnee-flows"><svg></svg></figure>'
      + '<figure><img></figure><figure data-chart="strike-map" class="x"></figure></article>';
    expect(chartIdsIn(html)).toEqual(['returnee-flows', 'strike-map']);
    expect(isArticle(html)).toBe(true);
    expect(isArticle('<article class="card">')).toBe(false);
  });
  test('home first, then pages, then embeds', () => {
    const paths = ['/embed/a/', '/sources/', '/', '/charts/'].map((path) => ({ path })).sort(comparePages).map((p) => p.path);
    expect(paths).toEqual(['/', '/charts/', '/sources/', '/embed/a/']);
  });
});

describe('reads without JavaScript', () => {
  test('text and every chart shown → reads', () => {
    expect(noJsVerdict({ mainTextLength: 100, charts: { figures: 2, rendered: 2 } }, 2, 2)).toEqual({ reads: true });
  });
  test('a chart missing or not laid out, or no text → does not read', () => {
    expect(noJsVerdict({ mainTextLength: 100, charts: { figures: 1, rendered: 1 } }, 2, 2).reads).toBe(false);
    expect(noJsVerdict({ mainTextLength: 100, charts: { figures: 2, rendered: 1 } }, 2, 2).reads).toBe(false);
    expect(noJsVerdict({ mainTextLength: 0, charts: { figures: 0, rendered: 0 } }, 0, 0).reads).toBe(false);
  });
});

const lhr = (scores: Record<string, number | null>, audits: Lhr['audits'] = {}, refs: Record<string, { id: string; weight: number }[]> = {}): Lhr => ({
  categories: Object.fromEntries(Object.entries(scores).map(([c, score]) => [c, { score, auditRefs: refs[c] ?? [] }])),
  audits,
});
const audit = (id: string, score: number | null, scoreDisplayMode = 'binary', extra = {}) => ({ id, title: id, score, scoreDisplayMode, ...extra });

describe('Lighthouse results', () => {
  test('scores as 0–100; failing audits only for categories under 100', () => {
    const r = summarizeLhr(lhr(
      { performance: 0.96, accessibility: 1, 'best-practices': 1, seo: 0.54 },
      {
        'total-blocking-time': audit('total-blocking-time', 0.87, 'numeric', { displayValue: '220 ms', numericValue: 223 }),
        'is-crawlable': audit('is-crawlable', 0),
        'meta-description': audit('meta-description', 1),
        'render-blocking-insight': audit('render-blocking-insight', 0, 'metricSavings'),
        'color-contrast': audit('color-contrast', 0),
        'robots-txt': audit('robots-txt', null, 'notApplicable'),
      },
      {
        performance: [{ id: 'total-blocking-time', weight: 30 }, { id: 'render-blocking-insight', weight: 0 }],
        accessibility: [{ id: 'color-contrast', weight: 7 }],
        seo: [{ id: 'is-crawlable', weight: 4 }, { id: 'meta-description', weight: 1 }, { id: 'robots-txt', weight: 1 }],
      },
    ));
    expect(r.categories).toEqual({ performance: { score: 96 }, accessibility: { score: 100 }, 'best-practices': { score: 100 }, seo: { score: 54 } });
    expect(r.failing.map((f) => `${f.category}/${f.id}/${f.weight}`)).toEqual(['performance/total-blocking-time/30', 'seo/is-crawlable/4', 'performance/render-blocking-insight/0']);
    expect(r.metrics['total-blocking-time']).toBe(223);
  });
  test('a category Lighthouse could not score is not available, with the reason', () => {
    const r = summarizeLhr(lhr({ performance: null, accessibility: 1, 'best-practices': 1 },
      { 'largest-contentful-paint': audit('largest-contentful-paint', null, 'error', { errorMessage: 'NO_LCP' }) },
      { performance: [{ id: 'largest-contentful-paint', weight: 25 }] }));
    expect(r.categories.performance).toEqual({ score: null, error: 'largest-contentful-paint: NO_LCP' });
    expect(r.categories.seo.score).toBeNull();
    expect(r.failing[0]).toMatchObject({ id: 'largest-contentful-paint', error: 'NO_LCP' });
  });
  test('several runs: median score; failing audits once, with the number of runs', () => {
    const run = (p: number) => summarizeLhr(lhr({ performance: p, accessibility: 1, 'best-practices': 1, seo: 1 },
      { tbt: audit('tbt', 0.5, 'numeric') }, { performance: [{ id: 'tbt', weight: 30 }] }));
    const c = combineRuns([run(0.9), run(1), run(0.95)]);
    expect(c.categories.performance.score).toBe(95);
    expect(c.failing).toHaveLength(1);
    expect(c.failing[0].runsFailed).toBe(2);
  });
});

describe('targets', () => {
  const all100 = { performance: { score: 100 }, accessibility: { score: 100 }, 'best-practices': { score: 100 }, seo: { score: 100 } };
  const page = (path: string, extra: Partial<TargetInput> = {}): TargetInput =>
    ({ path, kind: path.startsWith('/embed/') ? 'embed' : 'page', article: false, jsGz: 1000, totalGz: 20 * KB, paintMs: 300, reads: true, lighthouse: all100, ...extra });
  const byId = (inputs: TargetInput[], paintMs: number | null = 250) => Object.fromEntries(evaluateTargets(inputs, { paintMs }).map((t) => [t.id, t]));

  test('all met', () => {
    const t = byId([page('/'), page('/a/', { article: true, jsGz: 10 * KB - 1 }), page('/embed/x/', { jsGz: 40 * KB - 1 })]);
    expect(Object.values(t).map((x) => x.met)).toEqual([true, true, true, true, true, true, true, true]);
    expect(t['article-js'].measured).toContain('/a/');
  });
  test('totals, as issue 16 words them: embeds at most 30 KB, article pages at most 100 KB, every request counted', () => {
    const t = byId([page('/a/', { article: true, totalGz: 100 * KB }), page('/b/', { article: true, totalGz: 100 * KB + 1 }),
      page('/c/', { totalGz: 500 * KB }), page('/embed/x/', { totalGz: 30 * KB }), page('/embed/y/', { totalGz: 30.8 * KB })]);
    expect(t['embed-total'].target).toBe('Every embed at most 30 KB gzipped in total, fonts, CSS and images included');
    expect(t['embed-total'].met).toBe(false);
    expect(t['embed-total'].failures).toEqual(['/embed/y/: 30.8 KB (819 B over)']);
    expect(t['embed-total'].measured).toBe('largest 30.8 KB (/embed/y/); 1/2 embeds at most 30.0 KB');
    expect(t['article-total'].failures).toEqual(['/b/: 100.0 KB (1 B over)']);
    expect(t['article-total'].measured).toContain('1/2 article pages');
  });
  test('an embed is held to 30 KB at every frame width: a frame of 640 px or more also fetches the wide artboard', () => {
    const t = byId([page('/embed/x/', { totalGz: 29 * KB, wideTotalGz: 29.5 * KB }), page('/embed/y/', { totalGz: 29 * KB, wideTotalGz: 30.5 * KB }),
      page('/embed/z/', { totalGz: 30.2 * KB, wideTotalGz: 30.2 * KB })]);
    expect(t['embed-total'].met).toBe(false);
    expect(t['embed-total'].failures).toEqual(['/embed/y/: 30.5 KB in a 720 px frame (512 B over)', '/embed/z/: 30.2 KB at 412 px (205 B over), 30.2 KB in a 720 px frame (205 B over)']);
    expect(t['embed-total'].measured).toBe('largest 30.5 KB (/embed/y/ in a 720 px frame); 1/3 embeds at most 30.0 KB at 412 px and in a 720 px frame');
    // an embed whose wide frame was not measured is not yet met
    expect(byId([page('/embed/x/', { totalGz: 20 * KB, wideTotalGz: null })])['embed-total'].met).toBeNull();
  });
  test('paint: every embed within 1.3x of the zero-JS reference of the same run', () => {
    const t = byId([page('/embed/x/', { paintMs: 325 }), page('/embed/y/', { paintMs: 326 })], 250);
    expect(t['embed-paint'].met).toBe(false);
    expect(t['embed-paint'].failures).toEqual(['/embed/y/: 326 ms = 1.30x']);
    expect(t['embed-paint'].measured).toBe('reference 250 ms, limit 325 ms; slowest embed 326 ms (/embed/y/, 1.30x)');
    expect(byId([page('/embed/x/')], null)['embed-paint'].met).toBeNull();
  });
  test('paint: where an embed was timed in pairs with the reference (ref, embed, ref, embed…), the median of the pairs\' ratios is the figure', () => {
    // medians alone: 390 / 250 = 1.56x; but the machine got busier while the embed ran, and each pair says 1.2x
    const t = byId([page('/embed/x/', { paintMs: 390, paintRatio: 1.2 }), page('/embed/y/', { paintMs: 300, paintRatio: 1.31 })], 250);
    expect(t['embed-paint'].failures).toEqual(['/embed/y/: 1.31x of the reference in paired runs']);
    expect(t['embed-paint'].measured).toBe('reference 250 ms; median ratio of paired runs: slowest embed 1.31x (/embed/y/), limit 1.3x');
    expect(byId([page('/embed/x/', { paintMs: 390, paintRatio: 1.2 })], 250)['embed-paint'].met).toBe(true);
  });
  test('embeds: SEO is aside (noindex on purpose), the other three categories count', () => {
    const noindex = { ...all100, seo: { score: 63 } };
    expect(byId([page('/embed/x/', { lighthouse: noindex })])['lighthouse-embeds'].met).toBe(true);
    expect(byId([page('/embed/x/', { lighthouse: { ...noindex, performance: { score: 99 } } })])['lighthouse-embeds'].failures).toEqual(['/embed/x/: performance 99']);
    expect(byId([page('/', { lighthouse: noindex })])['lighthouse-pages'].met).toBe(false);
  });
  test('limits are strict: exactly 10 KB / 40 KB is not under', () => {
    const t = byId([page('/a/', { article: true, jsGz: 10 * KB }), page('/embed/x/', { jsGz: 40 * KB })]);
    expect(t['article-js'].met).toBe(false);
    expect(t['embed-js'].met).toBe(false);
    expect(t['embed-js'].failures).toEqual(['/embed/x/: 40.0 KB']);
  });
  test('one page not reading without JS fails the target', () => {
    expect(byId([page('/'), page('/b/', { reads: false })])['reads-without-js'].met).toBe(false);
  });
  test('a non-100 or not-available category misses the Lighthouse target; embeds are counted apart', () => {
    const t = byId([page('/', { lighthouse: { ...all100, seo: { score: 99 } } }), page('/embed/x/', { lighthouse: { ...all100, performance: { score: null, error: 'x' } } })]);
    expect(t['lighthouse-pages'].met).toBe(false);
    expect(t['lighthouse-pages'].failures).toEqual(['/: seo 99']);
    expect(t['lighthouse-embeds'].failures).toEqual(['/embed/x/: performance n/a']);
  });
  test('not measured is neither met nor missed', () => {
    const t = byId([page('/', { lighthouse: null, reads: null, totalGz: null }), page('/a/', { article: true, totalGz: null, jsGz: null })]);
    expect(t['article-total'].met).toBeNull();
    expect(t['lighthouse-pages'].met).toBeNull();
    expect(t['reads-without-js'].met).toBeNull();
    expect(t['article-js'].met).toBeNull();
  });
});

describe('report formatting', () => {
  test('KB with one decimal, 1 KB = 1024 bytes', () => {
    expect(formatKB(1024)).toBe('1.0');
    expect(formatKB(10 * 1024 - 52)).toBe('9.9');
    expect(formatKB(0)).toBe('0.0');
    expect(formatKB(null)).toBe('—');
  });
  test('fixed-width columns', () => {
    const lines = table(['page', 'KB'], [['/', '1.0'], ['/what-happened/', '64.1']]);
    expect(lines).toEqual([
      'page           ' + '  ' + '  KB',
      '---------------' + '  ' + '----',
      '/              ' + '  ' + ' 1.0',
      '/what-happened/' + '  ' + '64.1',
    ]);
  });
});

describe('pooled reference runs', () => {
  test('every run of every batch counts in the figures', () => {
    const batch = (ms: number[]) => ({ cpuRate: 4, network: null, runs: ms.map((m) => ({ firstChart: m, detectedAt: m - 16, inViewport: true, fcp: m, lcp: m, scriptMs: 5 })) }) as never;
    const pooled = poolRuns([batch([300, 310, 320]), batch([500, 510, 520])]);
    expect(pooled.runs).toHaveLength(6);
    expect(pooled.firstChart).toMatchObject({ n: 6, median: 410, min: 300, max: 520 });
  });
});

describe('where we stand', () => {
  test('prints the peer rows of issue 16 as constants with their source, then this run\'s reference and embeds', () => {
    const embed = { path: '/embed/x/', kind: 'embed', bytes: { total: { gz: 20 * KB }, jsAll: { gz: 1.5 * KB } }, firstChart: { cpu4x: { firstChart: { median: 300 }, scriptMs: { median: 31 } } } };
    const lines = whereWeStand({ pages: [embed] as never, reference: { bytes: { total: { gz: 700 }, jsAll: { gz: 0 } }, firstChart: { firstChart: { median: 250 }, scriptMs: { median: 12 } } } as never });
    const text = lines.join('\n');
    for (const p of PEERS) expect(text).toMatch(new RegExp(`${p.page.replace(/[()]/g, '.')}\\s+${p.totalKB.toFixed(1)}\\s+${p.jsKB.toFixed(1)}\\s+${p.paintedMs}\\s+${p.mainThreadJsMs}\\s+issue 16`));
    expect(text).toMatch(/Highcharts\s+106\.3\s+105\.5\s+897\s+686\s+issue 16/);
    expect(text).toMatch(/zero-JS reference page .*\s+0\.7\s+0\.0\s+250\s+12\s+this run/);
    expect(text).toMatch(/our \/embed\/x\/\s+20\.0\s+1\.5\s+300\s+31\s+this run/);
    expect(text).toContain(PEER_SOURCE);
  });
});

describe('claim and figure pages share a template per kind: the first two of each are measured', () => {
  test('two of each kind, every other page', () => {
    const paths = ['/', '/claims/b/', '/claims/a/', '/claims/c/', '/figures/forces/x/', '/figures/forces/y/', '/figures/forces/z/', '/figures/militancy/m/',
      '/embed/claim/a/', '/embed/claim/b/', '/embed/claim/c/', '/embed/figure/forces/x/', '/embed/strike-map/', '/what-happened/'];
    expect(samplePaths(paths, 2)).toEqual(['/', '/claims/a/', '/claims/b/', '/embed/claim/a/', '/embed/claim/b/', '/embed/figure/forces/x/', '/embed/strike-map/',
      '/figures/forces/x/', '/figures/forces/y/', '/figures/militancy/m/', '/what-happened/']);
  });
});

describe('flags', () => {
  test('defaults', () => {
    expect(parseArgs([])).toEqual({ build: true, lighthouse: true, lighthouseRuns: 1, runs: 5, pairs: 9, slow4g: true, only: null, allPages: false, scale: null, scaleTimeout: 300, help: false });
  });
  test('every flag', () => {
    expect(parseArgs(['--no-build', '--no-lighthouse', '--lighthouse-runs', '3', '--runs=7', '--pairs', '11', '--no-slow4g', '--only', '/,/a/', '--all-pages']))
      .toEqual({ build: false, lighthouse: false, lighthouseRuns: 3, runs: 7, pairs: 11, slow4g: false, only: ['/', '/a/'], allPages: true, scale: null, scaleTimeout: 300, help: false });
  });
  test('bad values and unknown flags are refused', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/whole number/);
    expect(() => parseArgs(['--lighthouse-runs'])).toThrow(/whole number/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown flag/);
  });
});

describe('paint pairs (embed and zero-JS reference)', () => {
  const run = (ms: number): ChartRun => ({ firstChart: ms, detectedAt: ms, inViewport: true, fcp: ms, lcp: ms });
  test('a warm-up pair first, not counted; then the order within a pair alternates, so neither page always goes first', async () => {
    const order: string[] = [];
    // the browser's first two loads are slow (a cold start), the rest take 200 ms (ref) and 260 ms (embed)
    const once = async (u: string) => { order.push(u); return run(order.length <= 2 ? 900 : u === 'ref' ? 200 : 260); };
    const r = await pairRuns(once, 'ref', 'embed', 4, 1);
    expect(order).toEqual(['ref', 'embed', 'ref', 'embed', 'embed', 'ref', 'ref', 'embed', 'embed', 'ref']);
    expect(r.warmup).toHaveLength(1);
    expect(r.ratios).toEqual([1.3, 1.3, 1.3, 1.3]);
    expect(r.ratio).toBe(1.3);
    expect(r.runs.every((x) => x.firstChart === 260) && r.refRuns.every((x) => x.firstChart === 200)).toBe(true);
  });
});
