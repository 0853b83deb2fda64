/**
 * Who reports, for which fiscal year, and what kind of report it is.
 *
 * The year is the fiscal year evaluated, not the publication year: a title year ("2023年部门整体
 * 支出绩效自评报告", "自评表(2023年度)") wins; otherwise the year most often attached to budget
 * words, ignoring comparison years ("较2020年度决算数", "与2019年相比").
 */
import type { ReportKind } from '../model/record.ts';
import type { Segment } from './text.ts';

const ORG_SUFFIX =
  '(?:办事处|委员会|联合会|管理局|服务中心|中心|学校|医院|政府|委|局|办|院|会|部|所|站|队|馆|处|室|社|公司|协会|政协|街道|镇|乡|团|厅|署|校|园)';
const NAME = `(?<name>[\\u4e00-\\u9fff()]{2,40}?${ORG_SUFFIX})`;
const YEAR = '(\\d{4})\\s*年度?';
const REPORT_WORDS = '(?:部门|单位|整体|项目|决算|预算|一般公共预算|财政拨款|“三公”|绩效|收支)';

const DEPARTMENT_PATTERNS: RegExp[] = [
  // 广州市荔湾区人民政府桥中街道办事处 2023 年部门整体支出绩效自评报告
  new RegExp(`${NAME}\\s*(?:本级)?\\s*${YEAR}\\s*${REPORT_WORDS}`),
  // 2022年度株洲市荷塘区妇女联合会部门(单位)整体支出绩效自评报告
  new RegExp(`${YEAR}\\s*${NAME}\\s*(?:部门|单位|\\(单位\\)|整体|项目|决算)`),
  // 实施单位 | 青神县发展和改革局; 单位名称：…
  new RegExp(`(?:实施单位|单位名称|部门名称|预算单位|填报单位|部门\\(单位\\)名称)\\s*(?:\\(盖章\\))?\\s*[:|]?\\s*${NAME}`),
  // 欢迎来到南县政协网站 (a site banner names the body that publishes its own report)
  new RegExp(`欢迎(?:来到|访问)${NAME}(?:门户)?网站`),
];

export function findDepartment(segments: Segment[]): string | null {
  // cells and short lines are joined with " | " so "实施单位 | 青神县发展和改革局" reads as one statement
  const head = segments.slice(0, 120);
  const text = head.map((s) => s.text).join(' | ');
  // matched on the simplified form, returned as the report writes it (財政局 stays 財政局): same length, same offsets
  const original = head.map((s) => s.source.text).join(' | ');
  for (const re of DEPARTMENT_PATTERNS) {
    const m = re.exec(text);
    if (m?.groups?.name) {
      const at = m.index + m[0].indexOf(m.groups.name);
      return clean(original.slice(at, at + m.groups.name.length)) || null;
    }
  }
  return null;
}

function clean(name: string): string {
  return name
    .replace(/^(?:名称|关于|附件\d*)[:|]?\s*/, '')
    .replace(/^(?:[一二三四五六七八九十]+、)/, '')
    .trim();
}

const TITLE_YEAR: RegExp[] = [
  /(\d{4})\s*年度?\s*(?:部门|单位|[\u4e00-\u9fff()]{0,30}?(?:部门|单位))?\s*(?:\(单位\))?\s*(?:整体支出|项目支出|决算|预算绩效|绩效自评|一般公共预算|“三公”|财政拨款)/,
  /自评表\s*[(（]?\s*(\d{4})\s*年度?/,
  /^\s*[(（]?\s*(\d{4})\s*年度?\s*[)）]\s*$/,
];
const COMPARISON_BEFORE = /(?:较|与|比|同|上|对比|相比)\s*$/;
const COMPARISON_AFTER = /^\s*年度?\s*(?:相比|决算数|同期|比较|增加|减少)/;

export function findYear(segments: Segment[]): number | null {
  for (const re of TITLE_YEAR) {
    for (const s of segments.slice(0, 60)) {
      for (const m of s.text.matchAll(new RegExp(re.source, 'g'))) {
        if (!plausible(Number(m[1])) || isComparison(s.text, m.index + m[0].indexOf(m[1]))) continue;
        return Number(m[1]);
      }
    }
  }
  const counts = new Map<number, number>();
  for (const s of segments) {
    for (const m of s.text.matchAll(/(\d{4})\s*年度?/g)) {
      const y = Number(m[1]);
      if (!plausible(y)) continue;
      if (isComparison(s.text, m.index)) continue;
      if (!/收入|支出|预算|决算|经费|绩效|资金/.test(s.text.slice(m.index, m.index + 40))) continue;
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > (counts.get(best) ?? 0) || (c === counts.get(best) && y > best)) best = y;
  return best;
}

/** "较2020年度决算数", "与2019年相比": a year named only to compare with. */
function isComparison(text: string, yearAt: number): boolean {
  const before = text.slice(Math.max(0, yearAt - 4), yearAt);
  const after = text.slice(yearAt + 4, yearAt + 12);
  return COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(after);
}

function plausible(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

export function findKind(segments: Segment[]): ReportKind {
  // the title zone: the first ~1500 characters, however many cells or lines they take
  const head = segments
    .map((s) => s.text)
    .join(' ')
    .slice(0, 1500);
  if (/部门整体支出|整体支出绩效|部门\(单位\)整体支出/.test(head)) return 'department-overall';
  if (/项目支出绩效自评表|项目支出绩效|项目绩效自评|项目名称/.test(head)) return 'project';
  const all = segments.map((s) => s.text).join(' ');
  if (/决算/.test(head) || /部门决算|决算情况说明|支出决算/.test(all)) return 'final-accounts';
  if (/整体支出/.test(all)) return 'department-overall';
  return 'other';
}
