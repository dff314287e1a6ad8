import { describe, expect, test } from 'vitest';
import { numbersIn, quoteStatesValue, textStates } from '../../src/lib/content/numbers.ts';

describe('textStates finds a value in the forms reports write it', () => {
  test.each([
    ['Pakistani air and ground operations killed at least 274 members', 274],
    ['more than 600,000 active personnel', 600000],
    ['In 2025, 2.9 million people returned to Afghanistan', 2900000],
    ['more than 2.43m undocumented Afghan migrants', 2430000],
    ['more than 4,83,700 Afghans have returned', 483700],
    ['Thirteen Afghan soldiers had been killed', 13],
    ['killed twenty-three soldiers', 23],
    ['حداقل ۱۴ غیرنظامی کشته', 14],
    ['دستکم ۱۱۵ هزار غیرنظامی افغان', 115000],
    ['حدود سه هزار نفر در پاکستان', 3000],
    ['عاد أكثر من ٢٥١٬٠٠٠ أفغاني', 251000],
    ['India holds 180 nuclear warheads', 180],
    ['USD 1.5 million in exports', 1500000],
    ['a 2,611-kilometer border', 2611],
    ['losses of Rs450 million in imports', 450000000],
    ['two hundred soldiers', 200],
    ['on 12,13 March', 13],
  ])('%s → %d', (text, value) => {
    expect(textStates(text, value)).toBe(true);
  });

  test.each([
    ['killed at least 274 members', 247],
    ['more than 600,000 active personnel', 60000],
    ['2.9 million people', 29],
    ['Thirteen soldiers', 30],
    ['2.9 million people', 2.9],
    ['$216 million', 216],
    ['around 75 American-made F-16 Fighting Falcons', 16],
    ['nearly 150 JF-17 Thunder multi-role fighters', 17],
    ['12 soldiers were killed and 27 others were wounded', 1227],
    ['rising from 2,555 in 2024', 2],
    ['on 12,13 March', 1213],
  ])('%s does not state %d', (text, value) => {
    expect(textStates(text, value)).toBe(false);
  });

  test('a date in the quote is read as its parts, not as one number', () => {
    expect(numbersIn('on 26 February 2026')).toEqual([26, 2026]);
  });
});

describe('quoteStatesValue', () => {
  test('a range needs both ends in the quote', () => {
    expect(quoteStatesValue('between 15 and 20 fighters', [15, 20])).toBeUndefined();
    expect(quoteStatesValue('about 20 fighters', [15, 20])?.message).toMatch(/value 15 /);
  });

  test('quoteForm must appear verbatim in the quote', () => {
    expect(quoteStatesValue('Fortunately, there have been no reported casualties.', 0, 'no reported casualties')).toBeUndefined();
    expect(quoteStatesValue('Fortunately, there were few casualties.', 0, 'no reported casualties')).toMatchObject({ field: 'quoteForm' });
  });
});
