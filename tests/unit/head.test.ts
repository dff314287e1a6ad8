import { expect, test } from 'vitest';
import { cspFirst } from '../../src/lib/site/cspFirst.ts';
import { addDarkFallback } from '../../src/lib/site/themeFallback.mjs';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

test('cspFirst moves the policy straight after <meta charset>, before any script or style', () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>x()</script><style>a{}</style>${CSP}</head><body></body></html>`;
  expect(cspFirst(html)).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${CSP}<script>x()</script><style>a{}</style></head><body></body></html>`);
});

test('cspFirst leaves a page without a policy alone and refuses a head it cannot place the policy in', () => {
  expect(cspFirst('<html><head><meta charset="utf-8"></head></html>')).toBe('<html><head><meta charset="utf-8"></head></html>');
  expect(() => cspFirst(`<html><head><title>x</title>${CSP}</head></html>`)).toThrow(/meta charset/);
});

test('the dark theme is copied under prefers-color-scheme for readers without JavaScript, screen only', () => {
  const css = ':root{--a:#fff}:root.dark{--a:#000;color-scheme:dark}.x{y:1}:root.dark{--b:#111}@media print{:root,:root.dark{--a:#fff}}';
  const out = addDarkFallback(css);
  expect(out.startsWith(css)).toBe(true);
  expect(out).toContain('@media screen and (prefers-color-scheme:dark){:root:not(.light){--a:#000;color-scheme:dark;--b:#111}}');
  // the print override (a selector list) is not copied
  expect(out.match(/--a:#fff/g)).toHaveLength(2);
  expect(addDarkFallback('.x{y:1}')).toBe('.x{y:1}');
});
