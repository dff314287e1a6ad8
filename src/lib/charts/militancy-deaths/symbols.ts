/** Marker shapes from d3-shape's symbols, drawn at a point as one path with coordinates to 0.1 unit. */
import { pathRound } from 'd3-path';
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type CanvasPath_D3Shape, type SymbolType } from 'd3-shape';

export type Shape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross';
const TYPES: Record<Shape, SymbolType> = { circle: symbolCircle, triangle: symbolTriangle, square: symbolSquare, diamond: symbolDiamond, cross: symbolCross };

/** The path of `shape` centred on (x, y), as large in area as a circle of radius `r`. */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  const p = pathRound(1);
  // d3-path's commands, moved to (x, y)
  const at: CanvasPath_D3Shape = {
    moveTo: (a, b) => p.moveTo(a + x, b + y),
    lineTo: (a, b) => p.lineTo(a + x, b + y),
    arc: (a, b, rad, s, e, ccw) => p.arc(a + x, b + y, rad, s, e, ccw),
    arcTo: (a, b, c, d, rad) => p.arcTo(a + x, b + y, c + x, d + y, rad),
    quadraticCurveTo: (a, b, c, d) => p.quadraticCurveTo(a + x, b + y, c + x, d + y),
    bezierCurveTo: (a, b, c, d, e, f) => p.bezierCurveTo(a + x, b + y, c + x, d + y, e + x, f + y),
    ellipse: () => { throw new Error('symbolPath: d3-shape\'s symbols draw no ellipses'); },
    rect: (a, b, w, h) => p.rect(a + x, b + y, w, h),
    closePath: () => p.closePath(),
  };
  TYPES[shape].draw(at, Math.PI * r * r);
  return p.toString();
}
