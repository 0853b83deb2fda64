// A PDF page of the stored original, rendered with pdf.js (served by this server from the
// installed pdfjs-dist), with the figures' boxes drawn over it: the paragraph or table cell the
// parser placed each figure in, and, inside it, the text run that holds the figure's digits.
import { h, locate } from './dom.js';

let pdfjs = null;
const documents = new Map();

async function lib() {
  if (!pdfjs) {
    pdfjs = await import('/vendor/pdfjs/build/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/vendor/pdfjs/build/pdf.worker.mjs';
  }
  return pdfjs;
}

async function open(documentId) {
  if (!documents.has(documentId)) {
    const { getDocument } = await lib();
    const task = getDocument({
      url: `/api/documents/${documentId}/original`,
      cMapUrl: '/vendor/pdfjs/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: '/vendor/pdfjs/standard_fonts/',
      isEvalSupported: false,
      withCredentials: true,
    });
    documents.set(documentId, task.promise);
  }
  return documents.get(documentId);
}

/**
 * Renders `page` of the document into a figure element, boxes drawn for each of `marks`
 * ({ bbox: [x0, y0, x1, y1] in PDF units, value, label }). Resolves once drawn.
 */
export async function renderPage(documentId, page, marks, width = 640) {
  const pdf = await open(documentId);
  const p = await pdf.getPage(page);
  const base = p.getViewport({ scale: 1 });
  const viewport = p.getViewport({ scale: width / base.width });
  const canvas = h('canvas', { width: Math.floor(viewport.width), height: Math.floor(viewport.height), 'aria-label': `第 ${page} 页` });
  const wrap = h('div', { class: 'page', dataset: { page } }, canvas);
  await p.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
  const text = await p.getTextContent();
  for (const m of marks) {
    drawBox(wrap, viewport, m.bbox, 'box', m.label);
    for (const run of figureRuns(text.items, m)) drawBox(wrap, viewport, run, 'box figure', m.label);
  }
  return wrap;
}

function drawBox(wrap, viewport, bbox, cls, label) {
  const [a, b, c, d] = viewport.convertToViewportRectangle(bbox);
  const box = h('div', { class: cls, title: label, 'data-label': label });
  box.style.left = `${Math.min(a, c)}px`;
  box.style.top = `${Math.min(b, d)}px`;
  box.style.width = `${Math.abs(c - a)}px`;
  box.style.height = `${Math.abs(d - b)}px`;
  wrap.append(box);
}

/** A Latin character or digit is about half as wide as a CJK one. */
const weight = (c) => (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1);

/**
 * Where the figure's digits are inside its block: the block's text runs joined (spaces dropped),
 * the evidence snippet found in them, the value found in the snippet; one box per run it spans.
 */
export function figureRuns(items, m) {
  const [x0, y0, x1, y1] = m.bbox;
  const chars = [];
  for (const item of items) {
    if (!item.str) continue;
    const x = item.transform[4];
    const y = item.transform[5];
    if (x < x0 - 2 || x > x1 + 2 || y < y0 - 4 || y > y1 + 4) continue;
    const total = [...item.str].reduce((n, c) => n + weight(c), 0) || 1;
    let at = 0;
    for (const c of item.str) {
      const w = weight(c);
      if (!/\s/.test(c)) chars.push({ c, item, from: at / total, to: (at + w) / total });
      at += w;
    }
  }
  const text = chars.map((x) => x.c).join('');
  const snippet = String(m.snippet ?? '').replace(/\s+/g, '');
  const s = snippet ? text.indexOf(snippet) : -1;
  const base = s >= 0 ? s : 0;
  const found = locate(s >= 0 ? text.slice(s, s + snippet.length) : text, m.value);
  if (!found) return [];
  const byItem = new Map();
  for (const ch of chars.slice(base + found[0], base + found[1])) {
    const r = byItem.get(ch.item) ?? { from: ch.from, to: ch.to };
    r.to = ch.to;
    byItem.set(ch.item, r);
  }
  return [...byItem].map(([item, r]) => {
    const x = item.transform[4];
    const y = item.transform[5];
    return [x + item.width * r.from, y - item.height * 0.2, x + item.width * r.to, y + item.height];
  });
}
