// A PDF page of the stored original, rendered with pdf.js (served by this server from the
// installed pdfjs-dist), with the figures' boxes drawn over it: the paragraph or table cell the
// parser placed each figure in, and, inside it, the text run that holds the figure's digits.
import { h } from './dom.js';

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

const digits = (s) => s.replace(/[,，\s]/g, '');

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
    // the text run inside the block that holds the figure's digits, drawn tighter
    const [x0, y0, x1, y1] = m.bbox;
    for (const item of text.items) {
      if (!item.str || !digits(item.str).includes(m.value)) continue;
      const x = item.transform[4];
      const y = item.transform[5];
      if (x < x0 - 2 || x > x1 + 2 || y < y0 - 4 || y > y1 + 4) continue;
      drawBox(wrap, viewport, [x, y - item.height * 0.2, x + item.width, y + item.height], 'box figure', m.label);
    }
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
