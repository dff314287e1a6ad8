/**
 * CSV cells that a spreadsheet would run as formulas are neutralised (OWASP: a leading single
 * quote), in the one CSV writer both `/data/*.csv` and `/charts/*.csv` use; numbers stay numbers.
 */
import { afterAll, expect, test } from 'vitest';
import { rm } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { loadContent } from '../../src/lib/content/load.ts';
import { csvFromRecords, neutraliseCell } from '../../src/lib/data/csv.ts';
import { csvColumns, csvRow, publicRecord } from '../../src/lib/data/records.ts';
import { chartCsv } from '../../src/lib/embed/csv.ts';
import { chartById } from '../../src/lib/charts/registry.ts';
import { plainData } from '../../src/lib/charts/types.ts';
import { realContentCopy, setField } from '../helpers/fixture.ts';

const copies: string[] = [];
afterAll(async () => { await Promise.all(copies.map((d) => rm(d, { recursive: true, force: true }))); });

test.each([
  ['=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
  ['+1+cmd|calc', `'+1+cmd|calc`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
  ['\t=1', `'\t=1`],
  ['\r=1', `'\r=1`],
  ['-12', '-12'],
  ['+3.5', '+3.5'],
  ['-1,234', '-1,234'],
  ['a = b', 'a = b'],
  ['2026-02-27', '2026-02-27'],
])('%j is written as %j', (cell, written) => {
  expect(neutraliseCell(cell)).toBe(written);
});

const FORMULA = '=HYPERLINK("https://evil.example","Details")';
const ID = 'pk-tarar-2026-03-08-afghan-killed-583';

async function contentWithFormula() {
  const root = await realContentCopy();
  copies.push(root);
  await setField(root, 'claims/2026-02-26-open-war.yaml', ID, 'speaker', `'${FORMULA}'`);
  await setField(root, 'sources/research.yaml', 'src-136', 'publisher', `'${FORMULA}'`); // the 583's source
  const { tree, problems } = await loadContent(root);
  expect(problems).toEqual([]);
  return tree;
}

test('a formula in a record is neutralised in /data/claims.csv, and numbers stay numbers', async () => {
  const tree = await contentWithFormula();
  const rows = tree.claims.map((e) => csvRow(publicRecord(e.data)));
  const parsed = parse(csvFromRecords(rows, csvColumns(rows)), { columns: true }) as Record<string, string>[];
  const row = parsed.find((r) => r.id === ID)!;
  expect(row.speaker).toBe(`'${FORMULA}`);
  expect(row.value).toBe('583');
  for (const r of parsed) for (const cell of Object.values(r)) expect(cell, `${r.id}: ${cell}`).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
});

test('a formula in a record is neutralised in the chart CSV that shows it', async () => {
  const tree = await contentWithFormula();
  const csv = chartCsv(chartById('casualty-claims').compute(plainData(tree)));
  const cells = (parse(csv) as string[][]).flat();
  expect(cells).toContain(`'${FORMULA}`);
  expect(cells.filter((c) => /^[=+@\t\r]|^-(?!\d)/.test(c))).toEqual([]);
});
