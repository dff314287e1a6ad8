/** Relative path data (src/lib/charts/compactPaths.ts) draws exactly the points the absolute data drew. */
import { expect, test } from 'vitest';
import { relativePath, compactPaths } from '../../src/lib/charts/compactPaths';

/** The absolute points of a path of M/L/Z commands, absolute or relative (SVG rules: after m, pairs are l). */
function points(d: string): [number, number][] {
  const tokens = d.match(/[MLZmlz]|-?\d*\.?\d+/g)!;
  const out: [number, number][] = [];
  let x = 0; let y = 0; let sx = 0; let sy = 0; let cmd = '';
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i++];
    if (/[Zz]/.test(t)) { x = sx; y = sy; out.push([x, y]); continue; }
    if (/[MLml]/.test(t)) { cmd = t; continue; }
    const a = Number(t); const b = Number(tokens[i++]);
    const relative = cmd === 'm' || cmd === 'l';
    x = relative ? x + a : a; y = relative ? y + b : b;
    if (cmd === 'M' || cmd === 'm') { sx = x; sy = y; cmd = cmd === 'M' ? 'L' : 'l'; }
    out.push([Math.round(x * 1000) / 1000 + 0, Math.round(y * 1000) / 1000 + 0]);
  }
  return out;
}

test.each([
  'M168.7,0L167.6,3.2L168.3,7.9L169.4,10.1Z',
  'M0,-7.4L1.5,-3.6L5.3,-5.3L3.6,-1.5L7.4,0Z',
  'M24.1,324L21.9,325.1L20.1,326.2M175.2,372L173.4,368.4L178.1,364',
  'M10,10L10.25,10.5L-3.125,0.75ZM5,5L6,6Z',
  'M-4.7,-4.7L4.7,4.7M-4.7,4.7L4.7,-4.7',
])('%s: same points, fewer characters', (d) => {
  const r = relativePath(d);
  expect(points(r)).toEqual(points(d));
  expect(r.length).toBeLessThanOrEqual(d.length);
});

test('curves, arcs, H and V are left as they are', () => {
  for (const d of ['M-5.8,0A5.8,5.8 0 1,0 5.8,0Z', 'M-3.3,0H3.3', 'M10,358V362H75V358', 'M0,0C1,1 2,2 3,3', '']) expect(relativePath(d)).toBe(d);
});

test('every d attribute of an artboard, nothing else', () => {
  expect(compactPaths('<path d="M1,1L2,2" class="x"></path><path d="M0,0H3"></path><text data-d="M1,1L2,2">')).toBe('<path d="m1,1 1,1" class="x"></path><path d="M0,0H3"></path><text data-d="M1,1L2,2">');
});
