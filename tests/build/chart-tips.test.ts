/** Built charts carry each tooltip once, in their figure's table, and every mark's row exists. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPaths } from '../helpers/html';

test('no chart mark repeats its tooltip as attributes; every data-tip row is in its chart’s table', () => {
  let marks = 0;
  for (const path of htmlPaths()) {
    const html = readFileSync(join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8');
    expect(html, path).not.toMatch(/ data-tip-(title|value|meta|quote|source)=/);
    for (const [art] of html.matchAll(/<div class="chart-art[ "][\s\S]*?class="chart-tips">[\s\S]*?<\/script>/g)) {
      const table = JSON.parse(/class="chart-tips">([\s\S]*?)<\/script>/.exec(art)![1]) as unknown[];
      for (const [, row] of art.matchAll(/ data-tip="(\d+)"/g)) {
        expect(table[Number(row)], `${path}: row ${row}`).toBeTruthy();
        marks++;
      }
    }
  }
  expect(marks).toBeGreaterThan(100);
});
