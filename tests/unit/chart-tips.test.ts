/** Tooltip data written once per chart (src/lib/charts/tipTable.ts) and read back for tests. */
import { expect, test } from 'vitest';
import { tipJson, tipTable } from '../../src/lib/charts/tipTable';
import { inlineTips } from '../helpers/tips';

const mark = (id: string, quote: string) =>
  `<g class="mark" tabindex="0" aria-label="${id}" data-record="${id}" data-tip-title="Pakistan" data-tip-value="1,200" data-tip-quote="${quote}" data-tip-source="ISPR" role="graphics-symbol"><rect/></g>`;

test('a mark drawn on both artboards keeps one row; the marks keep only its number', () => {
  const narrow = mark('a', 'said &quot;at least&quot; 40 &amp; more') + mark('b', 'other');
  const wide = `<svg>${mark('b', 'other')}${mark('a', 'said &quot;at least&quot; 40 &amp; more')}</svg>`;
  const { artboards, tips } = tipTable([narrow, wide]);
  expect(tips).toEqual([
    { title: 'Pakistan', value: '1,200', quote: 'said "at least" 40 & more', source: 'ISPR' },
    { title: 'Pakistan', value: '1,200', quote: 'other', source: 'ISPR' },
  ]);
  expect(artboards[0]).not.toContain('data-tip-');
  expect(artboards[0]).toContain('data-record="a" data-tip="0" role="graphics-symbol"');
  expect(artboards[1]).toContain('data-record="a" data-tip="0"');
  expect(artboards[1]).toContain('data-record="b" data-tip="1"');
});

test('the table cannot end its script element early', () => {
  expect(tipJson([{ quote: 'a </script> b' }])).not.toContain('</');
});

test('tests read the marks back exactly as the chart components wrote them', () => {
  const before = mark('a', 'said &quot;x&quot; &lt;y&gt; &amp; z') + mark('b', 'q');
  const { artboards, tips } = tipTable([before]);
  const built = `<figure>${artboards[0]}<script type="application/json" class="chart-tips">${tipJson(tips)}</script></figure>`;
  expect(inlineTips(built)).toBe(`<figure>${before}<script type="application/json" class="chart-tips">${tipJson(tips)}</script></figure>`);
});
