// Compare: departments side by side (one row per department × year, the reviewed values), the
// rankings, execution rate against budget size, and one department across the years with its
// carry-over chain. Everything drawn comes from the API (/api/compare, /api/departments/…/years);
// sorting and filtering ask the API again, so the table, the charts and the download agree.
// Charts are Apache ECharts, served from the installed package (no CDN), drawn as SVG.
import { get, query } from './api.js';
import { append, clear, h } from './dom.js';

const TEXT = {
  compare: ['部门对比', 'Compare departments'],
  rule: ['一行一部门一年度', 'One row per department and year'],
  year: ['年度', 'Year'],
  department: ['部门', 'Department'],
  kind: ['报告类型', 'Kind of report'],
  open: ['只看有待审核差异的', 'Only with open discrepancies'],
  all: ['全部', 'All'],
  apply: ['筛选', 'Filter'],
  columns: ['选择列', 'Columns'],
  download: ['下载当前视图', 'Download this view'],
  rows: ['行', 'rows'],
  noRows: ['没有符合条件的报告。', 'No reports match.'],
  unplaced: ['份报告没有识别出部门或年度，未列入对比', 'reports without a department or a year are not compared'],
  corrected: ['审核更正后的数值', 'corrected by a reviewer'],
  computed: ['报告未写明执行率，按执行数/预算数计算', 'not stated: executed / budget'],
  others: ['其他报告', 'other reports'],
  rankings: ['排名', 'Rankings'],
  metric: ['指标', 'Measure'],
  worst: ['最差', 'Worst'],
  best: ['最好', 'Best'],
  median: ['全局中位数', 'Median of all'],
  budgetSize: ['预算规模', 'budget'],
  ranked: ['行有此项', 'rows state it'],
  budgetAxis: ['全年预算数(万元, 对数刻度)', 'budget (10k yuan, log scale)'],
  rateAxis: ['预算执行率(%)', 'execution rate (%)'],
  scatter: ['执行率与预算规模', 'Execution rate against budget size'],
  scatterNote: ['右下方（预算大、执行率低于中位数）标红', 'red: larger budget than the median and a rate below the median'],
  acrossYears: ['历年情况', 'Across the years'],
  chain: ['结转链条（上年年末结转和结余 → 本年年初结转和结余）', 'Carry-over chain (year-end carry-over → next year’s carry-in)'],
  link: ['年度', 'Years'],
  end: ['上年年末结转和结余(万元)', 'year-end carry-over (10k yuan)'],
  carryIn: ['本年年初结转和结余(万元)', 'carry-in (10k yuan)'],
  difference: ['差额(万元)', 'difference (10k yuan)'],
  status: ['状态', 'Status'],
  reports: ['报告', 'Reports'],
  back: ['返回部门对比', 'Back to Compare'],
  chainStatus: {
    consistent: ['相符', 'consistent'],
    broken: ['断开：两数不符', 'broken: they differ'],
    'missing-report': ['缺少该年度报告', 'a year’s report is missing'],
    'missing-figure': ['报告未写明该数', 'a report does not state it'],
  },
};

const KIND = {
  'department-overall': ['部门整体支出绩效自评', 'department overall'],
  project: ['项目支出绩效自评', 'project'],
  'final-accounts': ['部门决算说明', 'final accounts'],
  other: ['其他', 'other'],
};

/** The table's columns: the API's names, their headers, and how a cell is read from a row. */
const COLUMNS = [
  ['department', ['部门', 'Department']],
  ['year', ['年度', 'Year']],
  ['report_kind', ['报告类型', 'Kind']],
  ['budget', ['全年预算数[万元]', 'Budget [10k yuan]'], 'budget'],
  ['executed', ['全年执行数[万元]', 'Executed [10k yuan]'], 'executed'],
  ['execution_rate', ['预算执行率[%]', 'Execution rate [%]'], 'executionRate'],
  ['basic', ['基本支出[万元]', 'Basic [10k yuan]'], 'basic'],
  ['project', ['项目支出[万元]', 'Project [10k yuan]'], 'project'],
  ['personnel', ['人员经费[万元]', 'Personnel [10k yuan]'], 'personnel'],
  ['public_use', ['公用经费[万元]', 'Public use [10k yuan]'], 'publicUse'],
  ['three_public', ['“三公”经费支出[万元]', '"Three public" [10k yuan]'], 'threePublic'],
  ['score', ['自评得分', 'Score'], 'score'],
  ['grade', ['评价等级', 'Grade'], 'grade'],
  ['open_error', ['待审核错误数', 'Open errors']],
  ['open_warning', ['待审核警告数', 'Open warnings']],
  ['open_info', ['待审核提示数', 'Open notes']],
  ['corrected', ['审核更正', 'Corrected']],
  ['other_reports', ['同部门同年度其他报告', 'Other reports']],
  ['document_id', ['文档编号', 'Document']],
  ['file', ['文件', 'File']],
];
const DEFAULT_COLUMNS = [
  'department',
  'year',
  'report_kind',
  'budget',
  'executed',
  'execution_rate',
  'basic',
  'project',
  'three_public',
  'score',
  'grade',
  'open_error',
  'open_warning',
  'other_reports',
];
const NUMERIC = new Set([
  'year',
  'budget',
  'executed',
  'execution_rate',
  'basic',
  'project',
  'personnel',
  'public_use',
  'three_public',
  'score',
  'open_error',
  'open_warning',
  'open_info',
  'document_id',
]);
const METRICS = {
  executionRate: ['预算执行率(%)', 'Execution rate (%)'],
  score: ['自评得分', 'Score'],
  budget: ['全年预算数(万元)', 'Budget (10k yuan)'],
};

let echartsModule = null;
/** ECharts, loaded on the first chart (1 MB: the other pages never need it). */
async function echarts() {
  echartsModule ??= await import('/vendor/echarts/echarts.esm.min.mjs');
  return echartsModule;
}

/** Charts of the page shown, disposed of before the next page draws. */
const charts = new Set();
function disposeCharts() {
  for (const c of charts) c.dispose();
  charts.clear();
}
window.addEventListener('resize', () => {
  for (const c of charts) c.resize();
});

async function chartIn(el, option) {
  const lib = await echarts();
  // SVG: the bars are elements a test (and a screen reader's tree) can see
  const chart = lib.init(el, null, { renderer: 'svg' });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif' }, ...option });
  charts.add(chart);
  return chart;
}

const columnHref = (params) => `#/compare${query(params)}`;

/** The Compare page under the filters of `params` (year, department, kind, open, sort, order, columns, metric, end, n). */
export async function showCompare(main, params, ctx) {
  const t = (key) => TEXT[key][ctx.lang === 'en' ? 1 : 0];
  const say = (pair) => pair[ctx.lang === 'en' ? 1 : 0];
  disposeCharts();
  const filter = {
    year: params.year,
    department: params.department,
    kind: params.kind,
    open: params.open,
    sort: params.sort,
    order: params.order,
  };
  const view = await get(`/api/compare${query(filter)}`);
  const picked = (params.columns ? params.columns.split(',') : DEFAULT_COLUMNS).filter((c) => COLUMNS.some(([name]) => name === c));
  const shown = COLUMNS.filter(([name]) => picked.includes(name)).sort((a, b) => picked.indexOf(a[0]) - picked.indexOf(b[0]));

  // filters
  const select = (name, values, labelOf) =>
    h(
      'select',
      { name },
      h('option', { value: '' }, t('all')),
      values.map((v) => h('option', { value: v, selected: String(params[name] ?? '') === String(v) }, labelOf(v))),
    );
  const filters = h(
    'form',
    {
      class: 'filters',
      id: 'compare-filters',
      onsubmit: (ev) => {
        ev.preventDefault();
        const data = Object.fromEntries([...new FormData(ev.target).entries()].filter(([, v]) => v !== ''));
        location.hash = columnHref({ ...pick(params, ['sort', 'order', 'columns', 'metric', 'end', 'n']), ...data });
      },
    },
    h(
      'label',
      {},
      t('year'),
      select('year', view.years, (y) => y),
    ),
    h('label', {}, t('department'), h('input', { name: 'department', size: 14, value: params.department ?? '' })),
    h(
      'label',
      {},
      t('kind'),
      select('kind', view.kinds, (k) => say(KIND[k] ?? [k, k])),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'open', value: 'true', checked: params.open === 'true' }),
      t('open'),
    ),
    h('button', { type: 'submit' }, t('apply')),
  );

  // column picker: the choice travels in the address, so the download gets the same columns
  const picker = h(
    'details',
    { id: 'column-picker' },
    h('summary', {}, t('columns')),
    h(
      'div',
      { class: 'columns' },
      COLUMNS.map(([name, header]) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            value: name,
            checked: picked.includes(name),
            onchange: (ev) => {
              const next = ev.target.checked ? [...picked, name] : picked.filter((c) => c !== name);
              if (next.length) location.hash = columnHref({ ...params, columns: next.join(',') });
            },
          }),
          say(header),
        ),
      ),
    ),
  );

  const download = (format) =>
    `/api/compare/download${query({ ...filter, columns: shown.map(([n]) => n).join(','), format, headers: ctx.lang === 'en' ? 'en' : 'zh' })}`;
  const downloads = h(
    'p',
    { class: 'downloads' },
    `${t('download')}: `,
    h('a', { href: download('csv'), id: 'download-csv', download: 'budgetlens-compare.csv' }, 'CSV'),
    ' · ',
    h('a', { href: download('xlsx'), id: 'download-xlsx', download: 'budgetlens-compare.xlsx' }, 'XLSX'),
  );

  append(clear(main), [
    h('h2', {}, t('compare')),
    h('p', { class: 'rule', id: 'one-row-rule' }, h('strong', {}, `${t('rule')}: `), ctx.lang === 'en' ? view.rule.en : view.rule.zh),
    filters,
    h('div', { class: 'toolbar' }, picker, downloads),
    compareTable(view, shown, params, ctx, t, say),
    view.unplaced.length
      ? h(
          'details',
          { class: 'meta', id: 'unplaced' },
          h('summary', {}, `${view.unplaced.length} ${t('unplaced')}`),
          h(
            'ul',
            {},
            view.unplaced.map((u) =>
              h('li', {}, h('a', { href: `#/report/${u.documentId}` }, u.file), ` ${u.department ?? '—'} ${u.year ?? '—'}`),
            ),
          ),
        )
      : null,
    h(
      'p',
      { class: 'meta legend' },
      h('span', { class: 'mark-corrected' }, '✎'),
      ` ${t('corrected')}  `,
      h('span', { class: 'mark-computed' }, '≈'),
      ` ${t('computed')}`,
    ),
    rankingSection(view, params, t, say),
    h(
      'section',
      { id: 'scatter' },
      h('h3', {}, t('scatter')),
      h('p', { class: 'meta' }, t('scatterNote')),
      h('div', { class: 'chart', id: 'scatter-chart' }),
    ),
  ]);
  await drawRanking(view, params, t, say);
  await drawScatter(view, t);
}

function pick(object, keys) {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}

function compareTable(view, shown, params, _ctx, t, say) {
  const sort = params.sort ?? 'department';
  const order = params.order ?? 'asc';
  const head = shown.map(([name, header]) => {
    const active = sort === name;
    const next = active && order === 'asc' ? 'desc' : active ? 'asc' : NUMERIC.has(name) && name !== 'year' ? 'desc' : 'asc';
    return h(
      'th',
      {
        'data-column': name,
        'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
        class: NUMERIC.has(name) ? 'num' : null,
      },
      h(
        'a',
        { href: columnHref({ ...params, sort: name, order: next }), class: 'sort' },
        say(header),
        active ? (order === 'asc' ? ' ▲' : ' ▼') : '',
      ),
    );
  });
  const rows = view.rows.map((row) =>
    h(
      'tr',
      { dataset: { documentId: row.documentId, department: row.department, year: row.year } },
      shown.map(([name, , figure]) => cell(row, name, figure, params, t, say)),
    ),
  );
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: shown.length }, t('noRows'))));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'plain compare', id: 'compare-table' },
      h('caption', {}, `${view.rows.length} ${t('rows')}`),
      h('thead', {}, h('tr', {}, head)),
      h('tbody', {}, rows),
    ),
  );
}

function cell(row, name, figure, params, t, say) {
  const attrs = { 'data-column': name, class: NUMERIC.has(name) ? 'num' : null };
  if (figure) {
    const value = row.values[figure];
    const corrected = row.corrected.includes(figure);
    const computed = figure === 'executionRate' && row.executionRateComputed;
    return h(
      'td',
      { ...attrs, dataset: corrected ? { value: value ?? '', corrected: 'true' } : { value: value ?? '' } },
      computed ? h('span', { class: 'mark-computed', title: t('computed') }, '≈') : null,
      value ?? '—',
      corrected ? h('span', { class: 'mark-corrected', title: t('corrected'), 'aria-label': t('corrected') }, '✎') : null,
    );
  }
  switch (name) {
    case 'department':
      return h(
        'td',
        attrs,
        h(
          'a',
          { href: `#/department/${encodeURIComponent(row.department)}${query({ kind: params.kind })}`, class: 'department' },
          row.department,
        ),
      );
    case 'year':
      return h('td', attrs, row.year);
    case 'report_kind':
      return h('td', attrs, say(KIND[row.kind] ?? [row.kind, row.kind]));
    case 'open_error':
      return h('td', { ...attrs, class: row.open.error ? 'num sev-error' : 'num' }, row.open.error);
    case 'open_warning':
      return h('td', { ...attrs, class: row.open.warning ? 'num sev-warning' : 'num' }, row.open.warning);
    case 'open_info':
      return h('td', attrs, row.open.info);
    case 'corrected':
      // the corrected figures by their column's header, as the download names them
      return h('td', attrs, row.corrected.map((f) => say(COLUMNS.find((c) => c[2] === f)?.[1] ?? [f, f])).join('、'));
    case 'other_reports':
      return h(
        'td',
        attrs,
        row.others.map((o) => [h('a', { href: `#/report/${o.documentId}`, title: o.file }, `#${o.documentId}`), ' ']),
      );
    case 'document_id':
      return h('td', attrs, h('a', { href: `#/report/${row.documentId}` }, `#${row.documentId}`));
    case 'file':
      return h('td', attrs, h('a', { href: `#/report/${row.documentId}` }, row.file));
    default:
      return h('td', attrs, '');
  }
}

// ── rankings and the scatter ─────────────────────────────────────────────────────────────────

function rankingChoice(params) {
  const metric = ['executionRate', 'score', 'budget'].includes(params.metric) ? params.metric : 'executionRate';
  const end = params.end === 'best' ? 'best' : 'worst';
  const n = Math.max(1, Math.min(100, Number(params.n) || 10));
  return { metric, end, n };
}

function rankingSection(view, params, t, say) {
  const { metric, end, n } = rankingChoice(params);
  const form = h(
    'form',
    {
      class: 'filters',
      id: 'ranking-form',
      onchange: (ev) => {
        const data = Object.fromEntries(new FormData(ev.currentTarget).entries());
        location.hash = columnHref({ ...params, ...data });
      },
      onsubmit: (ev) => ev.preventDefault(),
    },
    h(
      'label',
      {},
      t('metric'),
      h(
        'select',
        { name: 'metric' },
        Object.entries(METRICS).map(([k, v]) => h('option', { value: k, selected: k === metric }, say(v))),
      ),
    ),
    h(
      'label',
      {},
      ' ',
      h(
        'select',
        { name: 'end' },
        h('option', { value: 'worst', selected: end === 'worst' }, t('worst')),
        h('option', { value: 'best', selected: end === 'best' }, t('best')),
      ),
    ),
    h('label', {}, 'N', h('input', { name: 'n', type: 'number', min: 1, max: 100, value: n, size: 3 })),
  );
  const ranking = view.rankings[metric];
  return h(
    'section',
    { id: 'rankings' },
    h('h3', {}, t('rankings')),
    form,
    h(
      'p',
      { class: 'meta', id: 'ranking-median' },
      `${t('median')}: ${ranking.median ?? '—'}${metric === 'budget' ? ' 万元' : metric === 'executionRate' ? '%' : ''} · ${ranking.entries.length} ${t('ranked')}`,
    ),
    h('div', { class: 'chart', id: 'ranking-chart' }),
  );
}

/**
 * A tooltip as elements, never as markup: ECharts puts a string a formatter returns into the page
 * as HTML, and department names are report text.
 */
function tooltip(...lines) {
  return h(
    'div',
    {},
    lines.map((line, i) => [i ? h('br') : null, line]),
  );
}

const BAR = '#0b5cad';
const BAR_LOW = '#b42318';

async function drawRanking(view, params, t, say) {
  const el = document.getElementById('ranking-chart');
  const { metric, end, n } = rankingChoice(params);
  const ranking = view.rankings[metric];
  // best: highest first; worst: lowest first — drawn top to bottom in that order
  const entries = end === 'best' ? ranking.entries.slice(0, n) : ranking.entries.slice(-n).reverse();
  const oneYear = new Set(entries.map((e) => e.year)).size <= 1;
  const names = entries.map((e) => (oneYear ? e.department : `${e.department} ${e.year}`));
  el.dataset.bars = String(entries.length);
  el.dataset.metric = metric;
  el.style.height = `${Math.max(220, 60 + entries.length * 28)}px`;
  const median = ranking.median === null ? null : Number(ranking.median);
  await chartIn(el, {
    grid: { left: 8, right: 110, top: 24, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const e = entries[p.dataIndex];
        return tooltip(`${e.department} ${e.year}`, `${say(METRICS[metric])}: ${e.value}`, `${t('budgetSize')}: ${e.budget ?? '—'} 万元`);
      },
    },
    xAxis: { type: 'value', name: say(METRICS[metric]), nameLocation: 'middle', nameGap: 26, scale: metric !== 'budget' },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: say(METRICS[metric]),
        barMaxWidth: 22,
        // the exact value rides along as text: the bar's length is only a picture of it
        data: entries.map((e) => ({
          value: Number(e.value),
          exact: e.value,
          itemStyle: { color: median !== null && Number(e.value) < median ? BAR_LOW : BAR },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p) => `${entries[p.dataIndex].value}${entries[p.dataIndex].budget ? ` · ${entries[p.dataIndex].budget}万` : ''}`,
        },
        markLine:
          median === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#b54708', type: 'dashed', width: 2 },
                label: { formatter: `${t('median')} ${ranking.median}`, position: 'start' },
                data: [{ xAxis: median }],
              },
      },
    ],
  });
  el.dataset.rendered = 'true';
}

async function drawScatter(view, t) {
  const el = document.getElementById('scatter-chart');
  const points = view.rows.filter((r) => r.values.budget !== null && r.values.executionRate !== null && Number(r.values.budget) > 0);
  const rateMedian = view.rankings.executionRate.median === null ? null : Number(view.rankings.executionRate.median);
  const budgetMedian = view.rankings.budget.median === null ? null : Number(view.rankings.budget.median);
  const low = (r) =>
    rateMedian !== null && budgetMedian !== null && Number(r.values.executionRate) < rateMedian && Number(r.values.budget) > budgetMedian;
  el.dataset.points = String(points.length);
  await chartIn(el, {
    grid: { left: 60, right: 40, top: 30, bottom: 50 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const r = points[p.dataIndex];
        return tooltip(`${r.department} ${r.year}`, `${r.values.budget} 万元 · ${r.values.executionRate}%`);
      },
    },
    xAxis: { type: 'log', name: t('budgetAxis'), nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: t('rateAxis'), scale: true },
    series: [
      {
        type: 'scatter',
        symbolSize: 10,
        data: points.map((r) => ({
          value: [Number(r.values.budget), Number(r.values.executionRate)],
          itemStyle: { color: low(r) ? BAR_LOW : BAR },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p) => (low(points[p.dataIndex]) ? points[p.dataIndex].department : ''),
        },
      },
    ],
  });
  el.dataset.rendered = 'true';
}

// ── a department across the years ────────────────────────────────────────────────────────────

/** A department across the years; `kind`, when the Compare page was filtered by one, keeps to that kind of report. */
export async function showDepartment(main, name, ctx, kind) {
  const t = (key) => TEXT[key][ctx.lang === 'en' ? 1 : 0];
  const say = (pair) => pair[ctx.lang === 'en' ? 1 : 0];
  disposeCharts();
  const view = await get(`/api/departments/${encodeURIComponent(name)}/years${query({ kind })}`);
  const chainRows = view.chain.map((l) =>
    h(
      'tr',
      { dataset: { status: l.status, from: l.fromYear }, class: `chain-${l.status}` },
      h('td', {}, `${l.fromYear} → ${l.toYear}`),
      h('td', { class: 'num' }, l.carryoverEnd ?? '—'),
      h('td', { class: 'num' }, l.carryIn ?? '—'),
      h('td', { class: 'num' }, l.difference ?? '—'),
      h('td', {}, say(TEXT.chainStatus[l.status])),
    ),
  );
  append(clear(main), [
    h('p', {}, h('a', { href: '#/compare' }, `← ${t('back')}`)),
    h('h2', { id: 'department-name' }, `${view.department} · ${t('acrossYears')}`),
    h('div', { class: 'chart', id: 'years-chart' }),
    h(
      'section',
      {},
      h('h3', {}, t('chain')),
      h(
        'table',
        { class: 'plain', id: 'chain-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [t('link'), t('end'), t('carryIn'), t('difference'), t('status')].map((x) => h('th', {}, x)),
          ),
        ),
        h('tbody', {}, chainRows.length ? chainRows : h('tr', {}, h('td', { colspan: 5 }, '—'))),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, t('reports')),
      h('p', { class: 'meta' }, view.rule[ctx.lang === 'en' ? 'en' : 'zh']),
      h(
        'ul',
        { id: 'department-reports' },
        view.years.map((r) =>
          h(
            'li',
            {},
            `${r.year}: `,
            h('a', { href: `#/report/${r.documentId}` }, r.file),
            ` (${say(KIND[r.kind] ?? [r.kind, r.kind])})`,
            r.others.length
              ? [
                  ` · ${t('others')}: `,
                  r.others.map((o) => [h('a', { href: `#/report/${o.documentId}`, title: o.file }, `#${o.documentId}`), ' ']),
                ]
              : null,
          ),
        ),
      ),
    ),
  ]);
  await drawYears(view, ctx, say);
}

async function drawYears(view, _ctx, say) {
  const el = document.getElementById('years-chart');
  const first = view.years[0].year;
  const last = view.years[view.years.length - 1].year;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map(view.years.map((r) => [r.year, r]));
  const series = (field) =>
    years.map((y) => {
      const v = byYear.get(y)?.values[field];
      return v === null || v === undefined ? null : Number(v);
    });
  const broken = view.chain.filter((l) => l.status === 'broken');
  el.dataset.years = String(view.years.length);
  el.dataset.broken = String(broken.length);
  await chartIn(el, {
    legend: { top: 0 },
    grid: { left: 70, right: 70, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: [
      { type: 'value', name: '万元' },
      { type: 'value', name: '%', scale: true },
    ],
    series: [
      { type: 'line', name: say(['全年预算数', 'Budget']), data: series('budget'), connectNulls: false },
      { type: 'line', name: say(['全年执行数', 'Executed']), data: series('executed'), connectNulls: false },
      {
        type: 'line',
        name: say(['预算执行率', 'Execution rate']),
        yAxisIndex: 1,
        data: series('executionRate'),
        connectNulls: false,
        lineStyle: { type: 'dashed' },
      },
      {
        // the broken links of the carry-over chain, marked between the two years they join
        type: 'line',
        name: say(['结转链条断开', 'Carry-over chain broken']),
        data: years.map(() => null),
        color: '#b42318',
        markArea: {
          itemStyle: { color: 'rgba(180, 35, 24, 0.12)' },
          data: broken.map((l) => [{ xAxis: String(l.fromYear) }, { xAxis: String(l.toYear) }]),
        },
      },
    ],
  });
  el.dataset.rendered = 'true';
}

export { disposeCharts };
