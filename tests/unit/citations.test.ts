import { describe, expect, test } from 'vitest';
import { checkCitations, citationsIn, endnoteNumbers } from '../../src/lib/content/citations.ts';

const body = [
  'Intro line.',
  'Pakistan said <Claim id="pk-274" /> died; Kabul said <Claim id=\'af-12\'/>.',
  'The IISS counts <Fact id="forces/pk-personnel" /> troops, and again <Claim id="pk-274" />.',
].join('\n');

describe('citationsIn', () => {
  test('finds every figure element in order, with its line and key', () => {
    const { citations, malformed } = citationsIn(body);
    expect(malformed).toEqual([]);
    expect(citations.map((c) => [c.key, c.line])).toEqual([
      ['claims/pk-274', 2], ['claims/af-12', 2], ['forces/pk-personnel', 3], ['claims/pk-274', 3],
    ]);
  });

  test('a record cited twice keeps its first note number', () => {
    expect([...endnoteNumbers(citationsIn(body).citations)]).toEqual([['claims/pk-274', 1], ['claims/af-12', 2], ['forces/pk-personnel', 3]]);
  });

  test('elements without a plain id, or a Fact outside the figure collections, are malformed', () => {
    const { citations, malformed } = citationsIn('a <Claim id={x} />\nb <Fact id="events/x" />\nc <Fact id="claims" />');
    expect(citations).toEqual([]);
    expect(malformed.map((m) => m.line)).toEqual([1, 2, 3]);
  });
});

describe('checkCitations', () => {
  const exists = (collection: string, id: string) => collection === 'claims' && id === 'pk-274';
  test('a citation of a missing record names the file, line and record', () => {
    const problems = checkCitations('content/pages/x.mdx', body, exists, 10);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [12, 'claims/af-12', 'cites claims entry "af-12", which does not exist'],
      [13, 'forces/pk-personnel', 'cites forces entry "pk-personnel", which does not exist'],
    ]);
  });
});
