/**
 * Reads the numbers a piece of text states, in the forms news reports write them:
 * "274", "600,000", "4,83,700" (Indian grouping), "2.9 million", "2.43m", "Thirteen",
 * "twenty-three", Eastern Arabic, Persian and Devanagari digits, and "۱۱۵ هزار".
 */

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966]; // Arabic-Indic, Persian, Devanagari zeros

function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find((zero) => code >= zero && code <= zero + 9);
    if (block !== undefined) out += String(code - block);
    else if (ch === '\u066c') out += ','; // Arabic thousands separator
    else if (ch === '\u066b') out += '.'; // Arabic decimal separator
    else out += ch;
  }
  return out;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// Persian number words used in Dari reporting.
const PERSIAN: Record<string, number> = {
  'یک': 1, 'دو': 2, 'سه': 3, 'چهار': 4, 'پنج': 5, 'شش': 6, 'هفت': 7, 'هشت': 8, 'ده': 10,
};

const MULTIPLIERS: [RegExp, number][] = [
  [/^\s*(?:billion|bn)\b/i, 1e9],
  [/^\s*(?:million|mn)\b/i, 1e6],
  [/^m\b/i, 1e6],
  [/^\s*(?:thousand)\b/i, 1e3],
  [/^\s*(?:hundred)\b/i, 1e2],
  [/^\s*(?:lakh)\b/i, 1e5],
  [/^\s*هزار/, 1e3],
  [/^\s*млн/i, 1e6],
  [/^\s*тыс/i, 1e3],
];

function multiplierAt(rest: string): number {
  for (const [re, factor] of MULTIPLIERS) if (re.test(rest)) return factor;
  return 1;
}

/** Letters directly before a numeral that do not make it part of a name (F-16, JF-17, F0046). */
const CURRENCY_PREFIX = /(?:^|[^A-Za-z])(?:Rs|USD|PKR|US)\.?-?$/;

/**
 * Numerals: Western thousands grouping (600,000), Indian grouping (4,83,700) or plain digits,
 * with an optional decimal part. A multiplier word after it scales it ("2.9 million" is only
 * 2900000, never 2.9).
 */
const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d+(?:\.\d+)?/g;

/** Every number the text states, with multipliers applied ("2.9 million" gives 2900000). */
export function numbersIn(text: string): number[] {
  const t = asciiDigits(text);
  const found: number[] = [];
  for (const m of t.matchAll(NUMERAL)) {
    const before = t.slice(0, m.index);
    if (/[A-Za-z]-?$/.test(before) && !CURRENCY_PREFIX.test(before)) continue; // part of a name
    const n = Number(m[0].replace(/,/g, ''));
    found.push(n * multiplierAt(t.slice(m.index! + m[0].length)));
  }
  const words = /[a-z]+(?:-[a-z]+)?/gi;
  for (const m of t.matchAll(words)) {
    const [first, second] = m[0].toLowerCase().split('-');
    let n: number | undefined;
    if (second !== undefined && first in TENS && second in UNITS) n = TENS[first] + UNITS[second];
    else if (second === undefined) n = UNITS[first] ?? TENS[first];
    if (n === undefined) continue;
    let rest = t.slice(m.index! + m[0].length);
    let factor = 1;
    // "two hundred thousand": apply each multiplier word in turn
    for (let f = multiplierAt(rest); f !== 1; f = multiplierAt(rest)) {
      factor *= f;
      rest = rest.replace(/^\s*\S+/, '');
    }
    found.push(n * factor);
  }
  for (const m of t.matchAll(/[\u0600-\u06ff]+/g)) {
    const n = PERSIAN[m[0]];
    if (n !== undefined) found.push(n * multiplierAt(t.slice(m.index! + m[0].length)));
  }
  return found;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Whether the text states `value` in some written form. */
export function textStates(text: string, value: number): boolean {
  return numbersIn(text).some((n) => same(n, value));
}

export interface QuoteProblem {
  field: 'quote' | 'quoteForm';
  message: string;
}

/**
 * Checks that a quote states its value: every number of a range must appear. With an explicit
 * `quoteForm` (for wordings the reader cannot parse), that form must appear verbatim instead.
 */
export function quoteStatesValue(
  quote: string,
  value: number | readonly [number, number],
  quoteForm?: string,
): QuoteProblem | undefined {
  if (quoteForm !== undefined) {
    return quote.toLowerCase().includes(quoteForm.toLowerCase())
      ? undefined
      : { field: 'quoteForm', message: `quoteForm "${quoteForm}" does not appear in the quote` };
  }
  const values = typeof value === 'number' ? [value] : [...value];
  const missing = values.filter((v) => !textStates(quote, v));
  if (missing.length === 0) return undefined;
  return {
    field: 'quote',
    message: `quote does not state the value ${missing.join(' and ')} in any written form (digits, "2.9 million", words); fix the value or the quote, or give quoteForm`,
  };
}
