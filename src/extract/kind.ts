/**
 * What kind of report a document is, read from its title zone: the words that name a kind
 * (项目支出绩效自评表, 部门整体支出绩效自评报告, 部门决算, 部门预算 …) are looked for in the first
 * few hundred characters, and the one written first wins, because the title comes before the
 * body, whose sentences mention every kind of document ("根据2022年部门决算…").
 */
import type { ReportKind } from '../model/record.ts';
import { linesOf, type Segment } from './text.ts';

/** Each kind's title words, as data; a new wording is one more alternative. `rank` settles titles that name two (部门预算项目支出绩效自评表). */
const KIND_MARKERS: { kind: ReportKind; rank: number; re: RegExp }[] = [
  {
    kind: 'department-overall',
    rank: 3,
    re: /部门整体支出|部门整体(?:和|及|与)项目支出|整体支出绩效|部门\(单位\)整体|单位整体支出|部门(?:预算)?绩效(?:自评|评价)报告|预算绩效部门评价|部门整体绩效|整体绩效(?:自评|评价)|年度绩效自评报告|\d{4}\s*年绩效自评报告/,
  },
  {
    kind: 'project',
    rank: 3,
    // "…项目2022年度绩效自评报告", "…补助资金支付2023年度绩效自评报告", "党建工作经费绩效自评报告": a project,
    // a fund or a line of money for one purpose, then its evaluation
    // (and "关于2023年度某某专项资金使用情况的报告": one fund's own account of its money, what came and what was spent)
    re: /(?:项目|资金|经费|补助|补贴|工程)[^,。;:/>]{0,12}?(?:绩效)?(?:自评|评价)|专项(?:资金)?(?:绩效)?自评|转移支付.{0,12}(?:自评|绩效)|项目名称|项目绩效|(?:资金|经费)的?(?:使用|管理使用|使用管理)(?:情况)?的?(?:报告|自查报告)/,
  },
  { kind: 'final-accounts', rank: 2, re: /决算/ },
  // "…2022年度预算执行情况绩效自评报告", "财政支出绩效评价报告": an evaluation of the unit's spending that
  // names no project; it evaluates, so it is no budget document whatever budget words it names
  // (a site's category "公开目录 | 绩效自评报告" names no spending, and so no kind)
  { kind: 'department-overall', rank: 2, re: /(?:预算|支出|执行情况)[^,。;:/>|\s]{0,6}?绩效(?:自评|评价)(?:报告|情况)/ },
  // "…2024年一般公共预算“三公”经费预算", "“三公”经费安排情况" as a title (a sentence goes on: "“三公”经费支出预算为3万元")
  {
    kind: 'other',
    rank: 1,
    // ("…“三公”经费预算支出表": a budget table's own title, the 支出 after 预算)
    // ("…“三公”经费预算汇总情况说明": a finance bureau's sum of its units' budgets)
    re: /(?:部门|单位)预算(?:情况|公开|说明|信息|编制|报告)|预算公开|预算情况说明|预算执行情况|预算收支|收支预算|“三公”经费(?:支出)?(?:预算|安排|预算安排)(?:汇总)?(?:支出)?(?=\s|情况|公开|说明|表|$)/,
  },
  // a declaration of next year's targets (绩效目标申报表, or the budget's own 部门预算项目支出绩效目标表) is a budget
  // document, whatever it declares (a report cites a fund's 绩效目标表 by name, never the 部门预算's)
  { kind: 'other', rank: 4, re: /绩效目标申报|部门预算项目(?:支出)?绩效目标表/ },
  // a notice that allocates funds (资金分配情况的通知, 分配方案, 拟下拨) evaluates nothing: its amounts are
  // what each project is given, not a project's budget and execution
  { kind: 'other', rank: 4, re: /资金(?:的)?分配(?:情况|方案|结果|表|计划)|分配方案|拟下拨|资金下达(?:情况|计划)/ },
  // a unit's procurement intentions (政府采购意向: each purchase, its budget, when it is to be bought) evaluate nothing either
  { kind: 'other', rank: 4, re: /(?:政府)?采购意向/ },
  // a notice titled as one that grants funds ("某县财政局关于下达2024年某某资金的通知") is the allocation itself, its
  // amounts what it hands out; only its title says so (a report's body cites such notices by name, "以《…关于下达…
  // 资金的通知》下达我区…"), so the title must open the text, no sentence before it
  {
    kind: 'other',
    rank: 4,
    re: /^[^。;,《]{0,60}?关于(?:提前)?(?:下达|下拨|拨付|分配)(?:(?!绩效|自评|评价)[^。;,》]){0,60}?(?:资金|经费)(?:(?!绩效|自评|评价)[^。;,》]){0,20}?通知/,
  },
  // …and so is a reply approving how a grant is spent ("关于2024年市级第一批衔接补助资金安排项目的批复"): it hands the
  // grant on to the projects it approves, and evaluates nothing
  {
    kind: 'other',
    rank: 4,
    re: /^[^。;,《]{0,60}?关于(?:(?!绩效|自评|评价)[^。;,》]){0,60}?(?:资金|经费)(?:(?!绩效|自评|评价)[^。;,》]){0,6}?(?:安排|分配|使用)(?:项目|计划|方案)?的批复/,
  },
  // a notice copied without its title still hands the funds down in its first lines, to the unit it addresses
  // ("现将2024年某某补助资金120万元下达给你们", "现下达你局…"): a report speaks of its own unit (下达我单位), never to one
  {
    kind: 'other',
    rank: 4,
    re: /现(?:将|予)?[^。;]{0,120}?(?:下达|下拨|拨付|拨给|分配)给?你(?:们|单位|[局委院县区市镇乡办校])/,
  },
];

/** Site furniture before a title: breadcrumbs ("您当前位置:首页>…>预算/决算>预算") and metadata fields ("[ 体裁分类 ] 财政预算、决算"). */
const FURNITURE_LINE =
  /(?:当前|您的|你的|您所在|所在)(?:所在)?(?:的)?位置|首页\s*(?:>|»|\/)|^\s*\[|索引号|信息索取号|信息类别|公开方式|发文字号|主题分类|体裁分类|发布机构|成文日期|发布日期|^\s*首页|登录|无障碍/;

const SITE_CATEGORY = /预算\s*\/\s*决算|预算、决算|预决算/g;
/** Breadcrumbs and metadata fields are short lines; a longer one holds more than furniture. */
const FURNITURE_MAX = 120;

/** A breadcrumb's steps ("决算>预算 > 区教委", "财政资金 / 绩效评价"): a furniture line wrapped onto the next. */
const BREADCRUMB_STEP = /[>»]|\s\/\s/;

/** A short furniture line (a long one holds the title and body run together, and is kept). */
function isFurniture(line: string): boolean {
  return FURNITURE_LINE.test(line) && line.length <= FURNITURE_MAX;
}

/** The title zone: enough for a title and its first lines. */
const TITLE_ZONE = 600;
/** A marker of higher rank written this close after the first one belongs to the same title. */
const SAME_TITLE = 12;
/**
 * A numbered section heading ends the title ("…学生资助资金绩效自评报告 一、资金下达情况"): a marker it opens with is
 * the body's first heading, however close, and belongs to no title (the space between the lines is gone from the
 * head when a Chinese word ends the title line: "…报告一、").
 */
const SECTION_NUMBER_BEFORE = /(?:^|\s|(?<=报告|表))(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、．])\s*$/;

/**
 * A government's own budget execution (小榄镇2025年上半年预算执行情况的报告, 全县一般公共预算收支执行情况表),
 * not a department's: LABELS.md convention 5 reads only unambiguous figures from it.
 */
const GOVERNMENT_BUDGET = /(?:全县|全市|全区|全镇|县级|市级|区级|镇级|本级|[县市区镇乡])[^,。:]{0,12}?预算(?:收支)?执行情况/;

/**
 * A government's own final accounts (重庆市某区2024年决算报告, 某镇人民政府 2022年决算报告, 2023年某区财政收支
 * 决算草案, 2023年财政决算情况: a 财政决算 is a government's, a unit's is its 部门 / 单位决算), not a
 * department's: its 全区 / 全镇 figures are its own, and convention 5 reads only unambiguous ones. An excerpt that
 * opens on a section of it names the area or the level whose accounts follow ("一、2020年全区收支决算", "二、2020年区本级
 * (含街道)收支决算"): each fund's 收入合计 / 支出合计 / 年终结余 follow, so none is the area's one total.
 */
const GOVERNMENT_ACCOUNTS =
  /(?:[县市区镇乡]|人民政府)\s*\d{4}\s*年度?决算报告|决算\s*(?:草案|\(草案\))|\d{4}\s*年度?\s*财政(?:收支)?决算|\d{4}\s*年度?\s*(?:全[省市州县区镇乡]|[省市州县区镇乡]本?级)(?:(?!部门|单位)[^,。;:\s]){0,8}?(?:财政)?收支决算/;

/**
 * The report's kind; whether it is a government's budget execution or final accounts; and whether it is a budget
 * document, which its own title must say (an unknown text is `other` by default, and no budget document).
 */
export function readKind(segments: Segment[]): {
  kind: ReportKind;
  government: boolean;
  budgetDocument: boolean;
  /** The title zone's text (the title and the first lines), for what the title names. */
  titleZone: string;
} {
  const { kind, fromTitle, head } = kindOfHead(segments);
  const other = kind === 'other' && fromTitle;
  const government =
    (other && GOVERNMENT_BUDGET.test(head) && !/(?:部门|单位)预算/.test(head)) ||
    (kind === 'final-accounts' && fromTitle && GOVERNMENT_ACCOUNTS.test(head) && !/(?:部门|单位)决算/.test(head));
  return {
    kind,
    government,
    titleZone: head,
    // a unit's report on how its budget was executed ("某局2022年度部门预算执行情况") sets spending against
    // the budget: its budget.* figures are read, unlike a budget document's (LABELS.md convention 4); a
    // government's report on the year's execution and the next year's draft budget stays a budget document
    budgetDocument:
      (other && (government || !EXECUTION_REPORT.test(head) || BUDGET_DOCUMENT_TITLE.test(head))) ||
      (kind === 'other' && !fromTitle && budgetsComparedOnly(segments)),
  };
}

/**
 * "…“三公”经费支出预算为14万元…与2023年预算相比增长16.7%": a budget set against the year before's budget (or
 * its execution, "比2022年执行数减少") is what a budget document writes; a text that does so and names no spending of any year (决算, 执行, 实际支出,
 * 支出数) is one, its title lost with the page around it.
 */
const BUDGET_AGAINST_LAST_BUDGET =
  /(?:与|比|较)\s*(?:\d{4}\s*年度?|上年度?|上一年度?)\s*(?:年初)?(?:预算|执行)(?:数)?(?:相比|对比)?\s*(?:增加|减少|增长|下降|降低|持平|[,,])/;
/**
 * "“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元": a budgeted amount set against another year's amount (the
 * same measure, 年初预算的 or not) is what a budget document writes too.
 */
const BUDGET_AGAINST_LAST_AMOUNT =
  /预算(?:总额|总计|合计|数)?\s*(?:为|是)?\s*[\d,.]+\s*(?:万|亿)?元\s*[,,]?\s*(?:与|比|较)\s*(?:\d{4}\s*年度?|上年度?|上一年度?)\s*(?:年初)?(?:预算|执行)?数?的\s*[\d,.]+\s*(?:万|亿)?元/;
/**
 * "基本支出预算 924,289.71 元,占支出总预算的100.00%,同比减少 275,044.29 元": a budgeted amount (its share of the budget
 * between) set against the year before by 同比 is a budget compared with the last one, as a budget document writes it.
 */
const BUDGET_YEAR_ON_YEAR =
  /预算(?:数|总额|合计)?\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?元\s*[,,](?:\s*占[^,。;]{0,16}%\s*[,,])?\s*同比\s*(?:增加|减少|增长|下降|降低|持平|无变化|无增减)/;
/**
 * "比2022年执行数减少11006.71万元": the year before's budget or execution a budget is compared with (a central
 * unit's 部门预算 sets each amount against 上年执行数) names no spending of the text's own year.
 */
const LAST_YEAR_COMPARED = /(?:与|比|较)\s*(?:\d{4}\s*年度?|上年度?|上一年度?)\s*(?:年初)?(?:预算|执行)数?/g;
const SPENDING_NAMED = /决算|执行|实际支出|支出数|完成/;
/** "预决算公开操作规程": budgets and final accounts as kinds of document, cited by a rule's name, name no spending. */
const DOCUMENT_KINDS = /预决算/g;
/**
 * "预算总收入417.6万元,其中:经费拨款…。预算总支出417.6万元,其中:基本支出…": the year's budgeted income and its budgeted
 * spending, each stated as a total (the spending split by nature), are a budget document's two sums (收入预算总计 / 支出预算合计 …); a text that states both
 * and names no spending of any year is one, its title lost.
 */
const BUDGETED_INCOME_TOTAL = /(?:预算总收入|收入预算(?:总计|合计|总额|总数)?)\s*(?:为|是|:)?\s*\d/;
// (broken down by nature, 其中:基本支出…, as a budget document's spending is: a sentence that only mentions a budget of
// spending, "相应安排支出预算860万元", is no such total)
const BUDGETED_SPENDING_TOTAL = /(?:预算总支出|支出预算(?:总计|合计|总额|总数)?)\s*(?:为|是|:)?\s*\d[^。]{0,30}?其中\s*:?\s*基本支出/;
function budgetsComparedOnly(segments: Segment[]): boolean {
  const all = segments.map((s) => s.text).join(' ');
  return (
    (BUDGET_AGAINST_LAST_BUDGET.test(all) ||
      BUDGET_AGAINST_LAST_AMOUNT.test(all) ||
      BUDGET_YEAR_ON_YEAR.test(all) ||
      (BUDGETED_INCOME_TOTAL.test(all) && BUDGETED_SPENDING_TOTAL.test(all))) &&
    !SPENDING_NAMED.test(all.replace(LAST_YEAR_COMPARED, ' ').replace(DOCUMENT_KINDS, ' '))
  );
}

/** The title of a report on the budget's execution. */
const EXECUTION_REPORT = /预算执行情况/;
/** The title of a budget document proper, which may also name the year before's execution. */
const BUDGET_DOCUMENT_TITLE = /(?:部门|单位)预算(?:情况|公开|说明|信息|编制)|预算公开|预算情况说明|收支预算|绩效目标申报|草案/;

/**
 * A title line that is a unit's budget and nothing more ("盘州市文化广电旅游局2024年部门预算", then 部门收支总表 …): the
 * words after 部门预算 (公开, 情况说明 …) that mark the kind are left out, and joined to the next line it would run into
 * the table's title ("…部门预算部门支出总表"). The line alone, whole, says it.
 */
// (a sentence's verb before it, "严格执行2023年部门预算", makes it no title)
// ("2018年某集团有限公司部门预算": the year may open the title, the unit's name between it and 部门预算)
const BARE_BUDGET_TITLE =
  /^(?![^,。;:]*(?:执行|根据|按照|依据|编制|落实|纳入|推进|加强|做好|完成|开展|实施|管理))(?:[^,。;:,;:]{0,40}?\d{4}\s*年度?\s*|\d{4}\s*年度?[^,。;:,;:\d\s]{2,40}?)(?:部门|单位)预算$/;
/** The lines a title may take before the body begins. */
const TITLE_LINES = 3;

/**
 * A site's column name over a page's metadata block ("• 政府决算" / "• 索引号 …", "预算绩效管理" / "- 索引号: …"): a short
 * line with no year or number, that opens the text right above a furniture line. It names the column the page was
 * filed under (a finance bureau files its 三公 budget under 政府决算), not the report's kind, which its title says below.
 */
const SITE_COLUMN = /^\s*(?:[•·\-*]\s*)?[\u4e00-\u9fff、]{2,10}\s*$/;

/** The index of the first line with words, when it is a site's column name (SITE_COLUMN) above a furniture line. */
function siteColumnAt(lines: string[]): number {
  const filled = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim());
  const [first, next] = filled;
  return first && next && SITE_COLUMN.test(first.l) && isFurniture(next.l) ? first.i : -1;
}

/** A fund granted to the reporting level itself, with its amount: "下达到我市…补助资金115.96万元", "下达我县…资金2263万元". */
const FUND_GRANTED_TO_US =
  /下达(?:到|给)?(?:我|本)(?:省|市|州|县|区|旗|镇|乡)[^。;]{0,40}?(?:资金|经费)\s*(?:共计|共|合计)?\s*\d[\d,.]*\s*(?:万元|元|亿元)/;
/** What became of it: its use accounted for ("使用情况如下", "资金使用情况", "已全部拨付", "实际支出"). */
const FUND_USE_ACCOUNTED = /使用情况|资金使用|拨付|实际支出|已支出|支付/;

/**
 * "2023年度年初收支预算为50289.2万元", "收支总决算63501.78万元": a marker's words followed by the amount they come to are a
 * sentence's subject, telling a figure (an excerpt whose title was cut away opens on such sentences), never a title,
 * which states no amount. Only the amount itself counts: "较2020年度决算数减少175.26万元" compares with the marker's
 * amount, and the marker may still be a title's word.
 */
const STATES_ITS_AMOUNT = /^(?:数|总额|总计|合计|总数|金额|资金)?\s*(?:为|是|:)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿|千)?元/;
/** Where the first of a marker's matches that is no sentence stating its amount begins in the head, or -1. */
function titleMarkerAt(marker: RegExp, head: string): number {
  for (const m of head.matchAll(new RegExp(marker.source, `${marker.flags.replace('g', '')}g`))) {
    if (m[0] === '') break;
    if (!STATES_ITS_AMOUNT.test(head.slice((m.index ?? 0) + m[0].length))) return m.index ?? 0;
  }
  return -1;
}
/** The headings of a transfer payment's self-evaluation outline: how its targets were handed down, how they were met. */
const TRANSFER_SELF_EVALUATION_OUTLINE = /绩效目标(?:分解)?下达情况|绩效目标完成情况分析/;
function kindOfHead(segments: Segment[]): { kind: ReportKind; fromTitle: boolean; head: string } {
  const all = segments.flatMap((s) => linesOf(s).map((l) => s.text.slice(l.start, l.end)));
  const column = siteColumnAt(all);
  const lines = all.filter(
    (line, i, lines) => i !== column && !isFurniture(line) && !(BREADCRUMB_STEP.test(line) && i > 0 && isFurniture(lines[i - 1])),
  );
  const head = lines
    .join(' ')
    // a title wrapped inside a word ("部门整体支" / "出绩效自评报告", as a PDF copy or a narrow page breaks it) is one word
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
    // site categories ("预算/决算", "财政预算、决算") name both kinds and so neither
    .replace(SITE_CATEGORY, ' ')
    .slice(0, TITLE_ZONE);
  // (the outline's first heading begins the body: a marker after it, "(一)中央资金下达情况", is a section's words, no title's)
  const bodyAt = head.search(TRANSFER_SELF_EVALUATION_OUTLINE);
  const found = KIND_MARKERS.map((m) => ({ ...m, at: titleMarkerAt(m.re, head) })).filter(
    (m) => m.at >= 0 && (bodyAt < 0 || m.at < bodyAt),
  );
  // "2018年某集团有限公司部门预算" as the title line, then a contents list naming 部门决算单位构成: the title, written
  // first, says the kind, whatever words the lines after it name
  const titleLines = lines.filter((l) => l.trim()).slice(0, TITLE_LINES);
  const bareTitle = titleLines.findIndex((l) => BARE_BUDGET_TITLE.test(l.trim()));
  const bareTitleEnd = bareTitle < 0 ? -1 : titleLines.slice(0, bareTitle + 1).join(' ').length;
  if (bareTitle >= 0 && found.every((m) => m.at >= bareTitleEnd)) return { kind: 'other', fromTitle: true, head };
  if (found.length) {
    const first = Math.min(...found.map((m) => m.at));
    const near = found
      .filter((m) => m.at === first || (m.at - first <= SAME_TITLE && !SECTION_NUMBER_BEFORE.test(head.slice(0, m.at))))
      .sort((a, b) => b.rank - a.rank || a.at - b.at);
    return { kind: near[0].kind, fromTitle: true, head };
  }
  const text = segments.map((s) => s.text).join(' ');
  if (/部门决算|决算情况说明|支出决算/.test(text)) return { kind: 'final-accounts', fromTitle: false, head };
  if (/整体支出/.test(text)) return { kind: 'department-overall', fromTitle: false, head };
  // 绩效工资 is a salary line of any account, not a performance evaluation
  if (/项目/.test(text) && /绩效(?!工资)/.test(text)) return { kind: 'project', fromTitle: false, head };
  // the outline of a transfer payment's self-evaluation (一、绩效目标分解下达情况 / 二、绩效目标完成情况分析 …, the national
  // template): one fund's own report, its title cut away with the page above it
  if (TRANSFER_SELF_EVALUATION_OUTLINE.test(text)) return { kind: 'project', fromTitle: false, head };
  // "下达到我市某某补助资金115.96万元,其中…。使用情况如下:…": one fund granted to the reporting level, then what became of
  // it, is that fund's own account, as a title "关于某某资金使用情况的报告" says (the title lost with the page around it)
  if (FUND_GRANTED_TO_US.test(head) && FUND_USE_ACCOUNTED.test(text)) return { kind: 'project', fromTitle: false, head };
  return { kind: 'other', fromTitle: false, head };
}

/**
 * The figures each kind of report states when it is complete (the national templates): a record
 * lists those it did not find, so that a gap is seen, not mistaken for an absence.
 */
export const EXPECTED_KEYS: { [K in ReportKind]: readonly string[] } = {
  project: ['budget.total', 'budget.executed', 'budget.executionRate'],
  'department-overall': ['budget.total', 'budget.executed', 'budget.executionRate', 'expense.basic', 'expense.project'],
  'final-accounts': ['income.total', 'expense.total', 'expense.basic', 'expense.project'],
  other: [],
};
