// The review web app: queue, discrepancy with its source, decisions with keyboard shortcuts,
// report view, upload with live progress. Chinese first; English on a toggle.
import { ApiError, get, post, query, session } from './api.js';
import { append, clear, h, highlighted } from './dom.js';
import { renderPage } from './pdfview.js';
import { disposeCharts, showCompare, showDepartment } from './compare.js';

const TEXT = {
  title: ['预算绩效报告审核', 'Budget report review'],
  queue: ['审核队列', 'Review queue'],
  upload: ['上传报告', 'Upload'],
  compare: ['部门对比', 'Compare'],
  exports: ['导出', 'Export'],
  reviewer: ['审核人', 'Reviewer'],
  login: ['登录', 'Log in'],
  token: ['访问令牌', 'Access token'],
  name: ['姓名', 'Name'],
  batch: ['批次', 'Batch'],
  department: ['部门', 'Department'],
  year: ['年度', 'Year'],
  rule: ['规则', 'Rule'],
  severity: ['严重程度', 'Severity'],
  status: ['状态', 'Status'],
  all: ['全部', 'All'],
  apply: ['筛选', 'Filter'],
  none: ['没有符合条件的差异。', 'No discrepancies match.'],
  pick: ['从左侧选择一条差异(↑/↓ 或 j/k)。', 'Pick a discrepancy on the left (↑/↓ or j/k).'],
  arithmetic: ['算式', 'Arithmetic'],
  figure: ['数字', 'Figure'],
  value: ['数值', 'Value'],
  page: ['页', 'Page'],
  source: ['原文', 'Source'],
  extractionError: ['提取错误', 'Extraction error'],
  genuine: ['报告本身不一致', 'Genuine inconsistency'],
  acceptable: ['可接受', 'Acceptable'],
  undo: ['撤销上一决定', 'Undo last decision'],
  correctValue: ['正确数值', 'Right value'],
  which: ['哪个数字读错了', 'Which figure was misread'],
  otherMention: ['取另一处', 'Take the other mention'],
  why: ['理由', 'Reason'],
  save: ['确定', 'Save'],
  cancel: ['取消', 'Cancel'],
  audit: ['审核记录', 'Audit'],
  report: ['报告', 'Report'],
  openReport: ['查看整份报告', 'Open the report'],
  figures: ['全部数字', 'All figures'],
  missing: ['未找到的数字', 'Figures not found'],
  tasks: ['重点工作任务', 'Task lines'],
  targets: ['绩效目标', 'Performance targets'],
  indicators: ['绩效指标', 'Indicators'],
  discrepancies: ['差异', 'Discrepancies'],
  correct: ['更正', 'Correct'],
  add: ['补充', 'Add'],
  corrected: ['已更正', 'corrected'],
  extracted: ['原读数', 'as extracted'],
  drop: ['把报告文件、文件夹或 .zip 拖到这里,或', 'Drop report files, folders or a .zip here, or'],
  chooseFiles: ['选择文件', 'choose files'],
  chooseFolder: ['选择文件夹', 'choose a folder'],
  uploading: ['正在上传…', 'Uploading…'],
  loading: ['加载中…', 'Loading…'],
  documents: ['文档', 'Documents'],
  rejected: ['未接受', 'Rejected'],
  reviewBatch: ['审核这一批', 'Review this batch'],
  budget: ['预算数', 'Budget'],
  executed: ['完成数', 'Executed'],
  rate: ['执行率', 'Rate'],
  explanation: ['报告中的说明', 'Explanation in the report'],
  note: ['审核意见', 'Reviewer note'],
  keys: [
    '快捷键: <1> 提取错误  <2> 报告本身不一致  <3> 可接受  <j>/<↓> 下一条  <k>/<↑> 上一条  <u> 撤销  <r> 报告',
    'Keys: <1> extraction error  <2> genuine  <3> acceptable  <j>/<↓> next  <k>/<↑> previous  <u> undo  <r> report',
  ],
  saved: ['已记录', 'Recorded'],
  undone: ['已撤销', 'Undone'],
  noUndo: ['没有可撤销的决定', 'Nothing to undo'],
  needName: ['请填写审核人姓名', 'Enter the reviewer’s name'],
  resolved: ['更正后该差异已相符', 'The correction resolved it'],
};

const state = {
  lang: localStorage.getItem('budgetlens.lang') === 'en' ? 'en' : 'zh',
  session: null,
  vocabulary: null,
  filter: { status: 'open' },
  queue: null,
  selected: null,
  /** Discrepancy ids decided in this page, latest last: what Undo reverses. */
  decided: [],
};

const t = (key) => TEXT[key][state.lang === 'en' ? 1 : 0];
const label = (group, key) => state.vocabulary?.[group]?.[key]?.[state.lang] ?? key;
/**
 * A fresh, empty <main> for the route about to render, put in place of the old one. Renders are
 * async (they wait for the API), and a render that resolves after the reader has moved on must not
 * overwrite the newer page: each route writes only into the view it was given, and a stale view is
 * no longer in the document. (A slow queue load once replaced the upload area just opened.)
 */
function freshView() {
  const old = document.getElementById('main');
  const view = old.cloneNode(false);
  view.append(h('p', { class: 'loading' }, t('loading')));
  old.replaceWith(view);
  return view;
}

function toast(message, isError = false) {
  const el = h('div', { class: `toast${isError ? ' error' : ''}`, role: 'status' }, message);
  document.body.append(el);
  setTimeout(() => el.remove(), 2500);
}

function failure(e) {
  if (e instanceof ApiError && e.status === 401) return showLogin();
  toast(e.message, true);
}

// ── chrome ────────────────────────────────────────────────────────────────────────────────────

function renderChrome() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.getElementById('title').textContent = t('title');
  document.getElementById('lang').textContent = state.lang === 'en' ? '中文' : 'English';
  const route = location.hash.split('/')[1] || 'queue';
  const links = [
    ['#/queue', 'queue'],
    ['#/compare', 'compare'],
    ['#/upload', 'upload'],
    ['#/export', 'exports'],
  ];
  append(
    clear(document.getElementById('nav')),
    links.map(([href, key]) => h('a', { href, 'aria-current': route === href.slice(2) ? 'page' : null }, t(key))),
  );
  const who = document.getElementById('who');
  clear(who);
  append(who, [`${t('reviewer')}: `, state.session?.reviewer ?? '—', ' ', h('button', { type: 'button', onclick: showLogin }, t('login'))]);
  document.getElementById('keys').textContent = t('keys');
}

function showLogin() {
  const name = h('input', { name: 'reviewer', required: true, autocomplete: 'name', value: state.session?.reviewer ?? '' });
  const token = state.session?.tokenRequired
    ? h('input', { name: 'token', type: 'password', required: true, autocomplete: 'current-password' })
    : null;
  const error = h('p', { class: 'error', role: 'alert' });
  const dialog = h(
    'dialog',
    { id: 'login' },
    h(
      'form',
      {
        method: 'dialog',
        onsubmit: async (ev) => {
          ev.preventDefault();
          try {
            await post('/api/login', { reviewer: name.value, ...(token ? { token: token.value } : {}) });
            state.session = await session();
            dialog.close();
            dialog.remove();
            await start();
          } catch (e) {
            error.textContent = e.message;
          }
        },
      },
      h('h2', {}, t('login')),
      h('p', {}, h('label', {}, `${t('reviewer')} ${t('name')} `, name)),
      token && h('p', {}, h('label', {}, `${t('token')} `, token)),
      error,
      h('button', { class: 'primary', type: 'submit' }, t('login')),
    ),
  );
  document.getElementById('login')?.remove();
  document.body.append(dialog);
  dialog.showModal();
  name.focus();
}

// ── queue and discrepancy ─────────────────────────────────────────────────────────────────────

function counted(facet, value, text) {
  const n = state.queue?.counts?.[facet]?.[value];
  return n === undefined ? text : `${text} (${n})`;
}

function filterBar() {
  const f = state.filter;
  const field = (key, control) => h('label', {}, t(key), control);
  const select = (name, values, labelOf) =>
    h(
      'select',
      { name },
      h('option', { value: '' }, t('all')),
      values.map((v) => h('option', { value: v, selected: String(f[name] ?? '') === String(v) }, counted(name, v, labelOf(v)))),
    );
  const statuses = ['open', 'extraction-error', 'genuine', 'acceptable'];
  const statusSelect = h(
    'select',
    { name: 'status' },
    statuses.map((s) => h('option', { value: s, selected: (f.status ?? 'open') === s }, counted('status', s, label('statuses', s)))),
    h('option', { value: 'all', selected: f.status === 'all' }, t('all')),
  );
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (ev) => {
        ev.preventDefault();
        const data = new FormData(ev.target);
        state.filter = Object.fromEntries([...data.entries()].filter(([, v]) => v !== ''));
        location.hash = `#/queue${query(state.filter)}`;
      },
    },
    field('batch', h('input', { name: 'batch', size: 4, inputmode: 'numeric', value: f.batch ?? '' })),
    field('department', h('input', { name: 'department', size: 14, value: f.department ?? '' })),
    field(
      'year',
      select('year', Object.keys(state.queue?.counts?.year ?? {}).filter(Boolean), (v) => v),
    ),
    field(
      'rule',
      select('rule', Object.keys(state.vocabulary?.rules ?? {}), (v) => label('rules', v)),
    ),
    field(
      'severity',
      select('severity', ['error', 'warning', 'info'], (v) => label('severities', v)),
    ),
    field('status', statusSelect),
    h('button', { type: 'submit' }, t('apply')),
  );
  return form;
}

async function showQueue(view, params) {
  state.filter = { status: 'open', ...params };
  state.queue = await get(`/api/queue${query(state.filter)}`);
  const list = h('ul', { class: 'queue', role: 'listbox', 'aria-label': t('queue'), id: 'queue-list' });
  for (const item of state.queue.items) {
    list.append(
      h(
        'li',
        {
          role: 'option',
          tabindex: '-1',
          dataset: { id: item.id },
          'aria-selected': String(item.id === state.selected),
          onclick: () => select(item.id),
        },
        h(
          'div',
          {},
          h('strong', { class: `sev-${item.severity}` }, `#${item.id} `),
          label('rules', item.rule),
          item.subject ? ` · ${item.subject}` : '',
        ),
        h(
          'div',
          { class: 'meta' },
          `${item.department ?? ''} ${item.year ?? ''} · ${item.file} `,
          h('span', { class: `status status-${item.status}` }, label('statuses', item.status)),
        ),
      ),
    );
  }
  if (!state.queue.items.length) list.append(h('li', { class: 'meta' }, t('none')));
  const detail = h('div', { id: 'detail', class: 'panel' }, t('pick'));
  append(clear(view), [filterBar(), h('div', { class: 'split' }, list, detail)]);
  const first = state.queue.items.find((i) => i.id === state.selected) ?? state.queue.items[0];
  if (first) await select(first.id);
}

function move(step) {
  const items = state.queue?.items ?? [];
  if (!items.length) return;
  const at = items.findIndex((i) => i.id === state.selected);
  const next = items[Math.max(0, Math.min(items.length - 1, (at < 0 ? -1 : at) + step))];
  if (next) void select(next.id);
}

async function select(id) {
  state.selected = id;
  for (const li of document.querySelectorAll('#queue-list li[data-id]')) {
    const on = Number(li.dataset.id) === id;
    li.setAttribute('aria-selected', String(on));
    if (on) li.scrollIntoView({ block: 'nearest' });
  }
  const detail = document.getElementById('detail');
  if (!detail) return;
  try {
    const d = await get(`/api/discrepancies/${id}`);
    if (state.selected !== id) return;
    renderDetail(detail, d);
  } catch (e) {
    failure(e);
  }
}

function renderDetail(panel, d) {
  const { item } = d;
  // which discrepancy the panel shows: another item's panel may hold the same words (a figure's key) while the next loads
  panel.dataset.item = String(item.id);
  const disc = item.discrepancy;
  const rows = d.figures.map((f) =>
    h(
      'tr',
      { dataset: { key: f.key } },
      h('td', {}, f.label, h('div', { class: 'meta' }, f.key)),
      h('td', {}, `${f.value} ${f.unit}`),
      h('td', {}, f.evidence?.page ?? '—'),
      h('td', { class: 'snippet' }, f.evidence ? highlighted(f.evidence.snippet, f.value) : '—'),
    ),
  );
  const decisions = h(
    'div',
    { class: 'decide', id: 'decide' },
    h(
      'button',
      { type: 'button', id: 'decide-extraction-error', onclick: () => decisionForm(panel, d, 'extraction-error') },
      `1 · ${t('extractionError')}`,
    ),
    h('button', { type: 'button', id: 'decide-genuine', onclick: () => submitDecision(item.id, { as: 'genuine' }) }, `2 · ${t('genuine')}`),
    h('button', { type: 'button', id: 'decide-acceptable', onclick: () => decisionForm(panel, d, 'acceptable') }, `3 · ${t('acceptable')}`),
    h('button', { type: 'button', id: 'undo', onclick: undoLast }, `u · ${t('undo')}`),
  );
  const pages = h('div', { class: 'pages', id: 'pages' });
  append(clear(panel), [
    h(
      'h2',
      {},
      h('span', { class: `sev-${item.severity}` }, label('severities', item.severity)),
      ' ',
      label('rules', item.rule),
      ' ',
      h('span', { class: `status status-${item.status}`, id: 'detail-status' }, label('statuses', item.status)),
    ),
    h('p', {}, state.lang === 'en' ? disc.message.en : disc.message.zh),
    h('div', { class: 'arith', 'aria-label': t('arithmetic') }, disc.arithmetic),
    disc.explanation ? h('p', {}, `${t('explanation')}: `, disc.explanation) : null,
    item.note ? h('p', {}, `${t('note')}: `, item.note) : null,
    h('p', {}, h('a', { href: `#/report/${item.documentId}` }, `${t('openReport')} · ${item.file}`)),
    h(
      'table',
      { class: 'figures' },
      h('thead', {}, h('tr', {}, h('th', {}, t('figure')), h('th', {}, t('value')), h('th', {}, t('page')), h('th', {}, t('source')))),
      h('tbody', {}, rows),
    ),
    decisions,
    h('div', { id: 'decision-form' }),
    pages,
    h('details', { class: 'audit' }, h('summary', {}, `${t('audit')} (${d.audit.length})`), h('ul', {}, d.audit.map(auditLine))),
  ]);
  if (d.format === 'pdf') void drawPages(pages, item.documentId, d.figures);
}

function auditLine(e) {
  return h('li', {}, `#${e.id} ${new Date(e.createdAt).toLocaleString(state.lang === 'en' ? 'en' : 'zh-CN')} ${e.who}: ${e.why}`);
}

async function drawPages(container, documentId, figures) {
  const byPage = new Map();
  for (const f of figures) {
    if (!f.box) continue;
    const marks = byPage.get(f.box.page) ?? [];
    marks.push({ bbox: f.box.bbox, value: f.value, label: f.label, snippet: f.evidence?.snippet });
    byPage.set(f.box.page, marks);
  }
  for (const [page, marks] of [...byPage].sort((a, b) => a[0] - b[0])) {
    try {
      container.append(h('h3', {}, `${t('page')} ${page}`), await renderPage(documentId, page, marks));
    } catch (e) {
      container.append(h('p', { class: 'error' }, `pdf.js: ${e.message}`));
    }
  }
  container.dataset.rendered = 'true';
}

function decisionForm(panel, d, as) {
  const slot = panel.querySelector('#decision-form');
  const why = h('input', { name: 'why', size: 30, required: as === 'acceptable', placeholder: t('why') });
  let controls;
  if (as === 'extraction-error') {
    // one choice per key: the figure as the record offers it (the first statement involved)
    const keys = d.figures.filter((f, i) => d.figures.findIndex((x) => x.key === f.key) === i);
    const key = h(
      'select',
      { name: 'key' },
      keys.map((f) => h('option', { value: f.key }, `${f.label} (${f.value})`)),
    );
    const value = h('input', { name: 'value', required: true, size: 10, inputmode: 'decimal', placeholder: t('correctValue') });
    // the right value is often another statement of the same figure: one click takes it
    const picks = h('span', { class: 'picks' });
    const showPicks = () => {
      const f = keys.find((x) => x.key === key.value);
      const others = (f?.mentions ?? []).filter((m) => m.value !== f.value);
      append(
        clear(picks),
        others.map((m) =>
          h(
            'button',
            {
              type: 'button',
              class: 'pick',
              title: m.snippet,
              onclick: () => {
                value.value = m.value;
                value.focus();
              },
            },
            `${t('otherMention')} ${m.value}${m.unit}${m.page ? ` (${t('page')} ${m.page})` : ''}`,
          ),
        ),
      );
    };
    key.addEventListener('change', showPicks);
    showPicks();
    controls = [h('label', {}, `${t('which')} `, key), h('label', {}, `${t('correctValue')} `, value), picks, why];
    setTimeout(() => value.focus());
  } else {
    controls = [h('label', {}, `${t('why')} `, why)];
    setTimeout(() => why.focus());
  }
  const form = h(
    'form',
    {
      id: `form-${as}`,
      onsubmit: (ev) => {
        ev.preventDefault();
        const data = Object.fromEntries([...new FormData(ev.target).entries()].filter(([, v]) => v !== ''));
        void submitDecision(d.item.id, { as, ...data });
      },
      onkeydown: (ev) => {
        if (ev.key === 'Escape') clear(slot);
      },
    },
    controls,
    h('button', { type: 'submit', class: 'primary' }, t('save')),
    h('button', { type: 'button', onclick: () => clear(slot) }, t('cancel')),
  );
  append(clear(slot), [form]);
}

async function submitDecision(id, decision) {
  try {
    const result = await post(`/api/discrepancies/${id}/decision`, decision);
    state.decided.push(id);
    toast(`${t('saved')}: #${id} ${label('statuses', result.item?.status ?? decision.as)}`);
    await refreshQueue(id);
  } catch (e) {
    failure(e);
  }
}

async function undoLast() {
  // this page's last decision; after a reload, the latest decision on the discrepancy shown
  const id = state.decided.pop() ?? state.selected ?? undefined;
  if (id === undefined) return toast(t('noUndo'));
  try {
    await post(`/api/discrepancies/${id}/undo`, {});
    toast(`${t('undone')}: #${id}`);
    state.selected = id;
    await refreshQueue(id);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return toast(t('noUndo'));
    failure(e);
  }
}

/** After a decision: the queue again under the same filter, on the next item (or the same one). */
async function refreshQueue(id) {
  const items = state.queue?.items ?? [];
  const at = items.findIndex((i) => i.id === id);
  state.queue = await get(`/api/queue${query(state.filter)}`);
  const still = state.queue.items.find((i) => i.id === id);
  state.selected = still ? id : (state.queue.items[Math.min(at, state.queue.items.length - 1)]?.id ?? null);
  // re-render the queue in place, unless the reader has moved to another page meanwhile
  const view = document.getElementById('main');
  if (view.querySelector('#queue-list')) await showQueue(view, state.filter);
}

// ── report view ──────────────────────────────────────────────────────────────────────────────

async function showReport(view, documentId) {
  const r = await get(`/api/documents/${documentId}/report`);
  const correctForm = (key, unit) => {
    const value = h('input', { name: 'value', required: true, size: 10, inputmode: 'decimal' });
    const why = h('input', { name: 'why', required: true, size: 20, placeholder: t('why') });
    return h(
      'form',
      {
        class: 'correct',
        onsubmit: async (ev) => {
          ev.preventDefault();
          try {
            await post(`/api/documents/${documentId}/corrections`, { key, value: value.value, why: why.value, ...(unit ? { unit } : {}) });
            toast(t('saved'));
            await showReport(view, documentId);
          } catch (e) {
            failure(e);
          }
        },
      },
      value,
      why,
      h('button', { type: 'submit' }, t('save')),
    );
  };
  const taskForm = (task) => {
    const field = h(
      'select',
      { name: 'field' },
      ['budget', 'executed', 'rate'].map((f) => h('option', { value: f }, t(f))),
    );
    const value = h('input', { name: 'value', required: true, size: 10, inputmode: 'decimal' });
    const why = h('input', { name: 'why', required: true, size: 20, placeholder: t('why') });
    return h(
      'form',
      {
        class: 'correct',
        onsubmit: async (ev) => {
          ev.preventDefault();
          try {
            await post(`/api/documents/${documentId}/task-corrections`, { task, field: field.value, value: value.value, why: why.value });
            toast(t('saved'));
            await showReport(view, documentId);
          } catch (e) {
            failure(e);
          }
        },
      },
      field,
      value,
      why,
      h('button', { type: 'submit' }, t('save')),
    );
  };
  // a field of an indicator or target row, with the reading a reviewer replaced
  const cell = (row, field) => [
    row[field] ?? '',
    field in row.corrected
      ? h('div', { class: 'status status-extraction-error' }, `${t('extracted')} ${row.corrected[field] ?? '—'}`)
      : null,
  ];
  const rowForm = (kind, index, fields) => {
    const field = h(
      'select',
      { name: 'field' },
      fields.map((f) => h('option', { value: f }, f)),
    );
    const value = h('input', { name: 'value', required: true, size: 14 });
    const why = h('input', { name: 'why', required: true, size: 16, placeholder: t('why') });
    return h(
      'details',
      {},
      h('summary', {}, t('correct')),
      h(
        'form',
        {
          class: 'correct',
          onsubmit: async (ev) => {
            ev.preventDefault();
            try {
              await post(`/api/documents/${documentId}/row-corrections`, {
                kind,
                index,
                field: field.value,
                value: value.value,
                why: why.value,
              });
              toast(t('saved'));
              await showReport(view, documentId);
            } catch (e) {
              failure(e);
            }
          },
        },
        field,
        value,
        why,
        h('button', { type: 'submit' }, t('save')),
      ),
    );
  };
  const figureRows = r.figures.map((f) =>
    h(
      'tr',
      { dataset: { key: f.key } },
      h('td', {}, f.label, h('div', { class: 'meta' }, f.key)),
      h(
        'td',
        {},
        `${f.value} ${f.unit}`,
        f.corrected
          ? h(
              'div',
              { class: 'status status-extraction-error' },
              t('corrected'),
              f.extracted ? ` · ${t('extracted')} ${f.extracted.value}${f.extracted.unit}` : '',
            )
          : null,
      ),
      h('td', {}, f.evidence?.page ?? '—'),
      h(
        'td',
        { class: 'snippet' },
        f.evidence ? highlighted(f.evidence.snippet, f.extracted?.value ?? f.value) : '—',
        f.mentions.length > 1
          ? h(
              'div',
              { class: 'meta' },
              f.mentions.slice(1).map((m) => `${m.value}${m.unit} (${t('page')} ${m.evidence.page ?? '—'}) `),
            )
          : null,
      ),
      h('td', {}, h('details', {}, h('summary', {}, t('correct')), correctForm(f.key))),
    ),
  );
  const table = (head, rows) =>
    h(
      'table',
      { class: 'plain' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head.map((x) => h('th', {}, x)),
        ),
      ),
      h('tbody', {}, rows),
    );
  const pages = h('div', { class: 'pages', id: 'report-pages' });
  append(clear(view), [
    h('h2', {}, `${r.department ?? ''} ${r.year ?? ''}`, ' · ', r.file),
    r.warnings.length
      ? h(
          'ul',
          { class: 'meta' },
          r.warnings.map((w) => h('li', {}, w)),
        )
      : null,
    h(
      'section',
      {},
      h('h3', {}, t('discrepancies')),
      h(
        'ul',
        {},
        r.discrepancies.map((d) =>
          h(
            'li',
            {},
            h('a', { href: `#/queue${query({ document: documentId, status: 'all', id: d.id })}` }, `#${d.id}`),
            ' ',
            label('rules', d.rule),
            ' · ',
            d.discrepancy.arithmetic,
            ' ',
            h('span', { class: `status status-${d.status}` }, label('statuses', d.status)),
          ),
        ),
      ),
    ),
    h('section', {}, h('h3', {}, t('figures')), table([t('figure'), t('value'), t('page'), t('source'), ''], figureRows)),
    h(
      'section',
      {},
      h('h3', {}, t('missing')),
      table(
        [t('figure'), t('add')],
        r.missing.map((m) =>
          h(
            'tr',
            { dataset: { key: m.key } },
            h('td', {}, m.label, h('div', { class: 'meta' }, m.key)),
            h('td', {}, h('details', {}, h('summary', {}, t('add')), correctForm(m.key))),
          ),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, t('tasks')),
      table(
        ['', t('budget'), t('executed'), t('rate'), t('source'), ''],
        r.tasks.map((x) =>
          h(
            'tr',
            { dataset: { task: x.name } },
            h('td', {}, x.name),
            ['budget', 'executed', 'rate'].map((f) =>
              h(
                'td',
                {},
                x[f] ?? '—',
                x.extracted && x.extracted[f] !== x[f]
                  ? h('div', { class: 'status status-extraction-error' }, `${t('extracted')} ${x.extracted[f] ?? '—'}`)
                  : null,
              ),
            ),
            h('td', { class: 'snippet' }, x.evidence.snippet),
            h('td', {}, h('details', {}, h('summary', {}, t('correct')), taskForm(x.name))),
          ),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, t('targets')),
      table(
        ['', '', '', ''],
        r.targets.map((x, i) =>
          h(
            'tr',
            { dataset: { target: i } },
            ['task', 'goal', 'keyIndicators'].map((f) => h('td', {}, cell(x, f))),
            h('td', {}, rowForm('target', i, ['task', 'goal', 'keyIndicators'])),
          ),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, t('indicators')),
      table(
        ['', '', '', '', ''],
        r.indicators.map((x, i) =>
          h(
            'tr',
            { dataset: { indicator: i } },
            h('td', {}, [x.level1, x.level2].filter(Boolean).join(' / ')),
            h('td', {}, cell(x, 'name')),
            h('td', {}, `${x.comparison ?? ''} `, cell(x, 'target'), x.unit ?? ''),
            h('td', {}, cell(x, 'actual')),
            h('td', {}, rowForm('indicator', i, ['name', 'target', 'actual', 'unit', 'weight', 'score'])),
          ),
        ),
      ),
    ),
    h('section', {}, h('h3', {}, t('audit')), h('ul', { class: 'audit' }, r.audit.map(auditLine))),
    pages,
  ]);
  if (r.format === 'pdf') {
    const figures = r.figures.filter((f) => f.box).map((f) => ({ ...f, value: f.extracted?.value ?? f.value }));
    void drawPages(pages, documentId, figures.slice(0, 40));
  }
}

// ── upload and batches ───────────────────────────────────────────────────────────────────────

function showUpload(view) {
  const files = h('input', { type: 'file', multiple: true, id: 'upload-files', accept: '.pdf,.docx,.md,.txt,.zip' });
  const folder = h('input', { type: 'file', multiple: true, webkitdirectory: true, id: 'upload-folder' });
  const status = h('p', { id: 'upload-status', role: 'status' });
  const send = async (list) => {
    if (!list.length) return;
    const form = new FormData();
    for (const f of list) form.append('files', f, f.webkitRelativePath || f.name);
    status.textContent = t('uploading');
    try {
      const batch = await post('/api/batches', form);
      location.hash = `#/batch/${batch.id}`;
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
    }
  };
  files.addEventListener('change', () => send([...files.files]));
  folder.addEventListener('change', () => send([...folder.files]));
  const drop = h(
    'div',
    { class: 'drop', id: 'drop' },
    t('drop'),
    ' ',
    h('label', {}, t('chooseFiles'), ' ', files),
    ' ',
    h('label', {}, t('chooseFolder'), ' ', folder),
  );
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    const collected = [];
    const walk = async (entry, prefix) => {
      if (entry.isFile) {
        const file = await new Promise((res, rej) => entry.file(res, rej));
        collected.push(new File([file], `${prefix}${file.name}`));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {
          const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
          if (!batch.length) break;
          for (const e of batch) await walk(e, `${prefix}${entry.name}/`);
        }
      }
    };
    const entries = [...ev.dataTransfer.items].map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
    if (entries.length) for (const e of entries) await walk(e, '');
    else collected.push(...ev.dataTransfer.files);
    await send(collected);
  });
  append(clear(view), [h('h2', {}, t('upload')), drop, status]);
}

let polling = null;
async function showBatch(view, id) {
  clearTimeout(polling);
  const b = await get(`/api/batches/${id}`);
  const rows = b.documents.map((d) =>
    h(
      'tr',
      { dataset: { status: d.status } },
      h('td', {}, d.id),
      h('td', {}, d.file),
      h('td', {}, h('span', { class: `status status-${d.status}` }, d.status)),
      h('td', { class: 'error' }, d.failureReason ?? ''),
      h('td', {}, d.status === 'done' ? h('a', { href: `#/report/${d.id}` }, t('report')) : ''),
    ),
  );
  append(clear(view), [
    h('h2', {}, `${t('batch')} ${b.id} · `, h('span', { id: 'batch-status', dataset: { status: b.status } }, b.status)),
    h('p', {}, `queued ${b.counts.queued} · processing ${b.counts.processing} · done ${b.counts.done} · failed ${b.counts.failed}`),
    h(
      'table',
      { class: 'plain', id: 'batch-documents' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['id', t('documents'), t('status'), '', ''].map((x) => h('th', {}, x)),
        ),
      ),
      h('tbody', {}, rows),
    ),
    b.rejected.length
      ? h(
          'section',
          {},
          h('h3', {}, t('rejected')),
          h(
            'ul',
            {},
            b.rejected.map((r) => h('li', {}, `${r.name}: ${r.reason}`)),
          ),
        )
      : null,
    h('p', {}, h('a', { href: `#/queue${query({ batch: b.id })}`, id: 'review-batch' }, t('reviewBatch'))),
  ]);
  if (b.status !== 'done' && b.status !== 'empty' && view.isConnected) polling = setTimeout(() => showBatch(view, id).catch(failure), 1000);
}

function showExport(view) {
  // CSV and XLSX headers follow the page's language: Chinese by default, the English field names (?headers=en) for tools
  const headers = state.lang === 'en' ? 'en' : 'zh';
  const links = [
    ['/api/export?what=discrepancies', '差异清单 CSV (退回部门) / discrepancy list'],
    ['/api/export?what=figures', '数字(长表) CSV / figures, long'],
    ['/api/export?shape=wide', '报告(宽表) CSV / one row per report'],
    ['/api/export?format=xlsx', 'XLSX 工作簿 / workbook'],
    ['/api/export?format=jsonl', 'JSONL 完整记录 / full records'],
  ].map(([href, text]) => [href.includes('jsonl') ? href : `${href}&headers=${headers}`, text]);
  append(clear(view), [
    h('h2', {}, t('exports')),
    h(
      'ul',
      {},
      links.map(([href, text]) => h('li', {}, h('a', { href }, text))),
    ),
  ]);
}

// ── routing and keys ─────────────────────────────────────────────────────────────────────────

async function route() {
  renderChrome();
  const [path, search] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = Object.fromEntries(new URLSearchParams(search ?? ''));
  const view = freshView();
  if (parts[0] !== 'compare' && parts[0] !== 'department') disposeCharts();
  try {
    if (parts[0] === 'compare') return await showCompare(view, params, { lang: state.lang });
    if (parts[0] === 'department') return await showDepartment(view, decodeURIComponent(parts[1] ?? ''), { lang: state.lang }, params.kind);
    if (parts[0] === 'upload') return showUpload(view);
    if (parts[0] === 'export') return showExport(view);
    if (parts[0] === 'batch') return await showBatch(view, Number(parts[1]));
    if (parts[0] === 'report') return await showReport(view, Number(parts[1]));
    if (params.id) state.selected = Number(params.id);
    delete params.id;
    return await showQueue(view, params);
  } catch (e) {
    failure(e);
  }
}

document.addEventListener('keydown', (ev) => {
  const typing =
    ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement || ev.target instanceof HTMLSelectElement;
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey || document.querySelector('dialog[open]')) return;
  const onQueue = !!document.getElementById('detail');
  const click = (id) => document.getElementById(id)?.click();
  const actions = {
    j: () => move(1),
    ArrowDown: () => move(1),
    k: () => move(-1),
    ArrowUp: () => move(-1),
    1: () => click('decide-extraction-error'),
    2: () => click('decide-genuine'),
    3: () => click('decide-acceptable'),
    u: () => click('undo'),
    r: () => {
      const item = state.queue?.items.find((i) => i.id === state.selected);
      if (item) location.hash = `#/report/${item.documentId}`;
    },
  };
  if (onQueue && actions[ev.key]) {
    ev.preventDefault();
    actions[ev.key]();
  }
});

document.getElementById('lang').addEventListener('click', () => {
  state.lang = state.lang === 'en' ? 'zh' : 'en';
  localStorage.setItem('budgetlens.lang', state.lang);
  void route();
});
window.addEventListener('hashchange', () => void route());

async function start() {
  state.session = await session();
  if (state.session.tokenRequired && !state.session.authenticated) return showLogin();
  if (!state.session.reviewer) showLogin();
  state.vocabulary ??= await get('/api/vocabulary');
  await route();
}

start().catch(failure);
