/** Tooltip data written once per chart (src/lib/charts/tipTable.ts): rows handed out by the kit as marks are drawn, read back for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tipJson, TipRows } from '../../src/lib/charts/tipTable';
import { inlineTips } from '../helpers/tips';

test('a mark drawn on both artboards keeps one row; a mark carries only its number', () => {
  const tips = new TipRows();
  const a = { title: 'Pakistan', value: '1,200', quote: 'said "at least" 40 & more', source: 'ISPR' };
  const b = { title: 'Pakistan', value: '1,200', quote: 'other', source: 'ISPR' };
  // narrow artboard: a, b; wide: b, a
  expect([tips.mark(a), tips.mark(b), tips.mark(b), tips.mark({ ...a })]).toEqual([{ 'data-tip': '0' }, { 'data-tip': '1' }, { 'data-tip': '1' }, { 'data-tip': '0' }]);
  expect(tips.rows).toEqual([a, b]);
});

test('fields without a value are left out, in one order whatever order a chart passes them in', () => {
  const tips = new TipRows();
  tips.mark({ source: 'ISPR', title: 'Pakistan', meta: undefined, quote: null });
  expect(JSON.stringify(tips.rows)).toBe('[{"title":"Pakistan","source":"ISPR"}]');
  expect(tips.mark({ title: 'Pakistan', source: 'ISPR' })).toEqual({ 'data-tip': '0' });
});

test('the table cannot end its script element early', () => {
  expect(tipJson([{ quote: 'a </script> b' }])).not.toContain('</');
});

test('tests read the marks back with their tooltips', () => {
  const tips = new TipRows();
  const row = tips.mark({ title: 'x', quote: 'said "x" <y> & z' })['data-tip'];
  const built = `<figure><g data-tip="${row}"></g><script type="application/json" class="chart-tips">${tipJson(tips.rows)}</script></figure>`;
  expect(inlineTips(built)).toContain('<g data-tip-title="x" data-tip-quote="said &quot;x&quot; &lt;y&gt; &amp; z"></g>');
});

test('chart components take tooltip rows from the kit as they draw, and write no tooltip text onto marks (no regex moves it afterwards)', () => {
  const dir = 'src/components/charts';
  const components = readdirSync(dir).filter((f) => f.endsWith('.astro'));
  expect(components.length).toBeGreaterThanOrEqual(5);
  for (const f of components) {
    const src = readFileSync(join(dir, f), 'utf8');
    expect(src, f).not.toMatch(/data-tip-(title|value|meta|quote|source|links)/);
    expect(src, f).toMatch(/tips\.mark\(/);
  }
  const frame = readFileSync('src/components/ChartFrame.astro', 'utf8');
  expect(frame).toMatch(/tipRows\.rows/);
  expect(readFileSync('src/lib/charts/tipTable.ts', 'utf8')).not.toMatch(/data-tip-\(\?:/);
});
