import { expect, test } from 'vitest';
import { classTokens, pruneCss, requiredClasses } from '../../src/lib/embed/pruneCss';

test('a selector needs its classes, but not those under :not() or in a selector list', () => {
  expect(requiredClasses('.a .b>.c:hover')).toEqual(['a', 'b', 'c']);
  expect(requiredClasses(':where(.space-y-1>:not(:last-child))')).toEqual(['space-y-1']);
  expect(requiredClasses('.x:not(.y)')).toEqual(['x']);
  expect(requiredClasses('.chart-data :is(th,td)')).toEqual(['chart-data']);
  expect(requiredClasses(':is(.a,.b) .c')).toEqual(['c']);
  expect(requiredClasses('.border-\\(--color-rule\\)')).toEqual(['border-(--color-rule)']);
});

test('rules whose classes occur nowhere go; the rest, @font-face, layer order and used custom properties stay', () => {
  const css = '@layer theme, utilities;@layer theme{:root{--text-xs:.75rem;--text-4xl:2.25rem}}'
    + '@layer utilities{.text-xs{font-size:var(--text-xs)}.text-4xl{font-size:var(--text-4xl)}.transform{transform:var(--tw-rotate-x,)}}'
    + '@media (width>=40rem){.sm\\:p-5{padding:1rem}}.tip,.unused{color:red}html{color:blue}'
    + '@font-face{font-family:X;src:local(Arial)}@property --tw-rotate-x{syntax:"*";inherits:false}';
  const out = pruneCss(css, classTokens(['<p class="text-xs">', "tip.className = 'tip'"]));
  expect(out).toBe('@layer theme, utilities;@layer theme{:root{--text-xs:.75rem}}'
    + '@layer utilities{.text-xs{font-size:var(--text-xs)}}'
    + '.tip{color:red}html{color:blue}@font-face{font-family:X;src:local(Arial)}');
});

test('a class attribute\'s classes count whole, = and all (Tailwind\'s aria-[current=page]:underline)', () => {
  const css = '.aria-\\[current\\=page\\]\\:underline:is([aria-current=page]){text-decoration-line:underline}.gone{color:red}';
  expect(pruneCss(css, classTokens(['<a aria-current="page" class="inline-block aria-[current=page]:underline">'])))
    .toBe('.aria-\\[current\\=page\\]\\:underline:is([aria-current=page]){text-decoration-line:underline}');
});
