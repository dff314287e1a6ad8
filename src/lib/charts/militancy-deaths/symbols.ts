/** Marker shapes from d3-shape's symbols, drawn at a point as one path with coordinates to 0.1 unit. */
import { pathRound } from 'd3-path';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

export type Shape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross';
const TYPES: Record<Shape, SymbolType> = { circle: symbolCircle, triangle: symbolTriangle, square: symbolSquare, diamond: symbolDiamond, cross: symbolCross };

/** The path of `shape` centred on (x, y), as large in area as a circle of radius `r`. */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  const p = pathRound(1);
  const at = {
    moveTo: (a: number, b: number) => p.moveTo(a + x, b + y),
    lineTo: (a: number, b: number) => p.lineTo(a + x, b + y),
    arc: (a: number, b: number, rad: number, s: number, e: number, ccw?: boolean) => p.arc(a + x, b + y, rad, s, e, ccw),
    rect: (a: number, b: number, w: number, h: number) => p.rect(a + x, b + y, w, h),
    closePath: () => p.closePath(),
  };
  symbol(TYPES[shape], Math.PI * r * r).context(at as never)();
  return p.toString();
}
