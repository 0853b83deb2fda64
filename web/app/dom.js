// Building the page. Report text is untrusted: it only ever becomes text nodes (textContent),
// never markup — no innerHTML anywhere in the app — so a report holding <script> or <img onerror>
// shows those characters and runs nothing.

/** h('li', { class: 'x', onclick: fn, dataset: { id: 3 } }, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (/^(href|src|action|formaction|style|srcdoc)$/i.test(k)) {
      // URLs are built by the app from ids, never from report text; style only through CSSOM
      if (k === 'href' && typeof v === 'string' && (v.startsWith('#') || v.startsWith('/api/'))) el.setAttribute('href', v);
    } else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/**
 * A snippet with the figure's value highlighted: text nodes and one <mark>, found by the digits
 * (the snippet is the source as written: "7143.45 万元", "７１４３．４５", "7,143.45").
 */
export function highlighted(snippet, value) {
  const frag = document.createDocumentFragment();
  const text = String(snippet ?? '');
  const at = locate(text, String(value ?? ''));
  if (!at) {
    frag.append(document.createTextNode(text));
    return frag;
  }
  frag.append(
    document.createTextNode(text.slice(0, at[0])),
    h('mark', {}, text.slice(at[0], at[1])),
    document.createTextNode(text.slice(at[1])),
  );
  return frag;
}

const FULL = '０１２３４５６７８９．';
const half = (c) => {
  const i = FULL.indexOf(c);
  return i < 0 ? c : i === 10 ? '.' : String(i);
};

/** Where `value` is written in `text`, allowing full-width digits and thousands separators. */
export function locate(text, value) {
  if (!value) return null;
  const norm = [];
  const map = [];
  for (let i = 0; i < text.length; i++) {
    const c = half(text[i]);
    if (c === ',' || c === '，') continue;
    norm.push(c);
    map.push(i);
  }
  const s = norm.join('');
  let from = 0;
  while (from <= s.length) {
    const i = s.indexOf(value, from);
    if (i < 0) return null;
    const before = s[i - 1];
    const after = s[i + value.length];
    // a whole number, not the middle of a longer one
    if (!(before && /[\d.]/.test(before)) && !(after && /\d/.test(after))) return [map[i], map[i + value.length - 1] + 1];
    from = i + 1;
  }
  return null;
}
