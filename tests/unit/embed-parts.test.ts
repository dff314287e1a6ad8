/** What an embed's wide.json leaves out, and that the frame's script can put exactly that back. */
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { embedArtboard, wideDiff } from '../../src/lib/charts/embedParts';

/** What src/scripts/embed-child.ts does once wide.json is in: names copied from the narrow mark of the same row. */
function restore(narrow: string, { html: wide, names }: { html: string; names?: 'narrow' }): string {
  const doc = parse(`<div class="n">${narrow}</div><div class="w">${wide}</div>`);
  if (names === 'narrow') for (const mark of doc.querySelectorAll('.w [data-tip]').filter((m) => !m.hasAttribute('aria-label'))) {
    const label = doc.querySelector(`.n [data-tip="${mark.getAttribute('data-tip')}"]`)?.getAttribute('aria-label');
    if (label) mark.setAttribute('aria-label', label);
  }
  return doc.querySelector('.w')!.innerHTML;
}
/** Markup with each element's attributes in one order (setAttribute appends). */
const norm = (html: string) => { const d = parse(html); for (const el of d.querySelectorAll('*')) { const a = el.attributes; for (const k of Object.keys(a)) el.removeAttribute(k); for (const k of Object.keys(a).sort()) el.setAttribute(k, a[k]); } return d.toString(); };

test('a mark named alike on both artboards is named once; the frame restores exactly the page’s wide artboard', () => {
  const narrow = '<svg><g class="mark" aria-label="A: 80 killed" data-tip="0"></g><g class="mark" aria-label="B: 3" data-tip="1"></g><g class="mark" aria-label="C" data-tip="2"></g></svg>';
  const wide = '<svg><g class="mark" aria-label="A: 80 killed" data-tip="0"></g><g class="mark" aria-label="B: 3 (wide)" data-tip="1"></g><g class="mark" aria-label="D" data-tip="3"></g></svg>';
  const sent = wideDiff(narrow, wide).html;
  expect(sent).not.toContain('A: 80 killed');
  expect(sent).toContain('aria-label="B: 3 (wide)"'); // differs: kept
  expect(sent).toContain('aria-label="D"'); // not on the narrow artboard: kept
  expect(norm(restore(narrow, wideDiff(narrow, wide)))).toBe(norm(wide));
  // a wide mark without a name where its narrow mark has one: restoring would name it, so nothing is left out
  const unnamed = wide.replace('</svg>', '<g class="mark" data-tip="2"></g></svg>');
  expect(wideDiff(narrow, unnamed)).toEqual({ html: unnamed });
  expect(norm(restore(narrow, wideDiff(narrow, unnamed)))).toBe(norm(unnamed));
});

test('a row drawn by two marks with different names keeps its names', () => {
  const narrow = '<g aria-label="X" data-tip="0"></g><g aria-label="Y" data-tip="0"></g>';
  const wide = '<g aria-label="X" data-tip="0"></g><g aria-label="Y" data-tip="0"></g>';
  expect(wideDiff(narrow, wide).html).toBe(wide);
});

test('an embed’s artboards go without the pages’ test attributes, and nothing else', () => {
  expect(embedArtboard('<rect x="1" data-measure="killed" data-value="80" data-length="5.6" class="viz-bar"></rect><g data-claims="a b" data-tip="3"></g><g class="mark" data-site="kabul" data-tip="4"></g>'))
    .toBe('<rect x="1" class="viz-bar"></rect><g data-tip="3"></g><g class="mark" data-tip="4"></g>');
});
