/**
 * Ruling lines from a page's operator list: stroked path segments and thin filled rectangles that
 * are horizontal or vertical, in page space.
 *
 * pdfjs 5 hands paths over as OPS.constructPath with args [paintOp, [Float32Array | null], minMax]:
 * the buffer holds DrawOPS codes (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4)
 * followed by their coordinates, in the user space of the moment; the current transformation matrix
 * is tracked here through save/restore/transform and form XObjects.
 */
type Matrix = [number, number, number, number, number, number];

export interface HSeg {
  y: number;
  x0: number;
  x1: number;
}
export interface VSeg {
  x: number;
  y0: number;
  y1: number;
}
export interface Rulings {
  h: HSeg[];
  v: VSeg[];
}

/** The OPS codes used here (pdfjs's shared/util.js OPS). */
export interface OpsTable {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** p → outer(inner(p)) */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Thickness below which a filled rectangle is a rule, not a shaded area. */
const THIN = 2.5;
/** Rules shorter than this are glyph parts, underline ticks or dots, not table borders. */
const MIN_LENGTH = 3;

export function extractRulings(fnArray: number[], argsArray: unknown[], OPS: OpsTable): Rulings {
  const h: HSeg[] = [];
  const v: VSeg[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  const addSegment = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y1 - y0) <= 1 && Math.abs(x1 - x0) >= MIN_LENGTH) h.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) <= 1 && Math.abs(y1 - y0) >= MIN_LENGTH)
      v.push({ x: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && Array.isArray(args) && args.length === 6) ctm = compose(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = Array.isArray(args) ? (args[0] as Matrix | null) : null;
      if (Array.isArray(m) && m.length === 6) ctm = compose(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const paint = args[0] as number;
      const buffer = Array.isArray(args[1]) ? (args[1][0] as ArrayLike<number> | null) : null;
      if (!buffer || (!strokes.has(paint) && !fills.has(paint))) continue;
      const subpaths = readPath(buffer, ctm);
      if (strokes.has(paint)) {
        for (const sp of subpaths) {
          for (let k = 1; k < sp.points.length; k++) {
            const [p, q] = [sp.points[k - 1], sp.points[k]];
            if (p && q) addSegment(p[0], p[1], q[0], q[1]);
          }
        }
      }
      if (fills.has(paint)) {
        for (const sp of subpaths) {
          const pts = sp.points.filter((p): p is [number, number] => p !== null);
          if (pts.length < 2) continue;
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH) h.push({ y: (y0 + y1) / 2, x0, x1 });
          else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH) v.push({ x: (x0 + x1) / 2, y0, y1 });
        }
      }
    }
  }
  return { h: mergeH(h), v: mergeV(v) };
}

interface Subpath {
  /** points in page space; null marks a curve (its segment is not a rule) */
  points: ([number, number] | null)[];
}

function readPath(buf: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  let start: [number, number] | null = null;
  for (let i = 0; i < buf.length; ) {
    const op = buf[i++];
    if (op === 0) {
      const p = apply(ctm, buf[i++], buf[i++]);
      cur = { points: [p] };
      start = p;
      out.push(cur);
    } else if (op === 1) {
      const p = apply(ctm, buf[i++], buf[i++]);
      if (!cur) {
        cur = { points: [] };
        out.push(cur);
      }
      cur.points.push(p);
    } else if (op === 2 || op === 3) {
      const n = op === 2 ? 6 : 4;
      const p = apply(ctm, buf[i + n - 2], buf[i + n - 1]);
      i += n;
      cur?.points.push(null, p);
    } else if (op === 4) {
      if (cur && start) cur.points.push(start);
    } else break; // unknown code: the rest cannot be decoded
  }
  return out;
}

const Y_TOL = 1.5;
const JOIN_GAP = 2;

function mergeH(segs: HSeg[]): HSeg[] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: HSeg[][] = [];
  for (const s of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - s.y) <= Y_TOL) row.push(s);
    else rows.push([s]);
  }
  const out: HSeg[] = [];
  for (const row of rows) {
    const y = row.reduce((t, s) => t + s.y, 0) / row.length;
    row.sort((a, b) => a.x0 - b.x0);
    let cur: HSeg | null = null;
    for (const s of row) {
      if (cur && s.x0 <= cur.x1 + JOIN_GAP) cur.x1 = Math.max(cur.x1, s.x1);
      else {
        cur = { y, x0: s.x0, x1: s.x1 };
        out.push(cur);
      }
    }
  }
  return out;
}

function mergeV(segs: VSeg[]): VSeg[] {
  const asH = mergeH(segs.map((s) => ({ y: s.x, x0: s.y0, x1: s.y1 })));
  return asH.map((s) => ({ x: s.y, y0: s.x0, y1: s.x1 }));
}
