/**
 * Who reports and for which fiscal year (what kind of report it is: kind.ts).
 *
 * Department (convention 9 of LABELS.md: the full name of the reporting unit as the text gives it,
 * else null). The name is looked for where reports put it, strongest first:
 *   1. a unit field of a form: 单位名称, 部门(单位)名称, 预算单位, 填报单位, 单位(盖章), 编制单位 …;
 *   2. the unit that carries out a project: 实施单位, 项目单位, 资金使用单位 …, or a seal line "XX局(盖章)"
 *      (a project report is the implementing unit's, not its 主管部门's: A-005, B-001, C-014, D-014);
 *   3. the title ("XX局2023年度部门决算", "2022年度XX会部门整体支出…", "XX局关于…报告", a name on the
 *      line under a title, a name in brackets after a title that names none: "…自评报告(XX局)"): the
 *      name the title zone repeats most, then the longest (the full name beside its abbreviation);
 *   4. the opening self-description ("XX卫生院是一所…", "XX小学为全额拨款事业单位"), a part heading
 *      over the unit's overview ("第一部分 XX局概况"), the note under an empty accounts table ("说明:XX镇人民政府没有
 *      使用…,故本表无数据"), and fields 1–2 found below the title zone (a project table attached to a department's report);
 *   5. the 主管部门 of a form that names no other unit;
 *   6. the page's metadata (发布机构, 来源, a site banner), which often names the portal's owner or a
 *      parent body instead, so it is used last and only when the report's own "我局 / 我校 …" agrees.
 * A name is accepted only when it is shaped like one (Chinese characters ending in an organisation
 * word), so "****", "单位:万元" or "财政处室" give nothing rather than a wrong answer. The chosen name
 * is then completed by a longer form the text gives with a place prefix (零陵区林业局 for 陵区林业局,
 * 东阳市文化和广电旅游体育局 for 市文化和广电旅游体育局).
 *
 * Year: the fiscal year evaluated, not the publication year. A title year ("2023年部门整体支出绩效自评
 * 报告", "自评表(2023年度)", a cell "(2024年度)") wins; then a filing date (填报日期 2022年2月3日 →
 * 2021: a report is filed in the year after the one it evaluates); then the year most often attached
 * to budget words, ignoring comparison years ("较2020年度决算数", "与2019年相比"; on a tie the later, or the
 * earlier in a report that looks back, which names next year's plans beside the year evaluated); then the
 * only year the report names at all. A form's period field spanning one whole year (评价时段:2022年1月1日至
 * 2022年12月31日) counts as its year field.
 */
import { type NormalizedText, normalizeText, rawOffset } from '../parse/normalize.ts';
import { CHINESE_YEAR_DIGITS, CHINESE_ZERO, chineseNumeral } from './numbers.ts';
import { documentMeasure, type PageMeasure, unwrappedLines } from './printedLines.ts';
import { type Segment, simplify } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Lines of the head

/**
 * One line of the report: a table cell, or a line of a paragraph (paragraphs are split at the line
 * breaks and pipe separators of their source, because the normalized text joins "公共文化\n丽水市文化馆"
 * into one word and titles are lines).
 */
export interface HeadLine {
  /** Simplified form, what rules match on. */
  text: string;
  /** The same characters as written (normalized), same length as text. */
  orig: string;
  /** The normalized line with its map to the raw line (to see the spaces normalization dropped). */
  norm: NormalizedText;
  seg: Segment;
  index: number;
  /** The printed line this line is a cell of, counted over the head (the cells of a pipe row share one). */
  row: number;
}

/**
 * The source lines of a segment as the report wrote them: a line a copy hard-wrapped at its measure is joined to the
 * next, without the break (a title "…部门整体支出绩效自评" / "报告", a field "实施单位:青山县农" / "技中心" are one line each).
 * A title that names its unit begins a line of its own, whatever width the line above happens to reach (a portal's
 * "来源:… 字体大小: 放大 缩小" over "2022年度青山县妇女联合会部门整体支出绩效自评报告").
 */
function printedLines(seg: Segment, documentWidth: () => PageMeasure, documentText: () => string): string[] {
  const raw = seg.source.raw ?? seg.source.text;
  if (seg.source.raw === undefined || !/[\r\n]/.test(raw)) return raw.split(/\r?\n/);
  // (not the rest of a field's value the margin cut inside its name, "实施单位:青山县农" / "业技术推广中心项目资金…", which
  // reads as a title naming a unit; nor the rest of a name the margin cut that the text states whole elsewhere)
  const beginsWhole = (line: string, before: string) => {
    const title = titleName({ text: line });
    // (a unit's name alone under an attachment's line, "附表2:某某花名册" / "仙游县农业局" / "2018年1月5日": the notice's
    // signature after its list of attachments, no rest of the attachment's title)
    if (ATTACHMENT_HEAD.test(before) && isOrgName(simplify(line))) return true;
    return title !== null && !valueCutBefore(before, line) && !nameCutBefore(before, title, documentText);
  };
  return unwrappedLines(seg, documentWidth, { beginsWhole }).map((l) =>
    raw.slice(rawOffset(seg.source, l.start), rawOffset(seg.source, l.end)).replace(/\r?\n[ \t]*/g, ''),
  );
}

/**
 * The line above ends in a field's value cut inside the unit's name by the page's margin, and the line goes on with its
 * rest: a field label (FIELDS), its separator, then characters of a name to the line's end that are no whole name, and
 * with the line's opening characters they make a longer name.
 */
function valueCutBefore(before: string, line: string): boolean {
  const text = simplify(normalizeText(before).text);
  let valueStart = -1;
  for (const f of FIELDS) for (const m of text.matchAll(f.re)) valueStart = Math.max(valueStart, m.index + m[0].length);
  if (valueStart < 0) return false;
  const value = text.slice(valueStart);
  const run = nameRun(value.slice(AFTER_LABEL.exec(value)?.[0].length ?? 0));
  if (run.length < 2 || !value.endsWith(run) || (isOrgName(run) && WHOLE_NAME_END.test(run))) return false;
  const whole = longestOrgPrefix(run + nameRun(simplify(normalizeText(line).text)));
  return whole !== null && whole.length > run.length;
}

/**
 * Where a site's welcome ends ("欢迎访问青山县公共资源交易中心网站!", or its last words on a line pdftotext wrapped, "…中心网站!"):
 * what follows on the line is the page's own (a .docx or PDF copy runs the banner, the site's menu and the report's title into
 * one paragraph), so a line is parted there.
 */
const WELCOME_ENDS = /(?<=欢迎(?:访问|来到|光临)[^!！|]{2,40}[!！]|网站\s*[!！])/;

/** The most characters of a name the margin carries away from its line's end ("…情况说明寻甸回" / "族彝族自治县…"). */
const CUT_HEAD = 8;

/**
 * The line above ends in the head of the name the line's title opens with, the page's margin cut between them ("…决算情况
 * 说明寻甸回" / "族彝族自治县文学艺术界联合会2022年度…", "…主题词保山市文化" / "和旅游局关于2021年度…报告"): the title's
 * name opens the line, and the line above's last characters (name characters, at most CUT_HEAD) with it make a longer name
 * that the text states whole elsewhere (the title again, a field, a signature). Without that, the two lines' characters
 * could make any name: "…缩小" / "青山县妇女联合会…" would read as "小青山县妇女联合会".
 */
function nameCutBefore(before: string, title: { start: number; name: string }, documentText: () => string): boolean {
  return title.start === 0 && nameWithHeadOf(before, title.name, (whole) => documentText().split(whole).length > 2) !== null;
}

/**
 * The longer name `name` makes with the last name characters of `before` (at most CUT_HEAD, the most first): a whole unit's
 * name that `statedElsewhere` accepts, and how many characters of `before` it takes.
 */
function nameWithHeadOf(
  before: string,
  name: string,
  statedElsewhere: (whole: string) => boolean,
): { whole: string; taken: number } | null {
  const tail = /[\u4e00-\u9fff()·]*$/.exec(before)?.[0] ?? '';
  for (let k = Math.min(tail.length, CUT_HEAD); k >= 1; k--) {
    const whole = tail.slice(-k) + name;
    if (longestOrgPrefix(whole) === whole && statedElsewhere(whole)) return { whole, taken: k };
  }
  return null;
}

/** Pinyin glosses that mirror sites insert after a traditional character: 養(yǎng)護 → 養護. */
const PINYIN_GLOSS = /[(（][a-zü\u00e0-\u00fc\u0101-\u01dc]{1,7}[)）]/g;

/**
 * A page's link to its neighbours: "上一篇:青山县林业局2023年度…自评报告", "下一条:…". It titles another unit's report, never
 * this one's, so the line is no part of the report.
 */
const NEIGHBOUR_LINK = /^\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇|上篇|下篇)\s*(?:[:：]|$|\s)/;
/**
 * The heading of a page's list of other pages ("相关文章", "热门推荐", "猜你喜欢"): the titles listed under it are other units'
 * reports (a mirror or portal puts the list above the report or under it).
 */
const RELATED_HEADING =
  /^\s*(?:相关(?:文章|阅读|信息|链接|推荐|新闻|文档|资料|稿件|内容)|热门(?:推荐|文章|文档|阅读|信息|排行)|推荐(?:阅读|文章|文档|内容)|猜你喜欢|延伸阅读|更多(?:文章|相关|推荐|内容))\s*[:：]?\s*$/;
/**
 * The first line of a portal's footer: who runs the site (主办单位, 承办单位, "青山县人民政府办公室主办"), its copyright, its
 * registration numbers (ICP备, 公网安备, 网站标识码). The page ends there: the bodies it names run the site, never the report
 * (a 承办单位 read as a field would be the implementing unit, a site's operator alone on the last line a signature).
 */
const FOOTER_LINE = /主办单位|版权所有|ICP[备证]|网站标识码|公网安备|技术支持\s*[:：]|(?:^|\s)主办\s*[:：]|主办\s*$|Copyright|©/i;
/**
 * How many lines a page opens with before a footer can begin (a portal's top bar is no footer), and how many characters at
 * most a footer leaves after its first line: a line of the kind with the report still to come is no footer.
 */
const FOOTER_AFTER = 2;
const FOOTER_MOST = 400;

/** An item of such a list: its marker (·, •, -, a number) before a title. */
const LIST_ITEM_MARK = /^\s*(?:[·•\-*]|\d{1,2}(?:[、.]|\s)|\[\d{1,2}\])?\s*/;

/** Whether a line is an item of a list of other pages: a title that names a unit, perhaps with its marker. */
function listedTitle(line: string): boolean {
  const text = simplify(normalizeText(line).text);
  return titleName({ text: text.slice(LIST_ITEM_MARK.exec(text)?.[0].length ?? 0) }) !== null;
}

function headLinesOf(segments: Segment[], limit = Infinity): HeadLine[] {
  const out: HeadLine[] = [];
  // under a list's heading, the lines of the list (titles of other pages) until the first that is none, or the first of a
  // paragraph a blank line parts from the list's (the report's own title after the list); the list's first paragraph may
  // stand a blank line under its heading
  let inRelatedList = false;
  let listSeg: Segment | null = null;
  const listGoesOn = (seg: Segment) => {
    if (listSeg === null || listSeg === seg) return true;
    const [end, start] = [listSeg.prov.lines?.[1], seg.prov.lines?.[0]];
    return end !== undefined && start !== undefined && start === end + 1;
  };
  let measure: PageMeasure | undefined;
  const documentWidth = () => (measure === undefined ? (measure = documentMeasure(segments)) : measure);
  let text: string | undefined;
  const documentText = () => (text === undefined ? (text = segments.map((s) => simplify(s.text)).join('\n')) : text);
  let row = 0;
  // the characters from each segment's start to the document's end
  let left = segments.reduce((n, s) => n + s.text.length, 0);
  for (const seg of segments) {
    const fromHere = left;
    left -= seg.text.length;
    for (const printed of printedLines(seg, documentWidth, documentText)) {
      row++;
      if (row > FOOTER_AFTER && fromHere <= FOOTER_MOST && FOOTER_LINE.test(printed)) return out;
      if (NEIGHBOUR_LINK.test(printed)) continue;
      if (RELATED_HEADING.test(printed)) {
        inRelatedList = true;
        listSeg = null;
        continue;
      }
      if (inRelatedList && (!printed.trim() || (listGoesOn(seg) && listedTitle(printed)))) {
        if (printed.trim()) listSeg = seg;
        continue;
      }
      inRelatedList = false;
      for (const part of printed.split(/[|｜]/).flatMap((p) => p.split(WELCOME_ENDS))) {
        const norm = normalizeText(part.replace(PINYIN_GLOSS, ''));
        if (!norm.text) continue;
        out.push({ text: simplify(norm.text), orig: norm.text, norm, seg, index: out.length, row });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a unit's name looks like

/**
 * Words a unit's name ends with (matched on the simplified form). 处 and 室 are left out: a
 * "财政处室" is a division inside a body, not a reporting unit (办事处, 管理处, 联络处 and 办公室, units
 * of their own — a river's 堤防建设管理处, a county's 驻外办事联络处 —, are listed whole).
 * 园 only as 幼儿园: an 产业园 is a project, not the unit that reports on it. The people's organisations
 * go by their short names (妇联, 残联, 科协, 工商联 for 妇女联合会, 残疾人联合会, 科学技术协会 …), and
 * some units end in words that also end other things: 台 only as a station (电视台, 气象台), not a 平台;
 * 处 as a 公证处; 室 as a 研究室 (a party committee's 党史研究室, 政策研究室) or a county's 教研室, not a
 * division's 科室; 段 as a road or rail maintenance unit (公路管理段, 养护段, 工务段), not a 路段 of road.
 * A province's 监狱 reports as any unit does, and a county's 学区 (the body over a township's schools, "青山县西城学区")
 * as a 教育局 does (not a 校区, a school's campus). 站 is a station (水文站, 农技站), not a site's 网站: "青山县人民政府门户网站"
 * over a title is the page's publisher, not a unit. A town's 完小 (完全小学, "青山县白云镇白云完小") is a school as a 小学 is,
 * and a city's 职业中专 (中等专业学校, "青山市职业中专") as a 中学 is. A school goes by its number too ("青山一中", "青山县十一中",
 * "青山县职中": a 中 after a numeral, not after 第, which a whole 第一中学 goes on from). 室 also as a government's 督导室 /
 * 督查室 / 参事室 ("青山县人民政府教育督导室": without it the title's longest name is the government's, a wrong unit); 宫 as a
 * 文化宫 or 少年宫 (the trade union's and the youth league's venues, units of their own); 园 as a 陵园, 植物园 or 动物园; 场 as a
 * state farm's 良种场, 原种场, 种畜场, 园艺场, 茶场, 渔场 (not a 市场 nor a 广场, places, nor a 现场). 镇 and 乡 end a town's name,
 * not the words 城乡 (town and country), 城镇 (towns), 乡镇 or 村镇 (towns and villages, any of them): "青山县城乡低保项目" names
 * no unit 青山县城乡. 所 ends an institute's or a station's name (研究所, 派出所, 财政所), not a 厕所, 场所, 住所 or 处所:
 * "青山县2024年度农村厕所改造项目绩效自评报告" names no unit 农村厕所.
 */
const ORG_END =
  /(?:(?<=[\u4e00-\u9fff]{2})(?<!第[一二三四五六七八九十]{0,2})[一二三四五六七八九十]{1,3}中|职中|完中|督导室|督查室|参事室|文化宫|少年宫|陵园|植物园|动物园|良种场|原种场|种畜场|园艺场|茶场|渔场|监狱|学区|教研室|(?:公路|养护|管理|工务)段|妇联|残联|侨联|文联|社科联|工商联|科协|电视台|广播电台|气象台|地震台|公证处|研究室|办事处|管理处|联络处|办公室|委员会|联合会|联合社|合作社|人民政府|政府|政协|学校|中学|小学|完小|中专|大学|学院|幼儿园|卫生院|医院|中心|公司|集团|协会|街道|林场|农场|牧场|院|委|局|办|会|部|(?<!厕|场|住|处)所|(?<!网)站|队|馆|厅|署|校|社|(?<!城|乡|村)镇|(?<!城)乡|团)$/;
/** The characters a name is made of (simplified Chinese, parentheses as in 西部(重庆)科学城, the middle dot). */
const NAME_CHARS = /^[\u4e00-\u9fff()·]+$/;
/**
 * A class of units, what a policy or project title names many of ("公立医院综合改革", "现代医院管理制度试点医院", "县级医院能力
 * 提升", "基层医疗卫生机构"): no unit's own name opens so, as each opens with its place or its own word.
 */
const UNIT_CLASS = '公立|民办|私立|试点|基层|定点|村级|县级|市级|省级|二级|三级|现代';
/** A task's verb: what a policy task's or a project's name opens with (健全…制度, 提升…能力), never a unit's. */
const TASK_VERB = '健全|加强|推进|推动|完善|提升|促进|深化|落实|支持';
/**
 * Self-references and generic words, never a name: 我局, 本单位, 该中心, 各乡镇, 上级部门 …, a covering letter's
 * verb (报送XX局…, 上报…), and a sentence's preposition (向 / 由 / 从 …: "2.向县委…委员会提出…报告" is a duty, not a title). 本溪,
 * 全椒, 全南, 全州 and 对外… are names' own beginnings, and so are the places whose first character is one of these
 * words: 贵州 / 贵阳 / 贵港 / 贵溪 / 贵定 / 贵德 / 贵南 / 贵池 ("贵州省民政局", not 贵单位), 从江 / 从化, 将乐, 向阳.
 * Nor a task's verb (健全, 加强, 推进, 完善 …): "健全现代医院管理制度项目绩效自评报告" titles a policy task, and the 医院
 * inside it is no unit. Nor the 年度 of a year written before the name ("2023 年度旺苍县…", the year's digits spaced off).
 * Nor the verb of a list after a field's label ("二级预算单位主要包括河包镇人" / "民政府本级、…": a page's margin cut the list
 * inside its first name, and 主要包括河包镇 is no unit). Nor an enumerator (一是, 二是 …): "一是对市人民代表大会…负责并报告工作"
 * lists a duty under the overview's heading, and the bodies it names are those the unit answers to. Nor 的, which ends the
 * words before a name ("(一)机构设置的变化青山县…", a heading's rest run into the sentence), never opens one.
 */
const NOT_A_NAME_START = new RegExp(
  `^(?:${TASK_VERB}|${UNIT_CLASS}|` +
    String.raw`[一二三四五六七八九十]是|的|年度|我|本(?!溪)|该|贵(?![州阳港溪定德南池])|各|全(?![椒南州])|其|下属|所属|上级|地方|有关|相关|根据|按照|依据|经过|通过|对于|关于|现将|为了|由于|报送|上报|呈报|提交|印发|转发|向(?!阳区)|由|从(?![江化])|在|将(?!乐县)|把|与|对(?!外)|主要|包括|以上|上述)`,
);
/** A unit's name run into the task it carries out: "白云县人民医院提升县级医院服务能力项目" (the unit, then its task). */
const UNIT_THEN_TASK = new RegExp(`(?:院|局|委|校|站|所|馆|中心|政府|办公室)(?:${TASK_VERB})`);
/**
 * An organisation word followed by a character that makes it part of another word: the 部 of 部门 /
 * 第一部分, the 社 of 社会 / 社区, the 会 of 会计 / 会议, the 乡 of 乡村 / 乡镇 ("欢迎阅读乡镇项目绩效自评报告", a site's
 * greeting before a title, names no 欢迎阅读乡). A prefix ending there is not a name.
 */
const CONTINUES_WORD = /^(?:部门|部分|社会|社区|会计|会议|院校|团队|队伍|站点|校区|委托|乡村|乡镇|所[属在有得取需用述示作做])/;
/**
 * A government by its short name before a kind of debt ("江苏省政府专项债券项目绩效自评价报告"): the bonds a province's government
 * issues for projects, named as 地方政府专项债券 is (COMMON_WORD_END), not a unit that reports; a government named in full
 * (青山县人民政府专项债券…) may report on its own.
 */
const ISSUER_OF_DEBT = /(?<!人民)政府$/;
const KIND_OF_DEBT = /^(?:新增)?(?:专项|一般)?债券/;
/**
 * A word whose last character is an organisation word but that names no body: the 会 of 社会 ("…彩票公益金支持社会福利事业资金
 * 2024年度绩效自评报告" titles a fund by its purpose, and no prefix of it ending in 社会 is a unit), and 地方政府, the class of
 * governments a kind of debt is named by ("2023年度新增地方政府专项债券项目绩效评价情况" titles the bonds, not a government:
 * a government is named by its place, 青山县人民政府).
 */
const COMMON_WORD_END = /(?:社会|地方政府)$/;
/**
 * Field labels glued to a value by a copy that dropped the spaces ("文号发布机构舟曲县…办公室"): not a name;
 * nor a form's yes/no questions run together ("单位经费保障方式差额是否编制部门预算是是否编制政府财务报告").
 */
// (主管部 / 实施单: the form's labels as a narrow cell wraps them, "主管部" over "门", "实施单" over "位")
const LABEL_IN_NAME = /发布机构|发布单位|来源|文号|索引号|主题词|浏览量|公开目录|名称|日期|主管部|实施单|是否/;
/**
 * The words of a document around a name, run into it by a copy that lost its line breaks ("…绩效评价报告详细信息公开具体内容
 * 青山县林业局", "来源:青山县财政局目录第一部分青山县人民政府办公室", a mirror's "…报告我要投稿残联"): no unit's name holds them.
 */
// (and a notice's words, "…资金分配情况通过旗政府网站进行公告": 情况 / 公告 / 公示 name a matter or a notice, no body)
const DOCUMENT_WORD_IN_NAME = /报告|目录|第[一二三四五六七八九十]+部分|投稿|情况|公告|公示/;

/**
 * A template's placeholder for a name (某某县某某局, 青山县某某中心): the form of a name, not one. As masked
 * names (**局, ××局) give nothing, so do these.
 */
const PLACEHOLDER = /某某/;

/**
 * A firm that evaluates others' spending: an accounting, tax or appraisal 事务所, or a consulting,
 * appraisal or cost-engineering company (青山华信会计师事务所, 青山某某工程造价咨询有限公司). A third party's
 * report names it in its title, first sentence or signature, but the reporting unit is the body whose
 * spending it evaluated (convention 9), so it is never a candidate. A government's own 财政绩效评价中心 or
 * 投资评审中心 is a unit of its own and stays a name.
 */
const EVALUATOR_FIRM = /(?:事务所|(?:咨询|评估|评价|造价|顾问)[\u4e00-\u9fff()]*公司)$/;

function isEvaluatorFirm(name: string): boolean {
  return EVALUATOR_FIRM.test(name);
}

/**
 * A page that publishes the results of evaluations a finance body organised ("2023年财政重点绩效评价结果公开",
 * "关于2022年度部门整体支出绩效评价结果的公示", "现将评价报告予以公开"): the finance body signs or publishes it, and the
 * units evaluated are others (convention 9), so its name is no candidate there. Its own spending evaluated
 * ("某县财政局2020年度机关整体支出绩效评价报告") publishes no results of others, and keeps its name.
 */
const RESULTS_NOTICE =
  /评价结果(?:的)?(?:公开|公示|公告|通报|发布)|(?:公开|公示|公告|通报|公布)[^。,]{0,12}?评价结果|评价(?:结果|报告)[^。,]{0,6}?予以(?:公开|公示|公布)/;
const FINANCE_BODY = /财政(?:局|厅|部|委员会|委)$/;
/**
 * The owner of a government portal, which publishes the budgets, accounts and reports of every unit of its place: a county's
 * or city's 人民政府 and its 办公室, the 融媒体中心 or 信息中心 that runs the site, a 大数据 / 政务服务 bureau. As a page's 发布机构 /
 * 来源 or its banner it names the site, not the unit whose report it carries; a township's 人民政府 (白云镇人民政府) publishes
 * on its own pages its own accounts, and is not one.
 */
const PORTAL_OWNER =
  /(?:(?:省|市|县|区|州|旗|盟)人民政府(?:办公室|办公厅)?|政府办(?:公室)?|融媒体中心|(?:信息|大数据|数据)(?:发展|管理|服务)?中心|大数据(?:发展|管理)?局|政务服务[\u4e00-\u9fff]{0,8}?(?:局|中心))$/;
/** A portal's section or navigation line under its banner: 政府信息公开, 信息公开, 网站首页. */
const PORTAL_SECTION = /^\s*(?:(?:政府|政务)?信息公开|政务公开|网站首页|首页)\s*$/;
/** A page's furniture that names its publisher or owner: the 发布机构 / 来源 line, the welcome banner. */
const PAGE_FURNITURE = /发布机构|发布单位|发文单位|发文机关|来源|欢迎(?:来到|访问)/;

/** Whether a line of the head other than the page's furniture names `name`. */
function namedBeyondFurniture(name: string, lines: HeadLine[]): boolean {
  return lines.some((l) => l.text.includes(name) && !PAGE_FURNITURE.test(l.text));
}

/**
 * A title over the evaluations of a whole level's units ("青山市财政局关于2023年度市级部门整体支出绩效自评结果的报告",
 * "…各部门…评价情况的报告"): the finance body reports on others' work, as a results notice does.
 */
const MANY_UNITS_EVALUATED = /(?:市级|县级|区级|省级|州级|各)(?:部门|单位|预算单位)[^。;,]{0,20}?(?:自评|评价)(?:结果|情况)/;
/**
 * A circular's addressee line, to many units at once ("市各有关部门:", "各预算单位:", "各乡镇、各部门:"): a finance body
 * that signs it orders or publishes the work of those units, and reports on none of its own.
 */
const ADDRESSED_TO_UNITS = /^[\u4e00-\u9fff]{0,6}各(?:有关|相关|级)?(?:部门|单位|预算单位|乡镇|街道|局)[\u4e00-\u9fff、,()]{0,30}:$/;
/**
 * One addressee of such a line, a group of units each ("各区县财政局", "市直各预算单位", "各乡镇人民政府"): the circular to
 * "各区县财政局,市直各预算单位:" is sent to every part, each of them many units.
 */
const UNITS_ADDRESSED = /^[\u4e00-\u9fff]{0,6}各[\u4e00-\u9fff()]{0,10}?(?:部门|单位|乡镇|街道|局|委|办|人民政府|学校|医院)$/;

/** Whether a line is a circular's addressee line to groups of units, every part of it such a group. */
function addressedToUnits(text: string): boolean {
  if (ADDRESSED_TO_UNITS.test(text)) return true;
  const m = /^(.{2,60}):$/.exec(text);
  return !!m && m[1].split(/[、,]/).every((part) => UNITS_ADDRESSED.test(part.trim()));
}

/**
 * A division named by its kind alone, or after its body's kind: "办公室", "局办公室", "院办公室" (a form's 实施单位 filled
 * with the office that spent the money): no unit's name.
 */
const BARE_DIVISION = /^(?:[局委院校厅部所站馆]|机关)?(?:办公室|办公厅|办事处|委员会|研究室|管理处)$/;
/**
 * Three short divisions or more run together, a unit's internal offices listed ("内设机构:办公室 教务处 政教处 总务处 安保办
 * 教育督导室", a copy that dropped the spaces, the list's tail at a line's start): no unit's name.
 */
const DIVISIONS_LISTED = /^(?:[\u4e00-\u9fff]{1,4}(?:处|室|办|科|股|组)){3,}$/;

/**
 * A state body by its kind alone, with no place or level before it ("人民法院是国家的审判机关…", "人民检察院是国家的法律监督
 * 机关", a budget's general sentence about the kind of body): the class, not a unit (青山县人民法院, 最高人民法院 are units).
 */
const KIND_ALONE = /^人民(?:法院|检察院|政府|代表大会(?:常务委员会)?)$/;
/**
 * Kinds of units or places run together and nothing else ("乡镇街道", "部门单位": a portal's menu of its sections, a line
 * above a notice's title): no unit's name, whatever kind its last word names.
 */
const KINDS_ONLY = /^(?:乡镇|街道|部门|单位|县区|区县|县市区|市县|社区|镇村|乡村|村居|机关|直属|事业单位|企业)+$/;

/**
 * A collective of units under a place: "青山县各乡镇人民政府", "县直各单位", "各学校" after the county (各 opens no unit's
 * name inside it as it opens none at its start; 各族 does, as in a 各族人民 community body).
 */
const COLLECTIVE = /各(?!族)/;

/**
 * A self-reference inside a run: "青山县教育局对我校…" (a sentence naming another body and the unit speaking, run up to the year of
 * a budget word as if it were a title) is no name.
 */
// (or the place the unit speaks for, "…列入我镇2015年度…": 我镇 / 我县 / 我区 are the speaker's own)
const SELF_REFERENCE_INSIDE = /我(?:单位|部门|局|委|院|校|园|中心|办|馆|所|站|队|厅|社|镇|乡|县|区|市|旗|街道)|本(?:单位|部门)/;

/**
 * A name closed by the kind of body it is, in brackets: "皖江江南新兴产业集中区(管委会)", a zone named with the committee that
 * runs it (the words in the bracket end as a unit's name does, ORG_END).
 */
const BRACKETED_KIND_END = /(?<=[\u4e00-\u9fff]{2})\(([\u4e00-\u9fff]{2,10})\)$/;

export function isOrgName(name: string): boolean {
  if (name.length < 3 || name.length > 40 || !NAME_CHARS.test(name) || PLACEHOLDER.test(name)) return false;
  if (COLLECTIVE.test(name) || SELF_REFERENCE_INSIDE.test(name)) return false;
  if (BARE_DIVISION.test(name) || DIVISIONS_LISTED.test(name) || KIND_ALONE.test(name) || KINDS_ONLY.test(name)) return false;
  const bracketed = BRACKETED_KIND_END.exec(name);
  if (
    !(ORG_END.test(name) || (bracketed && ORG_END.test(bracketed[1]))) ||
    COMMON_WORD_END.test(name) ||
    NOT_A_NAME_START.test(name) ||
    LABEL_IN_NAME.test(name) ||
    DOCUMENT_WORD_IN_NAME.test(name) ||
    UNIT_THEN_TASK.test(name)
  )
    return false;
  // a firm's name run into the unit it evaluated ("青山华信会计师事务所对青山县水务局") is neither
  if (/事务所./.test(name)) return false;
  // parentheses balanced and not leading: "(盖章)" is not a name, 西部(重庆)科学城融媒体中心 is
  let depth = 0;
  for (const c of name) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0 && !name.startsWith('(');
}

/** The longest prefix of `run` that is a name (a title names the unit, then its project). */
export function longestOrgPrefix(run: string): string | null {
  for (let end = Math.min(run.length, 40); end >= 3; end--) {
    const name = run.slice(0, end);
    if (isOrgName(name) && !CONTINUES_WORD.test(run.slice(end - 1)) && !(ISSUER_OF_DEBT.test(name) && KIND_OF_DEBT.test(run.slice(end))))
      return name;
  }
  return null;
}

/** Leading characters that can be part of a name: stops at a digit, a space, punctuation. */
function nameRun(text: string): string {
  return /^[\u4e00-\u9fff()·]*/.exec(text)?.[0] ?? ''; // always matches, perhaps empty
}

// ---------------------------------------------------------------------------------------------
// Candidates

type Rank = 1 | 2 | 3 | 4 | 5 | 6;
export interface Candidate {
  rank: Rank;
  /** Simplified (for comparing), and as written. */
  name: string;
  orig: string;
  line: number;
  rule: string;
}

/** A candidate from characters [start, start + length) of a line. */
function cand(rank: Rank, line: HeadLine, start: number, name: string, rule: string): Candidate {
  return { rank, name, orig: line.orig.slice(start, start + name.length), line: line.index, rule };
}

/**
 * Form fields that name a unit, by rank. Matched anywhere in a line (cells run together on
 * document mirrors: "项目实施单位/项目负责人原州区农技中心/杨勃兴").
 *  - UNIT: the unit the form is filed for (单位名称, 部门(单位)名称, 一级/二级预算单位名称, 填报单位, 单位(盖章); not the
 *    部门名称 inside 主管部门名称 / 主管部门(单位)名称, which names the supervisor as SUPERVISOR's 主管部门 does),
 *    the 报告单位 / 自评单位 a self-evaluation is signed or headed with (not an 评价单位, which may be a third party),
 *    not a 下属/所属 (二级)预算单位, which names the report's sub-units, the 项目名称 of an evaluation
 *    whose project is a unit's 部门整体支出,
 *    the 编制单位 of a final-accounts table).
 *  - IMPLEMENTING: the unit that carries out a project (实施单位, 项目单位, 资金使用单位 …), or that
 *    commissioned a third party's evaluation of its own spending (委托单位); a project description's
 *    实施主体 ranks below the title, as a budget document lists projects some of which sub-units carry out.
 *  - SUPERVISOR: 主管部门, except a higher level's (中央/省级/自治区/地方主管部门 name the ministry or
 *    province department that allocated the money).
 *  - PUBLISHER: the page's 发布机构 / 来源 / 发文单位 (not 资金来源 / 收入来源).
 */
const FIELDS: { rank: Rank; rule: string; re: RegExp }[] = [
  {
    rank: 1,
    rule: 'field.unit',
    re: /(?<!主管)部门\(单位\)名称|(?<!主管)(?:预算)?单位(?:名称|全称)|(?<!主管)部门(?:名称|全称)|(?<!(?:下属|所属|下设|包括)(?:二级|三级)?)预算单位|预算部门|(?:填报|报送|申报|编报|编制|报告|自评)(?:单位|部门)|单位\((?:盖章|公章|印章|签章|章)\)|被评价(?:单位|部门)|评价对象|项目名称(?=\s*:?\s*[\u4e00-\u9fff()·]{3,40}?(?:\d{4}\s*年度?)?(?:部门|单位)?整体支出)/g,
  },
  // a bare 单位: / 部门: at the start of a field ("单位:青山县审计局"; "单位:万元" gives no name)
  { rank: 1, rule: 'field.unit', re: /(?<![\u4e00-\u9fff])(?:单位|部门)(?=\s*:)/g },
  { rank: 2, rule: 'field.implementing', re: /(?:项目)?(?:实施|执行|承担|承办)单位|项目单位|资金使用单位|用款单位/g },
  // the unit that commissioned a third party's evaluation of its own spending (a finance body commissions evaluations of
  // others' spending: as 委托单位 it is no candidate, see departmentCandidates)
  { rank: 2, rule: 'field.commissioning', re: /委托单位/g },
  // a project description's "(3)实施主体。X局。" (a budget document's list of projects): each project's
  // carrier, the department itself in most, but a sub-unit in some, so only where no title names the unit
  { rank: 4, rule: 'field.implementing', re: /实施主体\s*[。:]/g },
  { rank: 5, rule: 'field.supervisor', re: /(?<!中央|省级|省|自治区|地方|市县)(?:主管部门|主管单位)/g },
  { rank: 6, rule: 'field.publisher', re: /发布机构|发布单位|发文单位|发文机关|(?<!资金|收入|经费|数据)(?:信息)?来源/g },
];
/**
 * What may sit between a field label and its value: "(盖章)", "及代码", "/项目负责人", a colon, "[ 发布机构 ]"'s bracket, the
 * bracket that closes a label given in brackets after another ("地方主管部门(填报单位):").
 */
// a sentence's "项目实施单位为X" puts 为 where a form puts its colon
const AFTER_LABEL = /^(?:\s|\((?:盖章|公章|印章|签章|章|单位|部门)\)|名称|及(?:代码|编码)|\/(?:项目)?负责人|[:\]】•)-])*(?:为|是)?/;
/**
 * Where a value ends when cells ran together: the next field's label. The value is then cut to its
 * longest name-shaped prefix ("北京市…服务中心项目资金(万元)" → "北京市…服务中心").
 */
// (and a portal's next field on the metadata line, 责任部门 / 关键字 / 公开方式: "发布机构 某局 责任部门 某局 关 键 字 …")
const NEXT_LABEL =
  /填报日期|填报时间|报告日期|项目名称|项目资金|项目负责人|负责人|联系人|联系电话|主管部门|实施单位|单位名称|金额单位|单位:|资金|年初预算|全年预算|预算数|发布日期|发文字号|文号|索引号|公开目录|主题|时间|日期|作者|自评得分|自评总分|自评等级|项目(?:属性|类型|类别|基本情况)|下属单位(?:个数|数)|责任部门|关键字|关键词|公开方式|公开时限/;

/**
 * The labels a unit's form puts in the cells after its name, which a copy that ran the cells together leaves right after the
 * value ("单位名称青山县农业综合开发办公室单位负责人张三…", "…办公室统一社会信用代码1152…"), and those of a project's form after its
 * implementing unit ("实施单位青山县白云镇中心卫生院年度资金总额300…", "…卫生院专项实施期2023年…": without them the closed 主管部门
 * before it would be read, the wrong unit): the value is closed there, as by NEXT_LABEL.
 */
const LABEL_AFTER_UNIT =
  /^(?:(?:单位|部门|财务|机构|项目)?(?:负责人|性质|地址|类型|编码|代码|级次)|统一社会信用代码|(?:编制|在职|实有|在编)人数|人员编制|(?:年度)?总体目标|绩效目标|职能职责|主要职能|填表人|审核人|部门预算编码|项目(?:类别|属性|概况|地点|金额|总投资|起止时间|周期|期限|实施期)|(?:专项)?实施期|实施期限|资金(?:情况|来源|总额)|年度资金总额|预算执行情况|绩效指标|[一二三]级指标|立项依据|年度目标)/;

interface FieldValue {
  line: HeadLine;
  start: number;
  name: string;
  /** The name is followed by the end of its line, a non-Chinese character or the next field's label. */
  closed: boolean;
}

function fieldValue(lines: HeadLine[], at: HeadLine, valueStart: number): FieldValue | null {
  let line = at;
  let start = valueStart + (AFTER_LABEL.exec(at.text.slice(valueStart))?.[0].length ?? 0); // always matches
  // nothing after the label in its line or cell: the value is the next line (the next cell, or the
  // next line of a table flattened one cell per line)
  let end = at.text.length;
  if (start >= at.text.length) {
    const next = lines[at.index + 1];
    if (!next) return null;
    // a header row over its row of values, cells spaced apart ("项目名称    主管部门    实施单位" over "城乡居民医保补助
    // 炎陵县医疗保障局    炎陵县医疗保障事务中心"): the label's value is the cell under it, not the whole row run together
    const cell = cellBelow(at, valueStart, next);
    if (cell === null) return null;
    line = next;
    [start, end] = cell;
    start += AFTER_LABEL.exec(next.text.slice(start, end))?.[0].length ?? 0;
  }
  let text = line.text.slice(start, end);
  // a budget code before the name: "820001-井研县马踏镇人民政府", bracketed, "[155]某县民政局", or spaced off
  // it, "101001 某县水务局" (a year spaced off its 年度 then gives no name: "2023 年度"), or run into it where pdftotext took
  // the code's dash for a word's hyphen at the page's margin and dropped it with the line break ("219-" / "某县…" → "219某县…")
  const code = /^(?:\d+\s*[-—]|[[【]\d+[\]】]|\d{3,}(?:\s+|(?![\d年]))(?=[\u4e00-\u9fff]))\s*/.exec(text);
  if (code) {
    start += code[0].length;
    text = text.slice(code[0].length);
  }
  const stop = NEXT_LABEL.exec(text);
  const run = nameRun(stop ? text.slice(0, stop.index) : text);
  // a value a line break cut inside the name ("单位名称:青山县人力资源和社会" / "保障局"): the rest, which lacks a place, opens
  // the next line (the part before the break may end as a name does, 社 of 社会)
  const wrapped = !stop && run === text.trimEnd() ? wrappedValue(lines, line, start, run) : null;
  if (wrapped) return wrapped;
  const read = bodyOfDivision(run) ?? longestOrgPrefix(run);
  if (!read) return null;
  const name = onceIfRepeated(read);
  const after = line.text.slice(start + read.length);
  // "来源: 高新院 achie.org": a website's name beside its address is the site, not a unit
  if (/^\s*[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.test(after)) return null;
  // "实施单位:X中学、Y中学", "X中学和Y中学": a field listing several units names none of them as the one that reports
  if (listsUnits(name, after)) return null;
  // "项目单位:青山县第一中学等12所学校": the first of several units
  if (/^\s*等/.test(after)) return null;
  // "主管部门" / "县教育局" / "县卫健局" …: a label alone over a column of other units, a table flattened one cell
  // per line by column (an evaluation notice's list), names none of them as the one that reports
  if (line !== at && anotherUnitBelow(lines, line, name)) return null;
  return {
    line,
    start,
    name,
    closed: !/^[\u4e00-\u9fff]/.test(after) || NEXT_LABEL.exec(after)?.index === 0 || LABEL_AFTER_UNIT.test(after),
  };
}

/** How a unit's name ends when nothing of it is missing (局, 委员会, 中心, 医院 …), unlike 会 / 社 of 社会 cut by a line break. */
const WHOLE_NAME_END = /(?:局|委员会|政府|中心|办公室|办事处|学校|中学|小学|学院|医院|卫生院|幼儿园|馆|厅|署|院|站|所|队)$/;

/**
 * A field's value a line break cut inside its name, read whole over the two lines: only when the next line opens with no place
 * of its own and no field label, and the two runs together name a unit longer than the first.
 */
function wrappedValue(lines: HeadLine[], line: HeadLine, start: number, run: string): FieldValue | null {
  const next = lines[line.index + 1];
  if (!next || !run) return null;
  const rest = nameRun(next.text.trim());
  if (!rest || PLACE_PREFIX.test(rest) || NEXT_LABEL.test(next.text) || !PLACE_PREFIX.test(run)) return null;
  // a whole name closing its line ("青山县审计局" over "办公室主任:张三") goes on in no next line
  if (isOrgName(run) && WHOLE_NAME_END.test(run)) return null;
  const whole = longestOrgPrefix(run + rest);
  if (!whole || whole.length <= run.length) return null;
  const head = line.text.slice(0, start) + run;
  const headOrig = line.orig.slice(0, start + run.length);
  const joined: HeadLine = { ...line, text: head + next.text.trim(), orig: headOrig + next.orig.trim() };
  const after = joined.text.slice(start + whole.length);
  return { line: joined, start, name: whole, closed: !/^[\u4e00-\u9fff]/.test(after) };
}

/** A cell of a row laid out as text: characters with at most single spaces between them (cells are parted by two or more, or a tab). */
const SPACED_CELL = /[^\s\u3000]+(?: [^\s\u3000]+)*/g;

/** The cells of a line as its source spaced them apart: [start, end) in the normalized text, in order. */
function spacedCells(line: HeadLine): [number, number][] {
  const raw = line.norm.raw ?? line.norm.text;
  // the first normalized index at or after raw index r
  const toNorm = (r: number) => {
    let i = 0;
    while (i < line.text.length && rawOffset(line.norm, i) < r) i++;
    return i;
  };
  return [...raw.matchAll(SPACED_CELL)]
    .map((m): [number, number] => [toNorm(m.index), toNorm(m.index + m[0].length)])
    .filter(([start, end]) => end > start);
}

/**
 * Where in the next line a label's value is, when the label ends its line: the cell under the label in a row of values
 * spaced as the row of labels is, the first cell under a label alone on its line, the whole line when it is one cell
 * (undefined bounds the whole line); null when the two rows have different numbers of cells, so no cell is the label's.
 */
function cellBelow(label: HeadLine, labelEnd: number, row: HeadLine): [number, number] | null {
  const below = spacedCells(row);
  if (below.length <= 1) return [0, row.text.length];
  const above = spacedCells(label);
  if (above.length <= 1) return below[0];
  if (above.length !== below.length) return null;
  const k = above.findIndex(([a, b]) => labelEnd > a && labelEnd <= b);
  return k < 0 ? null : below[k];
}

/** The line below a field's value is a unit's name alone, and another unit's. */
function anotherUnitBelow(lines: HeadLine[], value: HeadLine, name: string): boolean {
  const below = lines[value.index + 1]?.text.trim();
  return !!below && below !== name && !NEXT_LABEL.test(below) && isOrgName(below);
}

/**
 * A unit named twice in a row after one label ("项目实施单位 青山县水务局 青山县水务局", the space between CJK
 * characters dropped): a form copied out of a PDF puts the values of two neighbouring cells after one label when
 * both hold the same unit (its 主管单位 and 实施单位 filled alike). The same name twice names that unit once; two
 * different units run together name none (findDepartment reads the first of two only where a text names its issuers).
 */
function onceIfRepeated(name: string): string {
  const half = name.slice(0, name.length / 2);
  return name.length % 2 === 0 && half + half === name && isOrgName(half) ? half : name;
}

/** A division inside a body, as a field may name it: a county bureau's 股, a 科 ("村镇建设股", "计划财务科"). */
const DIVISION = /^[\u4e00-\u9fff]{2,8}(?:股|科)$/;

/**
 * The body a field's value names when it names one of its divisions ("实施单位: 青山县住房和城乡建设局村镇建设股"):
 * the body, not the longest name-shaped prefix, which may end inside the division's name (…建设局村镇, whose 镇 ends
 * a name). The body is the longest name the division's name may follow, other than one ending in a place word
 * (镇, 乡, 村) that begins the division's.
 */
function bodyOfDivision(run: string): string | null {
  // a bureau's own office (青山县审计局办公室) is one of its divisions, as a government's is a unit of its own
  // (青山县人民政府办公室, 中共青山县委办公室)
  const office = /^(.{3,}局)办公室$/.exec(run);
  if (office && isOrgName(office[1])) return office[1];
  if (!/(?:股|科)$/.test(run)) return null;
  for (let end = run.length - 3; end >= 3; end--) {
    const body = run.slice(0, end);
    if (isOrgName(body) && DIVISION.test(run.slice(end)) && !/[镇乡村]$/.test(body)) return body;
  }
  return null;
}

/** A conjunction between two units' names ("X中学、Y中学", "X中学和Y中学"). */
const AND = /^\s*(?:[、,]|和|及|与)\s*/;

/**
 * Whether a field's value lists several units: a name followed by a conjunction and another name, or a
 * name that is two names joined ("青山县第一中学和青山县第二中学"; not 文化和旅游局, whose 文化 is no name).
 */
function listsUnits(name: string, after: string): boolean {
  const next = AND.exec(after);
  if (next && longestOrgPrefix(nameRun(after.slice(next[0].length)))) return true;
  for (const m of name.matchAll(/和|及|与/g)) {
    if (isOrgName(name.slice(0, m.index)) && isOrgName(name.slice(m.index + 1))) return true;
  }
  return false;
}

/** The cells below a header cell: a form whose field names are column headers (单位名称 | 项目名称 | 预算数). */
function columnValues(lines: HeadLine[], header: HeadLine): HeadLine[] {
  const { blockIndex, cell } = header.seg;
  if (!cell) return [];
  return lines.filter(
    (l) =>
      l.seg.blockIndex === blockIndex &&
      l.seg.cell &&
      l.seg.cell.col === cell.col &&
      l.seg.cell.row > cell.row &&
      l.seg.cell.row <= cell.row + 4,
  );
}

/**
 * A header cell of a numbered list (序号 | 主管部门 | 项目单位 | 项目名称 …): each row is an item, and its
 * units are the items', not the report's.
 */
function inListing(lines: HeadLine[], header: HeadLine): boolean {
  const { blockIndex, cell } = header.seg;
  if (!cell) return false;
  if (lines.some((l) => l.seg.blockIndex === blockIndex && l.seg.cell?.row === cell.row && /^\s*序号\s*$/.test(l.text))) return true;
  // a table the line above introduces as the unit's sub-units ("我局下属单位1个:", "所属二级预算单位如下:")
  const above = lines.filter((l) => l.seg.blockIndex < blockIndex).at(-1);
  return !!above && SUB_UNITS_INTRODUCED.test(above.text);
}

/** A line introducing a table of the unit's sub-units: "我局下属单位2个:", "本部门所属二级预算单位如下", "下设机构". */
const SUB_UNITS_INTRODUCED = /(?:下属|所属|下设|管理的)(?:二级|三级)?(?:预算)?(?:单位|机构|事业单位)/;

/**
 * A label inside prose is a word, not a field ("项目单位应对项目实施后所取得的绩效…"): a label is a
 * field when its line is short (a cell, a form line), or when a separator follows it — a colon,
 * "(盖章)", "/负责人", or a space in the source that normalization dropped ("实施单位 稷山县…") —,
 * or (checked on the value) when the value is closed by the next field's label, as in a form whose
 * cells ran together ("主管部门中江县水利局实施单位中江县水利局资金情况(万元)…").
 */
function isFieldLabel(line: HeadLine, end: number): boolean {
  if (line.text.length <= 40) return true;
  if (/^\s*(?:[:/\]】]|\(盖章\)|及(?:代码|编码))/.test(line.text.slice(end))) return true;
  const raw = line.norm.raw ?? line.norm.text;
  if (end >= line.text.length) return true;
  return /\s/.test(raw[rawOffset(line.norm, end) - 1] ?? '');
}

/**
 * A form field below the title zone belongs to a form attached to the report (a department's
 * report followed by its projects' tables, each with its own 实施单位): it names the unit only when
 * the title does not.
 */
function fieldRank(rank: Rank, line: HeadLine): Rank {
  return line.index >= TITLE_ZONE && rank < 4 ? 4 : rank;
}

/**
 * A row of a column of units that makes it a listing: its total (合计), or the reporting unit's own office (局机关, 机关本级, 本级),
 * named or not ("某县档案馆本级", "青山县教育局机关").
 */
const UNIT_LISTING_ROW = /^\s*(?:合\s*计|总\s*计|小\s*计|[\u4e00-\u9fff()]{0,30}?(?:[局委厅办院]?机关(?:本级)?|本级|本部))\s*$/;

/** The level a 预算单位名称 field is of, just before it: 一级 (the department), as opposed to 二级 (the unit under it). */
const FIRST_LEVEL_BEFORE = /一级$/;

/**
 * Where the report's attachments begin: the first attachment heading ("附件1", "附表2:项目支出绩效自评表") after a line of
 * the report's prose (a page that is an attachment itself, "附件2" over its form, begins with none); Infinity for none.
 */
function attachmentsFrom(lines: HeadLine[]): number {
  const prose = lines.findIndex((l) => /。/.test(l.text));
  if (prose < 0) return Infinity;
  const head = lines.findIndex((l, k) => k > prose && ATTACHED_FORM_HEAD.test(l.text));
  return head < 0 ? Infinity : lines[head].index;
}

/** An attachment's heading on its line, perhaps with the form's title after it: "附件1", "附件2:项目支出绩效自评表". */
const ATTACHED_FORM_HEAD = /^\s*附(?:件|表)\s*[\d一二三四五六七八九十]*\s*[:.、]?\s*(?:[\u4e00-\u9fff()]*(?:表|报告))?\s*$/;

function fieldCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  // a form attached after the report's text (a department's report with its projects' forms) is the attachment's: its
  // fields rank below the report's own title, and its units (a project's 实施单位, a sub-unit) are kept only where the
  // report's 我局 / 我校 … agrees (departmentCandidates)
  const attached = attachmentsFrom(lines);
  const rankOf = (rank: Rank, line: HeadLine): Rank => (line.index >= attached && rank < 4 ? 4 : fieldRank(rank, line));
  const ruleOf = (rule: string, line: HeadLine) => (line.index >= attached ? `${rule}/attached` : rule);
  for (const line of lines) {
    for (const f of FIELDS) {
      for (const m of line.text.matchAll(f.re)) {
        const labelled = isFieldLabel(line, m.index + m[0].length);
        const v = fieldValue(lines, line, m.index + m[0].length);
        if (v && (labelled || v.closed)) {
          // "一级预算单位名称: 青山县教育体育局  二级预算单位名称: 青山县第一中学": the first level is the department over
          // the unit that reports, as a 主管部门 is
          if (FIRST_LEVEL_BEFORE.test(line.text.slice(0, m.index))) {
            out.push(cand(rankOf(5, line), v.line, v.start, v.name, ruleOf('field.supervisor', line)));
            continue;
          }
          out.push(cand(rankOf(f.rank, line), v.line, v.start, v.name, ruleOf(f.rule, line)));
          continue;
        }
        if (!labelled || inListing(lines, line)) continue;
        // a column holds whole values: "820001-井研县马踏镇人民政府", not the group row "820-马踏镇部门"
        const whole = columnValues(lines, line).flatMap((below) => {
          const w = fieldValue(lines, below, 0);
          return w && w.line === below && w.start + w.name.length === below.text.trimEnd().length ? [{ below, w }] : [];
        });
        // a column of several units (| 单位名称 | 预算数 | … over a row per school) lists them, naming none as the report's;
        // so does one with a total row or the unit's own office (局机关, 本级) among them, whose other rows are its sub-units
        if (new Set(whole.map(({ w }) => w.name)).size > 1) continue;
        if (columnValues(lines, line).some((below) => UNIT_LISTING_ROW.test(below.text))) continue;
        if (whole.length)
          out.push(cand(rankOf(f.rank, line), whole[0].below, whole[0].w.start, whole[0].w.name, ruleOf(`${f.rule}/column`, line)));
      }
    }
  }
  // "(一)A项目(主管部门:县住建局),…(二)B工程(主管部门:县水利局),…": a 主管部门 given again with another unit is each item's
  // (an evaluation notice's projects, each under the department answering for it), and none of them the report's
  const supervisors = new Set(out.filter((c) => c.rule.startsWith('field.supervisor')).map((c) => c.name));
  return supervisors.size > 1 ? out.filter((c) => !c.rule.startsWith('field.supervisor')) : out;
}

/**
 * A unit written after its budget code ("820001-青山县白云镇人民政府"), as the budget system lists a unit under the form's
 * 单位名称 header: a form copied as text (cells one a line, spaced, or run into one line) leaves no column to read the value
 * under its header (fieldCandidates' /column), but the code still says it is the form's unit. A department's group row has a
 * shorter code and no unit's name ("820-某镇部门").
 */
const CODED_UNIT = /(?<![\d.,])\d{6,12}\s*-\s*([\u4e00-\u9fff()·]{3,60})/g;
/** The form's header that the coded units stand under. */
const UNIT_NAME_HEADER = /单位名称/;

/** The one unit a form lists by its code, read as its 单位名称 field; none where it lists several (a listing of units). */
function codedUnitCandidates(lines: HeadLine[]): Candidate[] {
  const header = lines.findIndex((l) => UNIT_NAME_HEADER.test(l.text));
  if (header < 0) return [];
  const found: Candidate[] = [];
  for (const line of lines.slice(header)) {
    for (const m of line.text.matchAll(CODED_UNIT)) {
      const start = m.index + m[0].indexOf(m[1]);
      // (the cell ends where the source spaced the next one off it, a space normalization dropped between Chinese words:
      // "…人民政府 村干部误工补贴" is the unit, then the project)
      const breaks = sourceBreaksIn(line, start, m[1]);
      const name = longestOrgPrefix(breaks.length ? m[1].slice(0, breaks[0]) : m[1]);
      if (name) found.push(cand(2, line, start, name, 'field.unit/coded'));
    }
  }
  return new Set(found.map((c) => c.name)).size === 1 ? [found[0]] : [];
}

/** Words a report title is made of; a line without one is not a title. */
// ("…福彩公益金的使用情况", "…专项资金使用情况": a fund's use, reported as a title of its own, or published as a notice,
// "XX局关于2023年度福彩公益金使用情况的公告")
// (…资金完成情况的公示, …资金执行情况的公告: a fund's notice of what was done with it, as 使用情况 is)
const TITLE_WORD =
  /报告|说明|自评表|评价表|申报表|决算|预算|公开|绩效|(?:自评|评价)结果$|(?:资金|经费)?(?:使用|完成|执行)情况(?:的?(?:公告|通报|公示))?$/;
/**
 * What may precede the name in a title: a Markdown heading mark, 《 of a file name, "附件3:",
 * a field label holding the title (名称:, 信息名称, 标题), list numbering (一、 1、 (一) 第二部分),
 * 关于 (with the verb of a covering letter: "关于报送XX局2023年度…报告的函"), a leading year ("2022年度株洲市荷塘区妇女联合会部门…", a formal title's "二〇二三年度…"),
 * and a listing page's publication date before it ("2022-03-15 青山县民政局部门整体支出绩效自评报告").
 */
const TITLE_LEAD = new RegExp(
  String.raw`^(?:\s|#|【[^】]{0,10}】|附件\s*\d*\s*:?|(?:信息|文件)?名称\s*:?|标题\s*:?|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]+部分|关于(?:报送|上报|呈报|提交|印发|公布|公开)?|(?:\d{4}|${CHINESE_YEAR_DIGITS})\s*年度?|\[?\d{4}-\d{1,2}-\d{1,2}\]?\s)*`,
);
/** Where the name ends in a title: the words that follow a unit's name there, never part of it. */
const TITLE_STOP = /部门|本级|关于|整体支出|项目支出|决算|预算|绩效|自评|年度|单位/;
/** Punctuation of prose: a line with it is a sentence, not a title (nor is a site's slogan, "好文档尽在本站!"). */
const CLAUSE_END = /[,;。:!?]/;
/**
 * How a title ends: the kind of document (…报告, …情况说明, …决算, …公开, …自评表, …清单), or a
 * parenthesis ("自评表(2016年度)", "(教育专项工作经费)"), or the result a form is titled by ("XX局2020年度养护类
 * 项目 / 自评结果"), or a summary of its units' ("XX局所属单位2023年度整体支出绩效自评汇总"), or the targets a unit declares ("XX局2024年部门整体支出绩效目标"), or 目录 (a title heading its table of contents: "XX站2021年度部门决算目录"), or a notice
 * that publishes results ("XX局关于2023年度…评价结果的通报", "…自评情况的公告": its issuer reports them; a notice
 * that orders work, "XX局关于开展…工作的通知", is a superior's and no title), or a unit's budget as the finance bureau
 * approved it ("雷州市2018年龙门镇人民政府部门预算的批复": the unit whose budget it is). A wrapped line of prose that happens to hold
 * 预算 ("3、居委会、经济联社等运营管理：年度支出预算数…") does not end like that.
 */
const TITLE_END =
  /(?:报告|报告书|说明|情况|自评表|评价表|申报表|决算|预算|公开|公示|清单|表|汇总|信息|目录|绩效目标|(?:自评|评价)结果|(?:结果|情况)的(?:通报|通知|公告)|(?:预算|决算)的?批复|\))$/;
/**
 * What goes on after a report word used as a verb of prose: a comma or the sentence's end ("…报告,请予以审议。"), or its
 * object, 工作 ("对区人民代表大会及其常务委员会负责并报告工作", a court's duty, the line a PDF copy wrapped it onto).
 */
const CLAUSE_AFTER_REPORT_WORD = /^\s*(?:[,;。]|工作)/;
/** The report words a title run into its text ends with (not 预算 / 决算, which prose uses). */
const RUN_ON_END = /报告|情况说明|自评表|评价表|申报表/;
/** The verb of a notice that hands money out (关于提前下达…, 关于分配…) and what it hands out: NOTICE_RUN_ON's and ALLOCATION_NOTICE's. */
const HANDS_OUT = '(?:提前)?(?:下达|分配|拨付|下拨|安排|追加)';
const MONEY_HANDED_OUT = '(?:资金|预算|经费|计划)';
/** A document number opening a notice's line before its title ("青财办教发〔2020〕58号"). */
const DOCUMENT_NUMBER_LEAD = /^[\u4e00-\u9fff]{1,12}[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号\s*/;
/**
 * A notice's title that hands out money (its issuers, 关于下达 / 分配 / 拨付 … 资金 / 预算 …, the notice's kind), opening a line
 * the text after it ran on into (a .docx whose lines ran together): the title ends at its kind. A notice that orders work
 * (关于开展…工作的通知) is a superior's, no title of the report, run on or not.
 */
const NOTICE_RUN_ON = new RegExp(
  `^[^。,;:《》]{2,60}?关于${HANDS_OUT}[^。,;:《》]{2,80}?${MONEY_HANDED_OUT}[^。,;:《》]{0,20}?的?(?:通知|公告|公示)`,
);
/** A file's extension closing a title line a mirror copied as its file name: "…自评报告(某县林业局).doc". */
const FILE_EXT_END = /\.(?:docx?|pdf|xlsx?|wps)$/i;
/** A unit declaration closing a title line: "(单位:元)", "(金额单位:万元)". */
const UNIT_NOTE_END = /\s*\((?:金额)?单位\s*:\s*(?:万元|元|亿元|千元)\)$/;
/**
 * A site's name after a page's title, as a browser's title bar or a mirror puts it ("…单位决算 -某某官方网站",
 * "…自评报告_某某文库"): cut only where what remains ends as a title does.
 */
const SITE_NAME_END = /(?:\s*[_|]|\s+[-—–])\s*[\u4e00-\u9fffA-Za-z0-9·]{2,20}$/;
/** The site's name after a page's title, captured: "2023年度部门整体支出绩效自评报告 - 青山县水利局". */
const SITE_AFTER_TITLE = /(?:\s*[_|]|\s+[-—–])\s*([\u4e00-\u9fff()·]{3,30})\s*$/;

/**
 * The unit whose own site a page is, named after the page's title as a browser's title bar puts it ("2023年度部门整体支出绩效
 * 自评报告 - 青山县水利局"), when the title names none: a unit publishes its reports on its own site, but a portal's owner
 * publishes every unit's, so the name is a candidate of the last rank, kept only where the text speaks as it (我局) and it is
 * no portal's owner nor finance body (see departmentCandidates).
 */
function siteAfterTitle(text: string): { start: number; name: string } | null {
  const m = SITE_AFTER_TITLE.exec(text);
  if (!m || !isOrgName(m[1]) || !TITLE_END.test(text.slice(0, m.index).trimEnd())) return null;
  return { start: m.index + m[0].indexOf(m[1]), name: m[1] };
}

/** A document mirror's file name: 《耒阳市第四中学专项资金绩效自评价报告.docx》由会员分享,… */
const FILE_TITLE = /^\s*《([^》]{2,80}?)(\.(?:docx?|pdf|xlsx?|wps))?》/;
/**
 * What follows a file name without its extension on a mirror's line: nothing, or the site's furniture ("由会员分享",
 * "- 文库", "共6页"). A cited document's title opening a sentence ("《财政厅关于下达…预算的通知》(川财教〔2023〕132号)
 * 文件下达…", "《…的通知》下达我市…") goes on in prose: its issuer is not the reporting unit.
 */
const FILE_FURNITURE_AFTER = /^\s*(?:$|由|[-_|—–]|下载|在线|\(?\s*共\s*\d+\s*页)/;

/**
 * A portal's field a title ran into, its label and colon: 发布时间:, 发布日期:, 信息来源:, 来源:, 发布机构:; or the page's
 * date alone after a space, its time or publisher beside it ("…部门决算 2025-09-28 10:40 市农业农村局 [字号: ]", the portal's
 * line under the title run on by a copy that joined the two).
 */
const FIELD_AFTER_TITLE = /\s*(?:发布时间|发布日期|信息来源|来源|发布机构)\s*:|\s+\d{4}-\d{1,2}-\d{1,2}(?=\s|$)/;

/** A breadcrumb's separator between steps. */
const BREADCRUMB = /\s[>»›]{1,2}\s|[\u4e00-\u9fff][>»›]{1,2}[\u4e00-\u9fff]/;

/**
 * A portal's field that names the page's publisher (来源, 发布机构 …), with the page's title run on after its value in one
 * line: a .docx or PDF copy makes one paragraph of source lines with no blank line between them and drops the break
 * between two Chinese characters ("来源:青山县财政局" / "青山县林业局2023年度…自评报告" → "来源:青山县财政局青山县林业局2023年度…").
 */
const PUBLISHER_FIELD = /^\s*(?:信息|文章)?(?:来源|发布机构|发布单位|发文单位|发文机关)\s*:\s*/;

/**
 * Where the value of a publisher's field opening `text` ends, when a title follows it on the line: after the whole value
 * when the title opens with its year or lead ("来源:青山县财政局2023年度青山县林业局…"), or between two names run together,
 * the second opening with its place ("青山县财政局" | "青山县林业局…"); null for no such field.
 */
function publisherValueEnd(text: string): number | null {
  const label = PUBLISHER_FIELD.exec(text);
  if (!label) return null;
  const run = nameRun(text.slice(label[0].length));
  const cuts: number[] = [];
  for (let at = 3; at <= run.length - 3; at++) {
    const rest = run.slice(at);
    if (isOrgName(run.slice(0, at)) && PLACE_LEAD.test(rest) && longestOrgPrefix(rest)) cuts.push(at);
  }
  // (the publisher's name whole: "青山县人民政府办公室" | "青山县林业局…", not "青山县人民政府" | "办公室青山县…", whose
  // "place" is the office's words run into one)
  if (cuts.length) return label[0].length + cuts[cuts.length - 1];
  return isOrgName(run) ? label[0].length + run.length : null;
}

/** Where the title text of a line is (its start and end), or null when the line is not a title. */
function titleSpan(line: Pick<HeadLine, 'text'>): [number, number] | null {
  const file = FILE_TITLE.exec(line.text);
  if (file && (file[2] || FILE_FURNITURE_AFTER.test(line.text.slice(file[0].length)))) {
    const start = line.text.indexOf(file[1]);
    return [start, start + file[1].length];
  }
  // a breadcrumb ("青山县人民政府 > 部门信息公开 > 青山县审计局 > 财政预决算"): its steps are the site's sections, no
  // title (a page title run into its last step, "…> 预决算公开 > 青山县…局2023年度…自评报告", is an embedded one)
  if (BREADCRUMB.test(line.text)) return null;
  // (a publisher's field the title ran on after is no part of it)
  const lead = publisherValueEnd(line.text) ?? 0;
  const start = lead + (TITLE_LEAD.exec(line.text.slice(lead))?.[0].length ?? 0); // always matches, perhaps empty
  // "XX镇人民政府2022年度部门决算(单位:元)": the unit of the amounts, not part of the title
  let text = line.text.slice(start).trimEnd().replace(FILE_EXT_END, '').replace(UNIT_NOTE_END, '');
  const withoutSite = text.replace(SITE_NAME_END, '');
  if (withoutSite !== text && TITLE_END.test(withoutSite)) text = withoutSite;
  // a title run into the page's field after it ("…部门决算公开发布时间:2023-08-16", the line break lost): the title ends there
  const field = FIELD_AFTER_TITLE.exec(text);
  if (field && TITLE_END.test(text.slice(0, field.index))) text = text.slice(0, field.index);
  if (!TITLE_END.test(text) || CLAUSE_END.test(text)) {
    // a notice's title handing out money, its issuers then 关于…的通知, ends at its kind ("…关于下达…资金的通知日期:2021-02-03
    // 各街道…"), its document number before it no part of its issuers' names ("青财办教发〔2020〕58号")
    const numbered = DOCUMENT_NUMBER_LEAD.exec(text)?.[0].length ?? 0;
    const notice = NOTICE_RUN_ON.exec(text.slice(numbered));
    if (notice) return [start + numbered, start + numbered + notice[0].length];
    // a title run into the text after it, a PDF line that lost its break ("…绩效自评报告全年预算数
    // 7143.45万元,…"): the title ends at its first report word
    const m = RUN_ON_END.exec(text);
    if (!m) return null;
    // "X第三次会议审议批准《关于…预算草案的报告》,…": a report word inside a cited document's title (an open 《 before
    // it) ends that document's title, not this line's
    if (text.lastIndexOf('《', m.index) > text.lastIndexOf('》', m.index)) return null;
    // "财政局向区人大常委会报告,请予以审议。" (a sentence's rest on the line a PDF copy wrapped it onto): a report word that
    // goes on with a comma is a verb of prose; a title run into its text goes on with the text's words
    if (CLAUSE_AFTER_REPORT_WORD.test(text.slice(m.index + m[0].length))) return null;
    text = text.slice(0, m.index + m[0].length);
  }
  if (text.length > 80 || CLAUSE_END.test(text) || !TITLE_WORD.test(text)) return null;
  return [start, start + text.length];
}

/** The unit named in brackets after a title that names none before it: "…绩效自评报告(青山县统计局)". */
const BRACKETED_UNIT = /\(([\u4e00-\u9fff()·]{3,40})\)$/;

/**
 * A unit's name after a title and a Chinese dash, as a subtitle: "…自评报告——青山县气象局". Only the dash of Chinese
 * punctuation (——): a hyphen, an en dash or an underscore parts a page's title from its site's name ("…报告 - 青山县人民政府",
 * the portal, not the unit).
 */
const DASHED_UNIT = /^\s*——\s*([\u4e00-\u9fff()·]{3,40})\s*$/;

/** A unit's name in square brackets before a title: "【青山县审计局】2023年度部门整体支出绩效自评报告". */
const BRACKETED_LEAD = /^\s*【([^】]{3,40})】/;

function titleName(line: Pick<HeadLine, 'text'>): { start: number; name: string } | null {
  const span = titleSpan(line);
  if (!span) return null;
  const start = span[0] + (TITLE_LEAD.exec(line.text.slice(span[0], span[1]))?.[0].length ?? 0);
  const named = nameInTitle(line.text, start, span[1]);
  if (named) return named;
  // a title that names no unit before it, its unit set after a dash: "部门整体支出绩效自评报告——青山县气象局"
  const dashed = DASHED_UNIT.exec(line.text.slice(span[1]));
  if (dashed && isOrgName(dashed[1])) return { start: span[1] + dashed[0].indexOf(dashed[1]), name: dashed[1] };
  // a title that names no unit after a bracketed tag: the tag is the unit when it is a name (not a column's
  // tag, "【财政预算】", nor one before a title naming its own unit)
  const lead = BRACKETED_LEAD.exec(line.text);
  return lead && isOrgName(lead[1]) ? { start: lead.index + lead[0].indexOf(lead[1]), name: lead[1] } : null;
}

/** A title reporting an evaluation (…绩效评价报告, …评价的报告), not a self-evaluation (自评) nor a notice. */
const EVALUATION_OF_ANOTHER = /^(?!.*自评).*评价(?:情况)?的?报告(?:书)?$/;

/** What an evaluator's title puts between its own name and the unit it evaluated. */
const EVALUATED_AFTER = /^\s*关于\s*/;

/** A title's lead that is a place and a year, nothing else: "雷州市2018年", "青山县 2023年度". */
const PLACE_THEN_YEAR = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟)){1,3}\s*\d{4}\s*年度?\s*/;

/**
 * Works done on a facility, right after its name in a title ("…垃圾转运站提升改造项目", "…污水处理站扩建工程"): the name is
 * the facility's (a 站, a 中心 the project builds or repairs), the project the report evaluates, no unit's.
 */
const FACILITY_WORKS_AFTER = /^(?:提升改造|改造提升|改扩建|扩建|新建|改建|维修改造|修缮|改造)(?:工程|项目)/;

/** The unit a title names in text[start, end): the name it begins with, or one in brackets at its end. */
function nameInTitle(text: string, start: number, end: number): { start: number; name: string } | null {
  const rest = text.slice(start, end);
  const stop = TITLE_STOP.exec(rest);
  const name = longestOrgPrefix(nameRun(stop ? rest.slice(0, stop.index) : rest));
  // a third party's title: "青山华信会计师事务所关于青山县水务局2022年度…评价报告" reports on the unit after 关于
  if (name && isEvaluatorFirm(name)) {
    const about = EVALUATED_AFTER.exec(rest.slice(name.length));
    return about ? nameInTitle(text, start + name.length + about[0].length, end) : null;
  }
  // a body's evaluation of another unit ("青山县财政局关于青山县水务局2022年度部门整体支出绩效评价的报告"):
  // the unit evaluated reports; a unit's own self-evaluation (…关于2022年度…绩效自评的报告) names itself
  const about = name ? EVALUATED_AFTER.exec(rest.slice(name.length)) : null;
  if (name && about && EVALUATION_OF_ANOTHER.test(rest)) {
    const evaluated = nameInTitle(text, start + name.length + about[0].length, end);
    if (evaluated && evaluated.name !== name) return evaluated;
  }
  // "…月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告": a facility named for the works done on it, no unit that reports
  if (name && FACILITY_WORKS_AFTER.test(rest.slice(name.length))) return null;
  if (name) return { start, name };
  // "雷州市2018年龙门镇人民政府部门预算的批复": a county's site puts its place, then the year, before the unit it
  // titles; the name after the year is the unit's as the title gives it (the place alone is none)
  const placeThenYear = PLACE_THEN_YEAR.exec(rest);
  if (placeThenYear) {
    const after = start + placeThenYear[0].length;
    const unit = nameInTitle(text, after, end);
    if (unit && unit.start === after) return unit;
  }
  const bracketed = BRACKETED_UNIT.exec(rest);
  return bracketed && isOrgName(bracketed[1]) ? { start: start + bracketed.index + 1, name: bracketed[1] } : null;
}

/** The title zone: reports put their title within the first lines, after a portal's metadata block. */
const TITLE_ZONE = 80;

/**
 * The value of a field laid out one cell per line ("主管部门" / "廊坊市发改委"): a field's label that ends
 * the line above. A long line that merely contains one (a portal's metadata run into one .docx
 * paragraph) is no field of the line below.
 */
const FIELD_AT_END = [
  ...FIELDS.map((f) => new RegExp(`(?:${f.re.source})\\s*[:\\]】]?\\s*$`)),
  /(?:名称|单位|部门|机构)\s*:?\s*[\]】]?\s*$/,
];

/** A form's labels as a narrow cell cuts them, their last character on the line below: 主管部 / 门, 实施单 / 位. */
const CUT_FORM_LABEL = /主管部(?!门)|实施单(?!位)/;
/** A line that holds a value alone, as a table's cell copied one a line does ("12", "92.53%", "1,548.447 |"). */
const VALUE_LINE = /^\s*\d[\d,.]*\s*%?\s*\|?\s*$/;

/** Where the body starts after a title it ran into: a section number (一、 (一) (1) 1、 第一部分). */
const SECTION_OPENER =
  /[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,2}\)|(?<![\d.])\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]+部分/;

/** The titles at the head of a line that runs on into the body: each space-separated piece before the body's first section number. */
function runOnTitles(line: HeadLine, head: HeadLine[]): { start: number; name: string }[] {
  const opener = SECTION_OPENER.exec(line.text.slice(0, 160));
  if (!opener || opener.index < 6) return [];
  const out: { start: number; name: string }[] = [];
  const words = [...line.text.slice(0, opener.index).matchAll(/\S+/g)].map((m, k, all) => {
    // a cover's date ran into the name after it ("2021 年 10 月辛集市农业农村局 2020 年度决算…"): the piece
    // after a number begins with the date's unit, which is no part of the name
    const unit = k > 0 && /\d$/.test(all[k - 1][0]) ? (DATE_UNIT_LEAD.exec(m[0])?.[0].length ?? 0) : 0;
    return { text: m[0].slice(unit), index: m.index + unit };
  });
  words.forEach((w, k) => {
    // a PDF copy spaces the name from its title ("重庆市大足区古龙镇卫生院 2023年度决算公开说明"): the two read as one
    const next = words[k + 1];
    const t =
      titleName({ text: w.text }) ?? (next ? titleName({ text: w.text + next.text }) : null) ?? titleName({ text: digitsRunOn(words, k) });
    if (!t || t.start + t.name.length > w.text.length) return;
    const read = acrossBreaks(line, w.index + t.start, t.name);
    if (!read) return;
    // a field's value run into the title after it ("时效性: 有效" / "红河州第二人民医院…报告", one paragraph): the name begins at a
    // place the page names again, when one stands inside it ("有效红河州…" beside the publisher's "红河州卫生健康委员会")
    const afterLabel = k > 0 && /:$/.test(words[k - 1].text) && read.start === w.index + t.start;
    // a breadcrumb's last step run into the title ("…>> 公共文化" / "丽水市文化馆2018年度…报告", a copy's lost break): as for
    // an embedded title, the name begins at a place the page names again, or with its own place, else none is guessed
    const afterStep = k > 0 && BREADCRUMB_STEP_BEFORE.test(words[k - 1].text) && read.start === w.index + t.start;
    const cut = afterLabel || afterStep ? nameAtPlaceNamedElsewhere(read.name, textOutside(head, line, read.start, read.name.length)) : '';
    if (afterStep && !cut && !PLACE_START.test(read.name)) return;
    out.push(cut ? { start: read.start + read.name.length - cut.length, name: cut } : read);
  });
  return out;
}

/**
 * The unit of a date's month or day that a copy ran into the word after it (月, 日, 号), before 2 or more
 * characters. Not 年: after a year it begins the title's own 年度 ("2020 年度决算").
 */
const DATE_UNIT_LEAD = /^[月日号](?=[\u4e00-\u9fff]{2})/;

/**
 * A piece with the pieces after it that a space parts from it between a Chinese character and a digit:
 * a PDF copy spaces digits off the Chinese around them ("某县某办公室某县 2023年度部门决算公开某县某办公室
 * 2023年部门决算 2024年 9 月目录"), where the .docx ran them together.
 */
function digitsRunOn(words: { text: string }[], k: number): string {
  let text = words[k].text;
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j].text;
    if (!((/[\u4e00-\u9fff]$/.test(text) && /^\d/.test(w)) || (/\d$/.test(text) && /^[\u4e00-\u9fff]/.test(w)))) break;
    text += w;
  }
  return text;
}

/** More breaks than this inside a name are a letter-spaced heading's ("青 山 县 审 计 局"), not lost line breaks. */
const MOST_BREAKS_IN_NAME = 2;

/**
 * A name as the source broke it: a name read across a line break that a copy turned into a space (normalization then drops
 * the space between Chinese characters). After the last break a name that opens with its place begins there ("时效性: 有效" /
 * "红河州数据发展中心2024年度…", "公开具体内容" / "南县住房和城乡建设局2018年度…"); a whole name before the first break and a
 * fragment after it ran into the next line's words ("洱源县人民政府" / "政府信息公开") and name nothing; a name spaced inside
 * ("青山县 审计局") is one name.
 */
function acrossBreaks(line: HeadLine, start: number, name: string): { start: number; name: string } | null {
  const breaks = sourceBreaksIn(line, start, name);
  if (!breaks.length || breaks.length > MOST_BREAKS_IN_NAME) return { start, name };
  const last = breaks[breaks.length - 1];
  const after = name.slice(last);
  if (isOrgName(after) && PLACE_PREFIX.test(after)) return { start: start + last, name: after };
  const before = name.slice(0, breaks[0]);
  return isOrgName(before) && !isOrgName(name.slice(breaks[0])) ? null : { start, name };
}

/** The offsets inside `run` (read from `start` of a line) where the source had a line break the copy lost, its first char aside. */
function sourceBreaksIn(line: HeadLine, start: number, run: string): number[] {
  return [...run].map((_, k) => k).filter((k) => k > 0 && spaceInSourceBefore(line, start + k));
}

/** Whether the source had white space (a lost line break) right before normalized offset `at` of a line. */
function spaceInSourceBefore(line: HeadLine, at: number): boolean {
  const raw = line.norm.raw;
  if (raw === undefined) return false;
  const r = rawOffset(line.norm, at);
  return r > 0 && /\s/.test(raw[r - 1]);
}

/**
 * A report's title words after its year: "2018年度整体支出绩效评价报告", "2020年部门预算情况说明"; or, without 年, the
 * name of the file of tables a page points to ("明细详见:XX中学 2024 预算公开表", "XX医院2023决算报表"), whose year a
 * budget or accounts word follows at once (not "2024 预算数", a column's header).
 */
const TITLE_AFTER_NAME =
  /(?:关于)?\s*\d{4}\s*(?:年度?[^,。;:]{0,30}?(?:报告|说明|自评表|评价表|决算|预算)|(?:部门|单位)?(?:预算|决算)(?:公开)?(?:表|报表|说明))/g;
/** A unit's name begins with its place (丽水市…, 天水市麦积区…, 中共…): what stands before it in a run-on line is not the name. */
const PLACE_START = /^(?:中共|中国共产主义青年团)?[\u4e00-\u9fff]{2,4}?(?:省|市|县|区|州|旗|盟|镇|乡)/;
/** A line that is a place and nothing else: "衡南县", "株洲市芦淞区". */
const PLACE_ONLY = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟)){1,3}$/;

/**
 * How far into a line an embedded title is looked for: a .docx paragraph that joined a portal's furniture (its banner, menu,
 * breadcrumb and a metadata block the page prints twice) runs to about 450 characters before the title.
 */
const EMBEDDED_TITLE_WITHIN = 600;

/**
 * A title inside a line that a copy ran together with metadata ("【财政预算】天水市麦积区花牛镇政府 2020年
 * 部门预算情况说明 - 索引号:…"): the name is the run of characters before the year, from where the source
 * broke a line inside it or, whole, when it begins with its place.
 */
function embeddedTitles(line: HeadLine, head: HeadLine[]): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  const text = line.text.slice(0, EMBEDDED_TITLE_WITHIN);
  // the year first: "…> 2023年 2023年度青山县白云乡卫生院部门决算 索引号 …", the title a piece of its own between two breaks
  for (const m of text.matchAll(YEAR_FIRST_TITLE)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    const spacedOff = (at: number) =>
      at <= 0 || at >= text.length || /\s/.test(text[at - 1]) || spaceInSourceBefore(line, at) || DATE_BEFORE.test(text.slice(0, at));
    if (spacedOff(m.index) && (spacedOff(end) || SECTION_AFTER.test(text.slice(end))) && isOrgName(m[1])) out.push({ start, name: m[1] });
  }
  for (const m of text.matchAll(TITLE_AFTER_NAME)) {
    // the budget's level after the name ("X联合会本级2022年度部门决算": the unit without its sub-units) is no part of it
    const before = text.slice(0, m.index).trimEnd().replace(OWN_LEVEL_AFTER_NAME, '');
    const run = /[\u4e00-\u9fff()·]+$/.exec(before)?.[0] ?? '';
    const end = before.length;
    const runStart = end - run.length;
    // where the copy lost a line break inside the run ("公共文化" / "丽水市文化馆"), the name starts there;
    // else the whole run is the name when it begins with its place
    const breaks = sourceBreaksIn(line, runStart, run);
    // the last break: the run may hold a whole line of the page's words before the name's ("…绩效评价报告" / "详细信息" /
    // "公开具体内容" / "南县住房和城乡建设局")
    const broken = breaks.length ? breaks[breaks.length - 1] : -1;
    // (else the whole run, when it begins with a place: where a breadcrumb's last step ran into the
    // name, "公共文化丽水市文化馆", no rule can tell where the name begins, and none is guessed)
    // (a run that opens its line has nothing before it to have run into it: "泾县中学2021年一般公共预算…")
    const opensLine = !text.slice(0, runStart).trim();
    // (nor has a run the source spaced off a date or a number before it: "[ 发布日期 ] 2020-07-06 重庆两江新区星光学校2020年
    // 部门预算情况说明", a page's metadata and its title run into one line)
    const afterDate =
      /\d\s+$/.test(text.slice(0, runStart)) ||
      (/\d$/.test(text.slice(0, runStart)) && spaceInSourceBefore(line, runStart)) ||
      DATE_BEFORE.test(text.slice(0, runStart));
    const fromBreak = broken > 0 ? run.slice(broken) : run;
    const emptyFields = EMPTY_FIELDS_LEAD.exec(fromBreak)?.[0].length ?? 0;
    const name =
      emptyFields > 0
        ? fromBreak.slice(emptyFields)
        : broken > 0
          ? fromBreak
          : PLACE_START.test(run) || opensLine || afterDate
            ? run
            : BREADCRUMB_STEP_BEFORE.test(text.slice(0, runStart))
              ? nameAtPlaceNamedElsewhere(run, textOutside(head, line, runStart, run.length))
              : '';
    // "X中心纳入X局2020年度部门决算编制范围": a sentence naming a unit and the department over it, no title
    // "无纳入X幼儿园2023年度部门决算编制范围的二级预算单位": a sentence on what the accounts cover, no title
    if (name && isOrgName(name) && !twoUnitsOfOnePlace(name, VERB_BETWEEN_UNITS) && !SCOPE_VERB.test(name))
      out.push({ start: end - name.length, name });
  }
  return out;
}

/**
 * A whole date just before a run ("发布日期 ] 2020-07-06重庆两江新区星光学校2020年部门预算", "发布时间: 2021-09-302020年度…"): a
 * metadata field's value, which a copy that lost its line breaks ran into the title; the title begins after it.
 */
const DATE_BEFORE = /(?<!\d)\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$/;

/** The report's first section heading right after a title that a copy ran into it ("…部门决算第一部分 单位基本概况", "…说明一、单位基本情况"). */
const SECTION_AFTER = /^(?:第[一二三四五六七八九十]部分|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|目录)/;

/**
 * A portal's fields left empty at the head of a run, the title run on after them ("发布日期 2024-03-26 文号 浏览量" /
 * "青山县第一小学2023年度…报告": a .docx paragraph or a copy that lost the breaks between Chinese characters gives "文号浏览量青山县
 * 第一小学"): labels that take a value never hold one here, so the name begins after the last of them.
 */
const EMPTY_FIELDS_LEAD =
  /^(?:文号|发文字号|浏览量|浏览次数|访问量|点击量|点击数|阅读量|阅读次数|主题词|关键词|有效性|时效性|公开目录|公开方式|公开范围|主题分类|体裁分类|成文日期|字号|打印|关闭)+(?=[\u4e00-\u9fff])/;

/** A breadcrumb's separator just before a run: the run is the breadcrumb's last step, or a title run into it. */
const BREADCRUMB_STEP_BEFORE = /[>»›]\s*$/;

/**
 * The name inside a run that a copy made of a page's furniture and a title (".docx" paragraphs drop the break between
 * Chinese characters): a breadcrumb's last step run into the name ("…>> 公共文化" / "丽水市文化馆2018年度…报告"), a field's
 * value ("时效性: 有效" / "红河州第二人民医院…"). The name begins at a place the page names again outside the run, as the start
 * of a name there (its publisher "丽水市政府", its text): the longest such name, or none. A place read only inside the run
 * may be the step's words run into the name's ("文化丽水市"), and a place's tail named inside a longer one ("山县" of 青山县)
 * begins no name there. A name the page writes again whole begins there too, wherever it stands ("…> 区教委重庆市X小学2023年部门
 * 预算情况说明…(一)职能职责重庆市X小学为全额拨款事业单位", a copy with no line break left to tell where a name starts).
 */
function nameAtPlaceNamedElsewhere(run: string, outside: string): string {
  for (let k = 0; k <= run.length - 3; k++) {
    const rest = run.slice(k);
    // (its first level only: the page may name the prefecture, 红河州, of a name that goes on to its county)
    if (!isOrgName(rest)) continue;
    const place = PLACE_LEAD.exec(rest)?.[0];
    // (a name with no place, "西藏技师学院", begins there only where the page writes it again whole at a name's start:
    // "…> 财政预决算" / "西藏技师学院2024年度…报告" beside "西藏技师学院作为…")
    if (!place) {
      if (namesPlaceAsStart(outside, rest)) return rest;
      continue;
    }
    if (place.length >= rest.length - 1) continue;
    if (namesPlaceAsStart(outside, place) || outside.includes(rest)) return rest;
  }
  return '';
}

/** Whether `text` names `place` where a name begins: not right after another Chinese character. */
function namesPlaceAsStart(text: string, place: string): boolean {
  for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
    if (at === 0 || !/[\u4e00-\u9fff]/.test(text[at - 1])) return true;
  }
  return false;
}

/** The head's text outside line[start, start + length): the other lines, and this one's around the span. */
function textOutside(head: HeadLine[], line: HeadLine, start: number, length: number): string {
  return [...head.filter((l) => l !== line).map((l) => l.text), line.text.slice(0, start), line.text.slice(start + length)].join('\n');
}

/**
 * A title that puts its year before the unit, its accounts or budget words after: "2023年度青山县白云乡卫生院部门决算",
 * "2022年青山县审计局单位决算公开", the year in Chinese numerals as a formal title writes it ("二〇二三年度青山县…部门决算").
 */
const YEAR_FIRST_TITLE = new RegExp(
  String.raw`(?:\d{4}|${CHINESE_YEAR_DIGITS})\s*年度?\s*([\u4e00-\u9fff()·]{3,40}?)(?:本级)?(?:部门|单位)?(?:决算|预算)(?:公开)?(?:情况)?(?:说明)?(?:报告)?`,
  'g',
);

/** The budget's own level written after a unit's name: 本级, (本级). */
const OWN_LEVEL_AFTER_NAME = /\(?本级\)?$/;

/** The verbs of a sentence putting a unit inside a department's budget or accounts (纳入, 隶属于): never inside a name. */
const SCOPE_VERB = /纳入|隶属/;

/** How long a verb joining two units' names may be: 纳入, 属于, 隶属于. */
const VERB_BETWEEN_UNITS = 3;

/** A letter's title: "关于上报2023年…自评的报告", "关于报送…情况的函", which names what it is about, not its writer. */
const LETTER_TITLE = /^\s*关于[^,。;:]{2,80}的(?:报告|请示|函)\s*$/;
/** An official document's number on a line of its own: "青市民发〔2024〕6号", "临市退军发[2024]6号". */
const DOCUMENT_NUMBER = /^\s*[\u4e00-\u9fff]{1,12}[〔\[(]\s*\d{4}\s*[〕\])]\s*\d{1,4}\s*号\s*$/;

/**
 * Whether the name on line i is the addressee (主送机关) of the official letter titled just above it: a
 * letter with its document number (文号) puts the body it is sent to on the line under its title
 * ("关于上报…自评的报告" / "某州某局:"), and a copy that lost the colon leaves the name alone there. The
 * writer is then named elsewhere (a 来源 field, a signature). A title broken over two lines ("关于上报…项目" /
 * "支出绩效自评的报告") is read whole. Without a document number the name under a 关于 title may be its
 * writer's, as a report published on a page puts it, and a speaker's comes after the occasion line
 * ("——在…会议上").
 */
function addressedBy(head: HeadLine[], i: number): boolean {
  const above = head[i - 1];
  if (!above) return false;
  const title = above.text.trim();
  const before = head[i - 2]?.text.trim() ?? '';
  const titleAt = LETTER_TITLE.test(title) ? i - 1 : /^\s*关于/.test(before) && LETTER_TITLE.test(before + title) ? i - 2 : -1;
  if (titleAt < 0) return false;
  return head.slice(Math.max(0, titleAt - 4), titleAt).some((l) => DOCUMENT_NUMBER.test(l.text));
}

/** A result's words closing a line: "自评结果", "复核结果" (a form titled by its result, or a column's header). */
const RESULT_END = /结果\s*$/;

/**
 * A table cell naming whose result its column holds, beside other header cells ("| 单位 | 科技局自评结果 | 财政复核结果 |"): a
 * column's header, no title, and the body it names (科技局) is one of those whose results the table sets side by side. A form
 * titled by its result stands alone on its line or in its row.
 */
function resultColumnHeader(head: HeadLine[], line: HeadLine): boolean {
  const { cell, blockIndex } = line.seg;
  if (!cell || !RESULT_END.test(line.text)) return false;
  const own = line.text.trim();
  return head.some(
    (l) => l !== line && l.seg.blockIndex === blockIndex && l.seg.cell?.row === cell.row && !!l.text.trim() && l.text.trim() !== own,
  );
}

/**
 * A run-on title whose name opens its printed line, the page's margin having carried the name's head to the end of the
 * line above ("…监督索引号 5309… 青山" / "市云县政务服务管理局 2023年度部门决算 目录 第一部分…", a pdftotext copy of a portal's
 * fields run into the title): the line above's last name characters (at most CUT_HEAD) with the name make a longer name,
 * read across the two lines, when the head states that longer name on another line (the page's own title, a field).
 * Without that, any line's last characters could lengthen the name ("…缩小" / "青山县…" as 小青山县…), as nameCutBefore
 * guards the lines a measure joins.
 */
function nameCutAbove(
  above: HeadLine,
  line: HeadLine,
  title: { start: number; name: string },
  head: HeadLine[],
): { line: HeadLine; start: number; name: string } | null {
  if (title.start !== 0 || above.seg !== line.seg || above.row === line.row) return null;
  const cut = nameWithHeadOf(above.text, title.name, (whole) => head.some((l) => l !== above && l !== line && l.text.includes(whole)));
  if (!cut) return null;
  const joined: HeadLine = { ...above, text: above.text + line.text, orig: above.orig + line.orig };
  return { line: joined, start: above.text.length - cut.taken, name: cut.whole };
}

function titleCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  const head = lines.slice(0, TITLE_ZONE);
  const isTitle = head.map((l) => titleSpan(l) !== null && !resultColumnHeader(head, l));
  const named = head.map((l) => (resultColumnHeader(head, l) ? null : titleName(l)));
  head.forEach((line, i) => {
    const t = named[i];
    if (t) {
      out.push(cand(3, line, t.start, t.name, 'title'));
      return;
    }
    const site = isTitle[i] ? siteAfterTitle(line.text) : null;
    if (site) out.push(cand(6, line, site.start, site.name, 'title.site'));
    // a title run into the text after it, as a .docx or PDF copy joins the lines of a paragraph
    // ("天水市幼儿园2017年度部门决算公开一、天水市幼儿园概况…"): the pieces before the first section number
    const pieces = runOnTitles(line, head);
    for (const p of pieces) {
      // (the page's margin cut the name's head onto the line above, "…监督索引号 5309… 青山" / "市云县政务服务管理局 2023年度…")
      const cut = i > 0 ? nameCutAbove(head[i - 1], line, p, head) : null;
      out.push(cut ? cand(3, cut.line, cut.start, cut.name, 'title.runon.cut') : cand(3, line, p.start, p.name, 'title.runon'));
    }
    if (pieces.length) return;
    for (const e of embeddedTitles(line, head)) out.push(cand(3, line, e.start, e.name, 'title.embedded'));
    // a title wrapped onto two lines of one paragraph ("青山县审计局2023年度部门整体支出 / 绩效自评报告"), or a
    // Markdown heading's ("# 青山县审计局2023年度部门整体" / "支出绩效自评报告"): a heading is one source line, and a copy
    // that wrapped it leaves its rest as the next paragraph (a heading that is a unit's name alone is a banner or a cover's
    // name line, read beside the title below it)
    // (and a title a Word document sets as two paragraphs, each centred on a line of its own: "青山县审计局2023年度部门整体支出"
    // / "绩效自评报告", the first a paragraph of one line, the second the title's words to its end)
    const next = head[i + 1];
    const oneLine = (l: HeadLine) => l.seg.kind === 'heading' || (l.seg.kind === 'paragraph' && l.seg.text.trim() === l.text.trim());
    const goesOn = !isTitle[i] && !unitAlone(line.text) && !CLAUSE_END.test(line.text);
    const headingGoesOn = goesOn && line.seg.kind === 'heading';
    // (the rest opens the next paragraph: a pdftotext copy sets the section heading under it with no blank line between)
    const opensParagraph = (l: HeadLine) => oneLine(l) || l.seg.text.trimStart().startsWith(l.text.trim());
    const paragraphGoesOn = goesOn && line.seg.kind === 'paragraph' && oneLine(line) && next !== undefined && opensParagraph(next);
    if (!next || (next.seg !== line.seg && !headingGoesOn && !paragraphGoesOn) || titleSpan(next)?.[0] !== 0 || named[i + 1]) return;
    // (two cells of one pipe row are no title's lines when the second is the next field's label: "发布机构 | 青山县教育局 |
    // 公开目录 | …", a portal's fields; a title a table set over two cells of its row, "| 青山县林业局 | 2023年度部门决算 |", is one)
    if (next.row === line.row && LABEL_IN_NAME.test(next.text)) return;
    const joined: HeadLine = { ...line, text: line.text + next.text, orig: line.orig + next.orig };
    const j = titleName(joined);
    // (a unit's name alone on its line is whole, a banner over the portal's words: "青山县人民政府" over "政府信息公开", in one
    // paragraph of a pdftotext copy, is no name read on into the next line, "青山县人民政府政府")
    const readsPastWholeName = j !== null && unitAlone(line.text) !== null && j.start + j.name.length > line.text.length;
    if (j && !readsPastWholeName) out.push(cand(3, joined, j.start, j.name, 'title.wrapped'));
    // the same title run on after the page's metadata, the margin cutting it inside a word ("…时效性: 有效青山州第二人民医院
    // 基本公共卫生服" / "务项目补助资金 2023年度绩效自评报告一、…", a pdftotext copy's two printed lines): the two lines read
    // as the one run-on line they were
    else
      for (const p of runOnTitles(
        { ...joined, norm: normalizeText(joined.orig) },
        head.filter((l) => l !== line && l !== next),
      ))
        out.push(cand(3, joined, p.start, p.name, 'title.wrapped.runon'));
  });
  // a name on a line of its own just after a title line: the unit under its title ("重庆市大足区双路中学 /
  // 2020年度部门决算情况说明") or the speaker under a report's title (G-017's "沙洋县财政局")
  // (a title wrapped over two lines, "关于2023年度部门整体支出" / "绩效自评情况的报告", is one: its first line
  // alone ends in no report word)
  const wrappedTitle = head.map((l, j) => {
    const next = head[j + 1];
    if (!next || isTitle[j] || !isTitle[j + 1] || named[j + 1] || CLAUSE_END.test(l.text)) return false;
    const joined: HeadLine = { ...l, text: l.text.trim() + next.text.trim(), orig: l.orig.trim() + next.orig.trim() };
    return titleSpan(joined) !== null && !titleName(joined);
  });
  head.forEach((line, i) => {
    // a page's heading that gives the year and the unit, the kind of report left to its contents ("2023年度青山县
    // 白云街道办事处" over 目录 / 第一部分 部门概况 …): the year before the name makes it a cover's title, no banner
    // the speaker of a report made at a session ("——2023年12月25日在…人民代表大会" / "第三次会议上" / "青山区财政局局长 张 三"):
    // the body its office heads, named with the office and the person under the occasion
    const speaker = SPEAKER_LINE.exec(line.text);
    if (speaker && isOrgName(speaker[1]) && head.slice(Math.max(0, i - 2), i).some((l) => OCCASION_END.test(l.text))) {
      out.push(cand(3, line, line.text.indexOf(speaker[1]), speaker[1], 'title.speaker'));
      return;
    }
    const ranOn = speakerRunOn(line.text);
    if (ranOn) {
      out.push(cand(3, line, ranOn.start, ranOn.name, 'title.speaker.runon'));
      return;
    }
    const dated = YEAR_THEN_UNIT.exec(line.text);
    if (dated && isOrgName(dated[1])) {
      out.push(cand(3, line, line.text.indexOf(dated[1]), dated[1], 'title.line.year'));
      return;
    }
    const name = unitAlone(line.text);
    if (!name) return;
    const previous = head[i - 1]?.text ?? '';
    // the value of a field laid out one cell per line is a field, not a title; so is the wrapped rest of a form's row whose
    // labels a narrow cell cut ("主管部 东平县 实施单 东平县" over "门 档案馆 位 档案馆", a pdftotext copy)
    if (FIELD_AT_END.some((re) => re.test(previous)) || CUT_FORM_LABEL.test(previous)) return;
    // only beside a title that names no unit itself: above "罗湖区审计局2024年度…决算情况", a site's
    // banner ("深圳市罗湖区人民政府") is the publisher, not the unit; and with no sentence between the two
    // (a short text's signature three lines under its title is a signature, read as one)
    const near = [i - 3, i - 2, i - 1, i + 1].some(
      (j) =>
        j >= 0 &&
        j < head.length &&
        ((isTitle[j] && !named[j]) || (j === i + 1 && wrappedTitle[j])) &&
        !head.slice(Math.min(i, j) + 1, Math.max(i, j)).some((l) => /。/.test(l.text)),
    );
    if (!near) return;
    if (addressedBy(head, i)) return;
    // a portal's owner over the portal's section ("青山区人民政府" / "政府信息公开" above the title): the site's banner, not the unit
    // (or over the page's breadcrumb, "首页 >> 部门信息公开 >> 某县交通运输局 >> 正文": the banner of the site the unit's page is on)
    const below = head[i + 1]?.text ?? '';
    if (PORTAL_OWNER.test(name) && (PORTAL_SECTION.test(below) || BREADCRUMB.test(below))) return;
    // a centred title that a PDF broke after its place ("衡南县 / 财政局 / 2023年度…"): the place line
    // above and this line are one name
    // (or after a word inside the name: "青山县人力资源和社会" / "保障局", the line above opening with the place the name lacks)
    const place = head[i - 1];
    const above = place?.text.trim() ?? '';
    const brokenAbove =
      PLACE_ONLY.test(above) || (NAME_CHARS.test(above) && PLACE_PREFIX.test(above) && !PLACE_PREFIX.test(name) && !titleSpan(place));
    if (place && brokenAbove && isOrgName(above + name)) {
      const at = line.text.indexOf(name);
      const joined: HeadLine = {
        ...place,
        text: place.text.trim() + name,
        orig: place.orig.trim() + line.orig.slice(at, at + name.length),
      };
      out.push(cand(3, joined, 0, joined.text, 'title.line.wrapped'));
      return;
    }
    out.push(cand(3, line, line.text.indexOf(name), name, 'title.line'));
  });
  return withoutListedReports(out, head);
}

/**
 * An item of a list of attached documents: "附件1:", "附件 2、" (a notice that lists the reports it publishes, one a line).
 */
const ATTACHMENT_ITEM = /^\s*附件\s*\d{1,2}\s*[:、.]/;
/** The same marker anywhere in a line: a .docx or PDF copy runs the list's items into one paragraph. */
const ATTACHMENT_MARKER = /附件\s*\d{1,2}\s*[:、.]/g;

/**
 * The lines of a notice's list of attached reports ("附件1:青山县公安局2021年…项目绩效评价报告.pdf" / "附件2:青山县残疾人
 * 联合会…部门整体支出绩效评价报告.pdf", a finance body publishing the evaluations it commissioned), when the items name more than
 * one unit: they are others' reports, each with its own unit, and none is the unit of the page (the items one a line, or
 * run into one paragraph by a .docx or PDF copy). Empty for a list whose items all name one unit (its own report's parts).
 */
function listedReportLines(head: HeadLine[]): Set<number> {
  // (an item a line, or two or more run into one paragraph, each item's title read on its own)
  const pieces = (l: HeadLine) => {
    const markers = [...l.text.matchAll(ATTACHMENT_MARKER)];
    return markers.map((m, k) => l.text.slice(m.index + m[0].length, markers[k + 1]?.index ?? l.text.length));
  };
  const items = head.filter((l) => ATTACHMENT_ITEM.test(l.text) || pieces(l).length > 1);
  const names = [
    ...new Set(items.flatMap((l) => pieces(l).map((text) => titleName({ text: text.trim() })?.name)).filter((n): n is string => !!n)),
  ];
  const several = names.some((a) =>
    names.some((b) => a !== b && !a.includes(b) && !b.includes(a) && !isShortFormOf(a, b) && !isShortFormOf(b, a)),
  );
  return new Set(several ? items.map((l) => l.index) : []);
}

/** The title candidates less those an attached reports' list gave (listedReportLines). */
function withoutListedReports(candidates: Candidate[], head: HeadLine[]): Candidate[] {
  const listed = listedReportLines(head);
  return candidates.filter((c) => !listed.has(c.line));
}

/**
 * A speaker's line: a body's name, the office its speaker holds there, and the speaker's name ("青山区财政局局长 张 三",
 * "青山县财政局党组书记、局长 李四").
 */
const SPEAKER_LINE =
  /^\s*([\u4e00-\u9fff()·]{3,30}?)(?:党组书记、|党委书记、)?副?(?:局长|主任|厅长|部长|委员长)\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*$/;
/** The line of the occasion a report was made at, ending its sentence: "…第三次会议上", "——在…会议上". */
const OCCASION_END = /会议上\s*$/;
/**
 * A report's occasion under its title, run into what follows it in one paragraph: "——2023年12月25日在…会议上…", or set in
 * brackets, "(2023年2月8日在…会议上)…".
 */
const OCCASION_RUN_ON = /(?:——[^。;,]{0,80}?会议上|\([^。;,()]{0,80}?会议上\))\s*/g;
/** The most characters of the address opening a speech after the speaker's body ("各位代表:", "各位委员:"). */
const ADDRESS_MOST = 8;

/**
 * The speaker's body that a .docx or PDF copy ran in between the occasion and the address of the speech, one paragraph where
 * the source had three lines ("——…在…会议上" / "青山县财政局" / "各位代表:"): the name and, after it, an address of a few
 * characters closing on a colon. A name followed by prose is a sentence, no speaker's line.
 */
function speakerRunOn(text: string): { start: number; name: string } | null {
  for (const m of text.slice(0, 1200).matchAll(OCCASION_RUN_ON)) {
    const at = m.index + m[0].length;
    const run = nameRun(text.slice(at));
    if (!/^\s*:/.test(text.slice(at + run.length))) continue;
    for (let end = run.length - 2; end >= 3; end--) {
      const name = run.slice(0, end);
      const address = run.slice(end);
      if (address.length > ADDRESS_MOST) break;
      if (isOrgName(name) && !isOrgName(address)) return { start: at, name };
    }
  }
  return null;
}

/**
 * A unit's name alone on its line: the name, in brackets ("(青山县水务局)" under a title that names only its
 * place), or followed by the year or the date a cover gives beside it ("青山县教育和体育局 2023年度",
 * "青山县教育和体育局 2024年3月"), or by the verb of the cover's making ("青山县水利局编", "青山县水利局编制": no name ends in 编).
 */
const UNIT_ALONE =
  /^\s*(?:\(([^()]+(?:\([^()]*\)[^()]*)*)\)|(.+?)(?:\s*(?:编制|编印|编))?(?:\s*\d{4}\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)?)\s*$/;

/**
 * A year, then a unit's name, and nothing else on the line: "2023年度青山县白云街道办事处", "2022 年 青山县林业局"; or the
 * table of contents under it run on, as a .docx or PDF copy makes one paragraph of the cover and its contents ("2023 年度
 * 青山县白云街道办事处目 录第一部分 部门概况一、…": 目录, then the first part's or section's number).
 */
const YEAR_THEN_UNIT =
  /^\s*\d{4}\s*年度?\s*([\u4e00-\u9fff()·]{3,40}?)\s*(?:目\s*录\s*(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、).*)?$/;

/**
 * A template's placeholder for the department left before the unit's name filled in after it ("XX部门常州市…中心小学" over
 * "2019年度部门决算公开"): the form of a name, not part of this one.
 */
const PLACEHOLDER_LEAD = /^(?:[Xx×]{2,}|某某)(?:部门|单位)?/;

function unitAlone(text: string): string | null {
  const m = UNIT_ALONE.exec(text);
  const name = (m?.[1] ?? m?.[2] ?? '').trim().replace(PLACEHOLDER_LEAD, '');
  return isOrgName(name) ? name : null;
}

/**
 * The opening self-description: a paragraph that begins with the unit's name and a verb of being
 * or founding ("重庆市綦江区三角镇中心卫生院是一所…", "XX小学为全额拨款事业单位", "XX中心创建于1959年", "XX学校属教育部门办的
 * 一所…学校": 属 alone as 属于, not the 属 of 属下 / 属地 / 属实, nor of a name's 直属 / 附属 / 所属), not
 * a body the unit describes by its relation to itself ("青山县人民政府是本单位的主管部门", "XX局为我中心上级部门").
 * A budget's "(本级)" after the name (the unit without its sub-units: "XX街道办事处(本级)下设6个内设机构") is no part of it.
 */
const SELF_DESCRIPTION =
  /^([\u4e00-\u9fff()·]{3,40}?)(?:\(本级\))?,?(?:是|为|系|创建于|成立于|始建于|组建于|位于|坐落于|隶属于?|属于|(?<![直附所隶归下专亲家金])属(?![下地实])|\(以下简称)(?!\s*(?:本|我|该)(?:单位|部门|局|中心|校|院|委|办|所|站|馆|队))/;
/**
 * The same with a word between the name and the verb: "XX局主要职责是…", "XX镇人民政府基本职能:…", "XX局内设机构为…", "XX局主要有
 * 部门预算项目支出、专项预算支出二类支出" (a project report opening on the unit's kinds of spending).
 */
const SELF_DESCRIPTION_TOPIC =
  /^([\u4e00-\u9fff()·]{3,40}?)(?:\(本级\))?(?:主要职能|主要职责|基本职能|职能职责|内设|下设|共有|现有|主要有)/;

/**
 * "XX局作为县政府工作部门,…": the unit stating what kind of body it is (a government's 工作部门, a
 * 事业单位, a 派出机构, a court's 国家审判机关, a procuratorate's 法律监督机关). Another body's role in the project
 * ("县财政局作为资金主管部门") is no such kind.
 */
const SELF_DESCRIPTION_AS =
  /^([\u4e00-\u9fff()·]{3,40}?)(?:\(本级\))?,?作为[^,。;]{0,20}?(?:工作部门|组成部门|职能部门|直属机构|派出机构|事业单位|行政机关|群团组织|审判机关|检察机关|法律监督机关|监察机关)/;

/**
 * The unit naming itself for the rest of the report: "…,XX局(以下简称“我局”)对…" (only a self-reference
 * as the short name: "(以下简称“县审计局”)" abbreviates a body the text is about, perhaps another).
 */
const SELF_ALIAS = /(?:^|[,;。:、\s])([\u4e00-\u9fff()·]{3,40}?)\s*\(以下简称\s*[“"']?(?:我|本)[\u4e00-\u9fff]{1,2}[”"']?\s*\)/;

/**
 * A section heading a copy ran into its first sentence: "一、部门基本情况", "(一)职能职责", "一、单位概况", a budget's
 * "(一)本部门性质、职责等情况"; or a numbered
 * item's label before its sentence, as a template's outline puts it ("1、机构设置:XX街道办事处下设…", "2、部门职责:XX局是…").
 */
const SECTION_HEADING_OVER_UNIT = String.raw`(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))\s*(?:(?:部门|单位|职能)?(?:基本情况|概况|简介)|本?(?:部门|单位)性质、职责等情况|(?:主要)?职能职责|主要职[能责]|(?:部门|单位)?职责[、及和]机构设置|(?:部门|单位)职责|机构设置(?:[、及和]职[责能])?)\s*(?:\([一二三四五六七八九十]+\)\s*(?:(?:主要)?职能职责|主要职[能责]|职责[、及和]机构设置|机构设置(?:[、及和]职[责能])?))?\s*:?\s*`;
const RUN_IN_HEADING = new RegExp(`^\\s*${SECTION_HEADING_OVER_UNIT}`);
/**
 * The same heading inside a line that a copy ran a whole page into (a table of contents, then "一、职能简介 XX幼儿园是由…
 * 主办的…"): a heading the source set off by a space or a non-Chinese character, as a lost line break leaves it.
 */
const MID_LINE_HEADING = new RegExp(SECTION_HEADING_OVER_UNIT, 'g');
/** How a heading above ends, run on into the next with no break: "第一部分 单位概况", "目录", "…情况说明". */
const HEADING_WORD_END = /(?:概况|情况|简介|说明|目录|职责|职能)$/;

/**
 * The mandate a unit's self-description opens with: "根据“三定”方案,", "按照机构改革方案,", "依据《…规定》," (a clause ending
 * in the kind of document, then its comma), before "XX局主要职责是…" as the description opens without it.
 */
const MANDATE_LEAD = /^\s*(?:根据|按照|依据)[^,。;]{0,40}?(?:方案|规定|意见|决定)[”"》]?\s*,\s*/;

/** A notice that presents its unit's results: "现将温州市教育基建中心2022年度…评价情况公示如下" (a PDF copy spaces the year off). */
const PRESENTS = /现将([\u4e00-\u9fff()·]{3,40}?)\s*(?:\d{4}\s*年度?|关于)/;
/** The same with the year first: "现将2022年某县交通运输局…项目绩效自评报告如下" (the name runs into the project's). */
const PRESENTS_YEAR_FIRST = /现将\s*\d{4}\s*年度?/;
/**
 * The unit that carried out the evaluation, named as the subject of its sentence: "根据…要求,某县市场
 * 监督管理局对2022年度部门整体支出开展了绩效自评", "XX中心对本单位…进行了评价".
 */
const EVALUATES =
  /(?:^|[,;。])\s*([\u4e00-\u9fff()·]{3,40}?)(?:对|就)(?:本(?:单位|部门)|\d{4}\s*年度?)[^。;]{0,30}?(?:开展|进行|组织)了?[^。;]{0,12}?(?:自评|评价)/;

/** What a body does to another's evaluation or accounts: it reviews, audits, checks them (复核, 审核, 抽查, 考核). */
const REVIEW_VERB = /复核|审核|抽查|考核|审定/;

/**
 * The unit as the subject of the final accounts' summary sentence: "XX妇女联合会部门2022年度收入、支出决算总计
 * 665.96万元" (the Inner Mongolia template opens its 收入支出决算总体情况说明 so, under headings of no unit).
 */
const ACCOUNTS_SUBJECT =
  /(?:^|[,;。])\s*([\u4e00-\u9fff()·]{3,40}?)(?:部门|单位)?\s*\d{4}\s*年度?\s*(?:收入、支出|收、支|收支|收入|支出)(?:决算)?(?:总计|合计)/;

/**
 * The same of any object when the work is a self-evaluation: "青山县气象局对人工影响天气作业经费开展了绩效自评" (who
 * self-evaluates is the unit reporting). Not over a list of units ("对各预算单位…"), and not a body that checks the
 * self-evaluations of others ("对各单位开展的自评结果进行了抽查": 的 between the verb and 自评).
 */
const SELF_EVALUATES =
  /(?:^|[,;。])\s*([\u4e00-\u9fff()·]{3,40}?)(?:对|就)(?!各|全[县市区省]|所属|下属|有关|相关)[^。;,]{2,30}?(?:开展|进行|组织)了?(?:绩效)?自评/;

/**
 * The unit as the subject doing its own evaluation, its verb first and 本部门 / 本单位 after it: "…文件要求,XX苏木人民政府开展
 * 并完成了本部门涉及中央对地方转移支付预算执行情况绩效自评工作" (the words 本部门 say the body evaluates itself).
 */
const SELF_EVALUATES_OWN =
  /(?:^|[,;。])\s*([\u4e00-\u9fff()·]{3,40}?)(?:认真|积极|及时|按时)?(?:组织)?(?:开展|完成|进行)(?:并完成|并开展)?了?本(?:单位|部门)[^。;]{0,40}?(?:绩效)?自评/;

/**
 * The unit as the subject of its budget sentence after the year: "2023年青山县水利局全年预算数300万元", "2023年度,青山县
 * 水利局部门预算收入…" (the budget word right after the name: "2023年县财政局下达…" names the body that allocated).
 */
const BUDGET_SUBJECT =
  /(?:^|[,;。])\s*\d{4}\s*年度?\s*,?\s*([\u4e00-\u9fff()·]{3,40}?)(?:部门|单位)?(?:全年|年初|年度|调整后)?(?:预算数|预算总额|预算收入|预算支出|收入合计|支出合计|收入总计|支出总计)/;

/**
 * A unit's whole spending of a year named in a sentence, the subject of the report that has no name in its title: "为全面
 * 了解青山县水利局2023年度部门整体支出情况", "我们对青山县水利局2023年度部门整体支出进行了绩效自评", a third party's "…事务所对
 * 青山县水利局2023年度部门整体支出进行了绩效评价" (convention 9: the unit whose spending is evaluated). Only 整体支出, the whole
 * of one unit's spending: a project's spending may be a finance body's allocation to others.
 */
const WHOLE_SPENDING_OF = /([\u4e00-\u9fff()·]{3,60})\s*\d{4}\s*年度?\s*(?:部门|单位)?\s*整体支出/g;
/** The verb or preposition a sentence puts before the unit whose spending it names: 了解, 对, 关于 … (the last one before it). */
const WHOLE_SPENDING_LEAD = /了解|反映|评价|总结|分析|考核|检验|现将|关于|对(?!外)|将(?!乐县)/g;
/** A directive's issuer opens its sentence: "根据青山县财政局2023年度部门整体支出绩效自评工作要求" names the body that ordered it. */
const DIRECTIVE_LEAD = /^(?:根据|按照|依据|遵照|依照)/;

/** The units a line names by their whole spending of a year, each with where it begins. */
function wholeSpendingOf(text: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  for (const m of text.matchAll(WHOLE_SPENDING_OF)) {
    if (insideCitation(text, m.index + m[0].length - 1)) continue;
    const run = m[1];
    const leads = [...run.matchAll(WHOLE_SPENDING_LEAD)];
    const last = leads.at(-1);
    const cut = last ? last.index + last[0].length : 0;
    // (with no verb before it, the name opens a clause of prose, after its sentence's punctuation: not a run's tail longer
    // than a name, nor a title run on after a breadcrumb's step, "…>> 公共文化青山市文化馆2018年度整体支出绩效评价报告")
    if (!last && (DIRECTIVE_LEAD.test(run) || !/[,;。:]/.test(text[m.index - 1] ?? ''))) continue;
    const name = run.slice(cut);
    if (isOrgName(name) && PLACE_PREFIX.test(name) && !twoUnitsOfOnePlace(name, 0)) out.push({ at: m.index + cut, name });
  }
  return out;
}

/**
 * The unit as the subject of a report's set phrases about its own work, at a clause's head: "2023年,青山县水利局在县委、县
 * 政府的正确领导下…", "青山县水利局党组高度重视绩效管理", "青山县水利局始终坚持…" (its 党组 / 党委 is the unit's own leadership).
 * A report says so of itself, and of its government ("青山县人民政府高度重视…"): kept only where the text speaks as a body of the
 * name's kind (我局 of a 局) and as no other.
 */
const OWN_WORK_SUBJECT =
  /(?:^|[,;。])\s*(?:\d{4}\s*年度?\s*(?:以来|,)?\s*)?([\u4e00-\u9fff()·]{3,40}?)(?:党组|党委|党总支|党支部)?\s*(?:在[^。;]{0,30}?(?:正确|坚强)?领导下|高度重视|始终坚持|认真贯彻|深入贯彻|紧紧围绕|坚持以)/;

/**
 * The unit stating what its budget or accounts cover: "XX镇人民政府只有本级,没有其他预算单位" (the budget template's
 * 部门预算单位构成, whose unit is named nowhere else on many pages). Only at the head of its sentence, and only of the unit
 * itself: "本部门只有本级" names none.
 */
const ONLY_OWN_LEVEL =
  /(?:^|[,;。:])\s*([\u4e00-\u9fff()·]{3,40}?)(?:部门|单位)?\s*(?:只有|仅有|仅含|只含)本级[,,、]?\s*(?:没有|无)(?:其他|其它|下属|所属|二级)?(?:预算|决算)?单位/;

/**
 * A news report on a unit's own accounts: "北京故宫博物院在其官网公布的《2023年度部门预算》数据显示…", "【文汇网讯】审计署11日
 * 在其网站公布:2010年因公出国(境)费…" (the unit that published them, named as the subject, the day perhaps between). Only of
 * the unit's own budget, accounts or “三公” money (预算 / 决算 / 三公 / 出国 in its sentence), never of others' (a finance
 * bureau publishing 各部门 / 全县 … budgets).
 */
const PUBLISHED_BY =
  /(?:^|[,;。:】])\s*([\u4e00-\u9fff()·]{3,40}?)\s*(?:\d{1,2}\s*日|日前|近日|今天|昨天|昨日)?\s*在其(?:官方网站|官网|网站|门户网站)(?:上)?(?:公布|公开|发布)/;
const PUBLISHED_OWN = /预算|决算|三公|出国/;
const PUBLISHED_OTHERS = /各(?:部门|单位|预算单位)|全(?:县|市|区|省|州|旗)|所属|下属/;

/**
 * The report's self-reference followed by its name: "本部门为青山县市场监督管理局,…", "本单位全称为X", "我局(X)内设…". The
 * whole phrase up to the next punctuation must be the name ("本单位为全额拨款事业单位", "本单位是X局下属事业单位" name
 * none), and a 我局 / 我校 … must agree with the name's kind.
 */
const SELF_NAMED =
  /(?:^|[^\u4e00-\u9fff])((?:我|本)(?:单位|部门|局|委|院|校|中心|办|馆|所|站|队|厅|社))(?:全称|名称)?\s*(?:为|是|系|\()\s*([\u4e00-\u9fff()·]{3,40}?)\s*(?:\)|[,;。、]|$)/g;

/**
 * The same with the name in brackets after 我X inside a sentence ("现将我局(青山县水利局)2023年度…报告如下"): the bracket says
 * whom 我局 means wherever it stands (本 only at a word's start, as SELF_NAMED reads it: 基本, 成本 end other words).
 */
const SELF_NAMED_BRACKET = /(我(?:单位|部门|局|委|院|校|中心|办|馆|所|站|队|厅|社))\(\s*([\u4e00-\u9fff()·]{3,40}?)\s*\)/g;

/**
 * A heading over the unit's own overview, on a line of its own: "一、部门基本情况", "(一)职能职责", "1.主要职责", "单位概况" (a
 * project's 项目基本情况 is none: its first sentence may name the body over the project).
 */
const OVERVIEW_HEADING_LINE =
  /^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[、.])?\s*(?:(?:部门|单位)(?:基本情况|概况|简介)|基本情况|(?:主要|部门|单位)?职能职责|主要职[能责]|(?:部门|单位)职责|职能简介|机构设置)\s*:?\s*$/;
/**
 * The unit's name opening the paragraph under that heading, the subject of its duties or its establishment ("青山县统计局主要负责
 * 全县统计工作", "…核定行政编制12名", "…设办公室等4个股室"): the unit describing itself.
 */
const DUTY_VERB = /^(?:\(本级\))?,?(?:主要)?(?:负责|承担|履行|核定|设有|内设|下设|设置|设|贯彻|现有|共有)/;

/**
 * The shortest name the paragraph opens with that its duty verb follows (青山县建设局 of "青山县建设局负责…", not 青山县建, whose 设 is
 * no verb; 青山县统计局 of "青山县统计局设办公室…", not the 办公室 run into it). Only a name with its place.
 */
function unitOfDuties(text: string): string | null {
  const start = text.length - text.trimStart().length;
  const run = nameRun(text.slice(start));
  for (let end = 3; end <= Math.min(run.length, 40); end++) {
    const name = run.slice(0, end);
    if (isOrgName(name) && PLACE_PREFIX.test(name) && DUTY_VERB.test(text.slice(start + end))) return name;
  }
  return null;
}

/** A self-reference by kind that opens a sentence: 我局, 本局, 我中心, 本院 … (not 本单位 / 本部门, which say no kind). */
const KIND_SELF_OPENS = /^(?:我|本)(局|委|院|校|园|中心|办|馆|所|站|队|厅|社)/;
/** What another body does to the unit, after its name: it allocates, approves or orders ("青山县财政局下达…"). */
const ACTS_ON_OTHERS = /^(?:下达|批复|拨付|下拨|安排|要求|印发|转发|通知|委托|核定|审核)/;

/**
 * A paragraph that opens on a sentence naming a body, whose next sentence speaks as a body of that kind ("青山县审计局主管全县
 * 审计监督工作,内设5个股室。我局2023年度全年预算…"): the body named is the one speaking. Not a finance body (it allocates to
 * the unit that speaks: "青山县财政局批复预算500万元。我局…"), nor a sentence that speaks of the unit already (它 is then
 * another: "青山县财政局下达我局预算。我局…"), nor a body of another kind (我局 after 青山县人民政府).
 */
function namedThenSelf(text: string): { name: string; at: number } | null {
  const [first, next] = text.split(/[。;]/);
  if (next === undefined || /(?:我|本)(?:单位|部门|局|委|院|校|园|中心|办|馆|所|站|队|厅|社)/.test(first)) return null;
  // "根据…批复,设立青山县农业技术推广中心。本单位为…": the unit the sentence establishes, then speaking as any unit does
  const established = ESTABLISHED_AT_END.exec(first);
  if (established && isOrgName(established[1]) && PLACE_PREFIX.test(established[1]) && !FINANCE_BODY.test(established[1])) {
    const self = /^(?:我|本)(?:单位|部门)/.test(next.trim()) || KIND_SELF_OPENS.exec(next.trim())?.[1];
    const agrees = self === true || (!!self && SELF_REFERENCE.some(([re, end]) => re.test(`我${self}`) && end.test(established[1])));
    if (agrees) return { name: established[1], at: established.index + established[0].length - established[1].length };
  }
  const name = longestOrgPrefix(nameRun(first));
  if (!name || !PLACE_PREFIX.test(name) || FINANCE_BODY.test(name) || ACTS_ON_OTHERS.test(first.slice(name.length))) return null;
  const kind = KIND_SELF_OPENS.exec(next.trim())?.[1];
  if (!kind) return null;
  return SELF_REFERENCE.some(([self, end]) => self.test(`我${kind}`) && end.test(name)) ? { name, at: 0 } : null;
}

/** A sentence ending on the unit it establishes or renames: "…设立青山县农业技术推广中心", "…更名为青山县文化馆". */
const ESTABLISHED_AT_END = /(?:设立|成立|组建|挂牌成立|更名为)\s*([\u4e00-\u9fff()·]{3,40})\s*$/;

/**
 * A sentence establishing a unit, then a sentence of its structure or duties with no subject of its own ("根据…的通知,设立青山县
 * 农业技术推广中心。内设办公室等3个股室。"): the unit just established is the one the overview describes. Only a name with its place,
 * and not a finance body (the mandate's issuer).
 */
function establishedThenDuties(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const sentences = text.split(/(?<=[。;])/);
  let offset = 0;
  for (let i = 0; i + 1 < sentences.length; offset += sentences[i].length, i++) {
    const sentence = sentences[i].replace(/[。;]$/, '');
    const m = ESTABLISHED_AT_END.exec(sentence);
    if (!m || !isOrgName(m[1]) || !PLACE_PREFIX.test(m[1]) || FINANCE_BODY.test(m[1])) continue;
    if (DUTY_VERB.test(sentences[i + 1].trimStart())) out.push({ name: m[1], at: offset + m.index + m[0].length - m[1].length });
  }
  return out;
}

/**
 * A national body's local organ, named after the body itself ("九三学社成立于1945年,是…参政党。九三学社北京市委员会是九三学社省级
 * 组织"): the organ whose name is the body's with a place after it, as the overview goes on to describe it, is the unit.
 */
function localOrganOf(body: string, text: string): { name: string; at: number } | null {
  if (PLACE_PREFIX.test(body)) return null;
  const escaped = body.replace(/[()]/g, '\\$&');
  const m = new RegExp(`(?:^|[。;])\\s*(${escaped}[\\u4e00-\\u9fff()·]{2,30}?)(?:是|为|系)`).exec(text);
  if (!m || !isOrgName(m[1]) || !PLACE_PREFIX.test(m[1].slice(body.length))) return null;
  return { name: m[1], at: m.index + m[0].indexOf(m[1]) };
}

/** A numbered item's number before its sentence: "1.", "1、", "(1)". */
const ITEM_NUMBER = /^\s*(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))\s*/;

function openingCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  const whole = lines.map((l) => l.text).join('\n');
  for (const line of lines.slice(0, 150)) {
    if (line.seg.kind !== 'paragraph') continue;
    // "(一)立项情况" / "1.青山县计量检测所是依法设置的…机构" (a project report's numbered items open on the unit): only a name with
    // its place that the report's own 我所 / 我局 … speaks as, for a numbered item may describe any body the project touches
    const item = ITEM_NUMBER.exec(line.text)?.[0].length ?? 0;
    const described = item ? SELF_DESCRIPTION.exec(line.text.slice(item))?.[1] : undefined;
    if (described && isOrgName(described) && PLACE_PREFIX.test(described) && speaksAs(described, whole))
      out.push(cand(4, line, item, described, 'opening.numbered'));
    // "一、部门基本情况重庆市…卫生院是一所…": a PDF or .docx copy runs the section's heading into its first sentence
    // "根据“三定”方案,XX局主要职责是…", "按照机构改革方案,XX中心为…": the mandate the description rests on, before it
    const run = RUN_IN_HEADING.exec(line.text)?.[0].length ?? 0;
    // (after a Chinese character too, the heading above it run on with no break, "第一部分 单位概况一、职能简介XX小学校是…",
    // but not after a numeral, whose "十一、机构设置" holds no "一、机构设置")
    const midLine = [...line.text.matchAll(MID_LINE_HEADING)]
      .filter(
        (m) =>
          m.index > 0 &&
          (!/[\u4e00-\u9fff]/.test(line.text[m.index - 1]) ||
            spaceInSourceBefore(line, m.index) ||
            HEADING_WORD_END.test(line.text.slice(0, m.index))),
      )
      .map((m) => m.index + m[0].length);
    for (const opens of [run, ...midLine]) {
      const heading = opens + (MANDATE_LEAD.exec(line.text.slice(opens))?.[0].length ?? 0);
      const text = line.text.slice(heading);
      const name = [SELF_DESCRIPTION_TOPIC, SELF_DESCRIPTION, SELF_DESCRIPTION_AS]
        .map((re) => re.exec(text)?.[1])
        .find((n) => n && isOrgName(n));
      if (!name) continue;
      const local = localOrganOf(name, text);
      out.push(local ? cand(4, line, heading + local.at, local.name, 'opening.localOrgan') : cand(4, line, heading, name, 'opening'));
    }
    for (const established of establishedThenDuties(line.text))
      out.push(cand(4, line, established.at, established.name, 'opening.established'));
    for (const self of [...line.text.matchAll(SELF_NAMED), ...line.text.matchAll(SELF_NAMED_BRACKET)]) {
      if (isOrgName(self[2]) && agreesWithSelfReference(self[2], self[1]))
        out.push(cand(4, line, self.index + self[0].indexOf(self[2], self[1].length), self[2], 'opening.self'));
    }
    const duties = OVERVIEW_HEADING_LINE.test(lines[line.index - 1]?.text ?? '') ? unitOfDuties(line.text) : null;
    if (duties) out.push(cand(4, line, line.text.indexOf(duties), duties, 'opening.duties'));
    const speaking = namedThenSelf(line.text.slice(run));
    if (speaking) out.push(cand(4, line, run + speaking.at, speaking.name, 'opening.namedThenSelf'));
    const alias = SELF_ALIAS.exec(line.text);
    if (alias && isOrgName(alias[1])) out.push(cand(4, line, alias.index + alias[0].indexOf(alias[1]), alias[1], 'opening.alias'));
    const presented = PRESENTS.exec(line.text);
    if (presented && isOrgName(presented[1])) out.push(cand(4, line, presented.index + 2, presented[1], 'opening.presents'));
    const yearFirst = PRESENTS_YEAR_FIRST.exec(line.text);
    const after = yearFirst ? yearFirst.index + yearFirst[0].length : -1;
    const named = yearFirst ? longestOrgPrefix(nameRun(line.text.slice(after))) : null;
    if (named) out.push(cand(4, line, after, named, 'opening.presents'));
    const published = PUBLISHED_BY.exec(line.text);
    if (published && isOrgName(published[1])) {
      const sentence = line.text.slice(published.index).split('。')[0];
      if (PUBLISHED_OWN.test(sentence) && !PUBLISHED_OTHERS.test(sentence))
        out.push(cand(4, line, published.index + published[0].indexOf(published[1]), published[1], 'opening.published'));
    }
    const ownLevel = ONLY_OWN_LEVEL.exec(line.text);
    if (ownLevel && isOrgName(ownLevel[1]))
      out.push(cand(4, line, ownLevel.index + ownLevel[0].indexOf(ownLevel[1]), ownLevel[1], 'opening.ownLevel'));
    const subject = ACCOUNTS_SUBJECT.exec(line.text) ?? BUDGET_SUBJECT.exec(line.text);
    if (subject && isOrgName(subject[1]))
      out.push(cand(4, line, subject.index + subject[0].indexOf(subject[1]), subject[1], 'opening.accounts'));
    const evaluates = EVALUATES.exec(line.text) ?? SELF_EVALUATES.exec(line.text) ?? SELF_EVALUATES_OWN.exec(line.text);
    // a finance body that evaluates or reviews the unit's spending ("青山县财政局对本单位…开展了绩效评价复核") is another body
    // than the unit, which evaluates itself (自评)
    const reviews = evaluates && (REVIEW_VERB.test(evaluates[0]) || (FINANCE_BODY.test(evaluates[1]) && !/自评/.test(evaluates[0])));
    if (evaluates && !reviews && isOrgName(evaluates[1]))
      out.push(cand(4, line, evaluates.index + evaluates[0].indexOf(evaluates[1]), evaluates[1], 'opening.evaluates'));
    for (const re of IMPLEMENTED_BY) {
      const m = re.exec(line.text);
      if (m && isOrgName(m[1])) out.push(cand(4, line, m.index + m[0].indexOf(m[1]), m[1], 'opening.implementing'));
    }
    for (const w of wholeSpendingOf(line.text)) out.push(cand(4, line, w.at, w.name, 'opening.wholeSpending'));
    const own = OWN_WORK_SUBJECT.exec(line.text);
    if (own && isOrgName(own[1]) && speaksAs(own[1], whole) && agreesWithSelfReference(own[1], whole))
      out.push(cand(4, line, own.index + own[0].indexOf(own[1]), own[1], 'opening.ownWork'));
  }
  out.push(...yearSubjects(lines.slice(0, 150)));
  return out;
}

/** A paragraph opening on a unit's name with its place, then a year ("(一)青山县白云镇人民政府2023年度下达…"), its number first. */
const NAME_THEN_YEAR =
  /^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\))?\s*([\u4e00-\u9fff()·]{3,40}?)\d{4}\s*年/;
/**
 * The unit as the subject its report's paragraphs open on, with the year ("(一)青山县白云镇人民政府2023年度下达上级资金…" /
 * "(二)青山县白云镇人民政府2023年度下达…项目均完工" / "1.青山县白云镇人民政府2023年度…"): a name with its place that opens two
 * paragraphs or more so is the body whose year the report tells; once, it may be any body the report mentions, and a finance
 * body allocates others' money.
 */
function yearSubjects(lines: HeadLine[]): Candidate[] {
  const opened = lines.flatMap((line) => {
    if (line.seg.kind !== 'paragraph') return [];
    const m = NAME_THEN_YEAR.exec(line.text);
    const name = m ? longestOrgPrefix(m[1]) : null;
    return name && name === m?.[1] && PLACE_PREFIX.test(name) && !FINANCE_BODY.test(name) ? [{ line, name, at: m[0].indexOf(name) }] : [];
  });
  return opened
    .filter((o) => opened.filter((p) => p.name === o.name).length >= 2)
    .slice(0, 1)
    .map((o) => cand(4, o.line, o.at, o.name, 'opening.yearSubject'));
}

/**
 * A part heading over the unit's overview: "第一部分 XX局概况", "一、XX中心基本情况" (final accounts
 * open so, and their table of contents repeats it, often where the page gives no title of its own). The kind of body may
 * stand between the name and 概况 ("第一部分 XX局单位概况", "XX中心部门概况", "XX馆部门(单位)概况"), and with it the
 * scope of the accounts a department sums over its units ("XX局部门(汇总)概况", "XX局(本级)概况").
 */
const OVERVIEW_HEADING =
  /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*[:]?\s*([\u4e00-\u9fff()·]{3,40}?)(?:部门|单位)?(?:\((?:单位|汇总|本级)\))?(?:基本情况|概况|简介)\s*$/;

/**
 * The same part heading run into the text after it, as a copy that joins a page's lines gives it: "…第一部分 XX医院概况一、
 * 职能简介 1.…" (the table of contents and the text one paragraph). It ends where the next section's number begins.
 */
// (the name holds no other part's heading: "…第四部分名词解释第一部分XX医院概况一、…", the table of contents run into the text)
const OVERVIEW_HEADING_RUN_ON =
  /第[一二三四五六七八九十]+部分\s*:?\s*((?:(?!第[一二三四五六七八九十]+部分)[\u4e00-\u9fff()·]){3,40}?)(?:部门|单位)?(?:\((?:单位|汇总|本级)\))?(?:基本情况|概况|简介)(?=\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)))/g;

function overviewCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    const m = OVERVIEW_HEADING.exec(line.text);
    if (m && isOrgName(m[1])) out.push(cand(4, line, line.text.indexOf(m[1]), m[1], 'heading.overview'));
    if (m) continue;
    for (const r of line.text.matchAll(OVERVIEW_HEADING_RUN_ON))
      if (isOrgName(r[1])) out.push(cand(4, line, r.index + r[0].indexOf(r[1]), r[1], 'heading.overview.runon'));
  }
  return out;
}

/** A project report's sentence naming who carries the project out: "由X(负责 / 具体)实施", "项目实施单位为X。" */
const IMPLEMENTED_BY = [
  /由([\u4e00-\u9fff()·]{3,40}?)(?:负责|组织|牵头|具体)?(?:组织)?实施/,
  /(?:项目)?(?:实施|承担)单位(?:为|是)([\u4e00-\u9fff()·]{3,40}?)(?=[,。;]|$)/,
];

/** A unit's seal line: "XX局(盖章)" on a line of its own, where a form is signed. */
const SEAL_LINE = /^([\u4e00-\u9fff()·]{3,40}?)\s*\((?:盖章|公章|印章|签章|章)\)\s*$/;

/**
 * An official document's letterhead (版头), the issuer's name and 文件 on a line of its own over its document number and title:
 * "青山县审计局文件" / "青审〔2024〕3号" / "关于2023年度部门整体支出绩效自评情况的报告". The issuer reports its own spending; two
 * issuers of a joint document ("青山县财政局 青山县审计局文件") are no one name.
 */
const LETTERHEAD = /^\s*([\u4e00-\u9fff()·]{3,40}?)\s*文件\s*$/;

function letterheadCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines.slice(0, TITLE_ZONE)) {
    const m = LETTERHEAD.exec(line.text);
    if (m && isOrgName(m[1])) out.push(cand(3, line, line.text.indexOf(m[1]), m[1], 'letterhead'));
  }
  return out;
}

function sealCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    const m = SEAL_LINE.exec(line.text);
    if (m && isOrgName(m[1])) out.push(cand(2, line, 0, m[1], 'seal'));
  }
  return out;
}

/**
 * The note under a final-accounts table that is empty, naming the unit whose accounts the table is of: "说明:青山镇人民政府
 * 没有使用国有资本经营预算安排支出,故本表无数据", "注:青山县审计局2023年度无政府性基金预算财政拨款收入,故本表为空表"
 * (the model text's 本单位 / 本部门, which the unit may write out).
 */
const EMPTY_TABLE_NOTE =
  /^\s*(?:说明|注|备注)\s*\d?\s*:\s*([\u4e00-\u9fff()·]{3,40}?)\s*(?:\d{4}\s*年度?)?\s*(?:没有|无|未)(?:使用|安排|发生|政府性基金|国有资本|“?三公”?)[^。;]{0,60}?(?:故|因此|所以)?\s*本表(?:无数据|为空|无内容|数据为空)/;

function emptyTableNoteCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    const m = EMPTY_TABLE_NOTE.exec(line.text);
    if (m && isOrgName(m[1])) out.push(cand(4, line, line.text.indexOf(m[1]), m[1], 'note.emptyTable'));
  }
  return out;
}

/** An attachment's heading: 附件, 附件2:, 附表1 (what follows a report's signature, when anything does). */
const ATTACHMENT_HEAD = /^\s*附(?:件|表)\s*[\d一二三四五六七八九十]*\s*[:.、]?/;

/**
 * The last `n` lines of the report (the signature and the closing date are there), from its last
 * segments; or, when attachments follow the report (its project forms, a table of figures), the lines
 * before the first attachment heading that comes right after a date: the signature closes the report,
 * the attachments come after it. (An attachment list above the signature, "附件:1.…自评表" / "XX局" /
 * "2024年3月15日", leaves the signature at the end.)
 */
function tailLines(segments: Segment[], n: number): HeadLine[] {
  const lines = headLinesOf(segments);
  const signedBefore = lines.findIndex(
    (l, k) => k > 0 && ATTACHMENT_HEAD.test(l.text) && CLOSING_DATE.test(datesInDigits(lines[k - 1].text)),
  );
  return signedBefore > 0 ? lines.slice(Math.max(0, signedBefore - n), signedBefore) : lines.slice(-n);
}

/** A line that ends in a date's year, and the line after it that holds only the date's month and day (a date the margin cut). */
const DATE_CUT_AFTER_YEAR = /\d{4}\s*年\s*$/;
const DATE_REST = /^\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$/;

/**
 * A report signed at its end: the unit's name on the line above the closing date ("中共保山市委办公室" /
 * "2018年6月5日"). Weaker than the head's own fields and titles, as strong as an opening sentence.
 */
function signatureCandidates(segments: Segment[]): Candidate[] {
  const tail = tailLines(segments, 6);
  const out: Candidate[] = [];
  for (let i = 0; i < tail.length; i++) {
    // (the page's margin cut the date after its year, "…公开。某县财政局 2024 年" / "2 月 22 日": the line read with the date's rest)
    const text = datesInDigits(
      DATE_CUT_AFTER_YEAR.test(tail[i].text) && DATE_REST.test(tail[i + 1]?.text ?? '') ? tail[i].text + tail[i + 1].text : tail[i].text,
    );
    // "某县市场监督管理局 2023年4月10日": the name and the date on one line
    const signed = SIGNED_LINE.exec(text);
    if (signed && isOrgName(signed[1]))
      out.push({ ...cand(4, tail[i], tail[i].text.indexOf(signed[1]), signed[1], 'signature'), line: HEAD_LINES + i });
    // "…进行公开。中共青山市委办公室 2018年6月5日": the same run on after the report's last sentence, as a .docx or PDF copy
    // makes one paragraph of the lines no blank line parts
    const ranOn = SIGNED_AFTER_SENTENCE.exec(text);
    if (!signed && ranOn && isOrgName(ranOn[1]))
      out.push({ ...cand(4, tail[i], tail[i].text.lastIndexOf(ranOn[1]), ranOn[1], 'signature.runon'), line: HEAD_LINES + i });
    if (i === 0 || !CLOSING_DATE.test(datesInDigits(tail[i].text))) continue;
    const name = withoutSealMark(tail[i - 1].text);
    const at = tail[i - 1].text.indexOf(name);
    if (isOrgName(name)) {
      // (two bodies of one place signing side by side: the first, the joint notice's lead issuer; of two places, none)
      const signer = twoNamesSpacedApart(tail[i - 1], at, name) ? leadIssuerLength(name) : name.length;
      if (signer) out.push({ ...cand(4, tail[i - 1], at, name.slice(0, signer), 'signature'), line: HEAD_LINES + i });
    }
  }
  // signed with no date under it: the name alone on the report's last line (not a table's last cell, a row's 实施单位 among
  // the rows' units: "| 3 | 丙镇冷链仓储项目 | … | 丙镇人民政府 |" closing a list of projects)
  const last = tail[tail.length - 1];
  const name = withoutSealMark(last?.text ?? '');
  // (nor the wrapped rest of a form's row whose labels a narrow cell cut: "主管部 … 实施单 …" over "门 图书馆 位 图书馆")
  const above = tail[tail.length - 2]?.text ?? '';
  // (nor the next cell of a table copied one cell a line as text, a value alone above it, "12 |" over "图书信息中心": a page
  // cut the table there, and the name is a row's 责任部门; a signature closes text, never a number. Under a table read as
  // one, whose last row may end on a number, the name stands apart from it and signs)
  const underLoneValue = tail[tail.length - 2]?.seg.kind !== 'cell' && VALUE_LINE.test(above);
  if (!out.length && last?.seg.kind !== 'cell' && isOrgName(name) && !CUT_FORM_LABEL.test(above) && !underLoneValue)
    out.push({ ...cand(4, last, last.text.indexOf(name), name, 'signature'), line: HEAD_LINES + tail.length });
  return out;
}

/**
 * A signature line without the seal's mark after the name ("青山县水利局(印章)" over the closing date: where the seal is
 * pressed; the mark is no part of the name).
 */
const SEAL_MARK_END = /\s*\((?:盖章|公章|印章|签章|章)\)\s*$/;

function withoutSealMark(text: string): string {
  return text.replace(SEAL_MARK_END, '').trim();
}

/**
 * Two bodies signing side by side, which a copy ran together by dropping the space between Chinese characters ("财政部 水利部"
 * over the date, read "财政部水利部"): where the source spaced the run apart into two names, it names two issuers and no one
 * unit. A name the source spaces inside ("青山县 林业局", letters spread "青 山 县 …") parts into no two names and stays one.
 */
function twoNamesSpacedApart(line: HeadLine, start: number, run: string): boolean {
  return sourceBreaksIn(line, start, run).some((k) => isOrgName(run.slice(0, k)) && isOrgName(run.slice(k)));
}

/** A report's date, as it closes the report: "2023年4月10日", "2023年4月" (the year and month captured). */
const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?`;

/** A formal date in Chinese numerals, as an official report is dated: 二〇二四年三月十五日. */
const CHINESE_DATE = new RegExp(
  `(${CHINESE_YEAR_DIGITS})\\s*年\\s*(十[一二]?|[一二三四五六七八九])\\s*月(?:\\s*([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*日)?`,
  'g',
);
/** A date written with dots, dashes or slashes: 2024.3.15, 2024-03-15, 2024/3/15. */
const NUMERIC_DATE = /(?<![\d.])(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?![\d.])/g;

/** A line with its dates written as 2024年3月15日, whatever numerals or separators it dates with. */
function datesInDigits(text: string): string {
  return text
    .replace(
      CHINESE_DATE,
      (_, y: string, m: string, d?: string) => `${yearInDigits(y)}年${chineseNumeral(m)}月${d ? `${chineseNumeral(d)}日` : ''}`,
    )
    .replace(NUMERIC_DATE, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
}

/** A signature and its date on one line, perhaps with the seal's mark between: "某县审计局(盖章) 2023年3月20日". */
const SIGNED_LINE = new RegExp(String.raw`^\s*([\u4e00-\u9fff()·]{3,40}?)(?:\s*\((?:盖章|公章|印章|签章|章)\)\s*|\s+)${DATE}\s*$`);
/**
 * The same closing a line right after the end of a sentence: "…进行公开。某县审计局 2023年3月20日", "特此公告。某县财政局2025年6月12日",
 * or after the 无 that answers a template's last heading ("八、其他需说明的问题无某县审计局 2023年3月20日": the heading, its answer
 * and the signature, one paragraph of a .docx or PDF copy).
 */
// (or after a field's colon or a number and its space, where the contact lines before it ran on: "…特此公告。联系电话:0000-1234567
// 某县农业农村局 2025年3月28日", "通讯地址:某县乡村振兴局某县乡村振兴局 2024年3月4日"; a bar a copy left after the date is no text)
const SIGNED_AFTER_SENTENCE = new RegExp(
  String.raw`(?:[。!?;:]|\d\s+|(?:问题|事项)\s*:?\s*无[。]?)\s*([\u4e00-\u9fff()·]{3,40}?)(?:\s*\((?:盖章|公章|印章|签章|章)\)\s*|\s*)${DATE}[\s|]*$`,
);

/**
 * The same as two fields of a form's foot: "单位(盖章):某县审计局    日期:2024年3月20日" (the unit's field, then the
 * date's, bare or a 报告 / 填报 date, not a page's 发布日期).
 */
const SIGNED_FIELDS_LINE = new RegExp(
  String.raw`^\s*(?:报告|填报|编制|报送)?单位\s*(?:\((?:盖章|公章|印章|签章|章)\))?\s*:?\s*([\u4e00-\u9fff()·]{3,40}?)\s*(?:(?:报告|填报|编制)?(?:日期|时间)\s*:?\s*)?${DATE}\s*$`,
);

/** A site banner names the body that publishes its own report: 欢迎来到南县政协网站. */
const BANNER = /欢迎(?:来到|访问)([\u4e00-\u9fff()·]{3,30}?)(?:门户)?网站/;

function bannerCandidates(lines: HeadLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines.slice(0, 20)) {
    const m = BANNER.exec(line.text);
    if (m && isOrgName(m[1])) out.push(cand(6, line, m.index + m[0].indexOf(m[1]), m[1], 'banner'));
  }
  return out;
}

/**
 * A unit's kind opening its duties, where a sentence or the overview's heading ends ("学校主要职责是…", "一、主要职责学校主要
 * 职责是…" as a copy ran the heading into it, "卫生院的主要职能"): the unit speaking of itself by its kind.
 */
function kindOpensDuties(kind: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[。;:\n]|职责|职能|概况|简介|基本情况)\s*(?:[一二三四五六七八九十]+、|\d+[、.])?\s*${kind}的?(?:主要)?(?:职责|职能)`,
    'm',
  );
}

/**
 * How the report refers to itself: 我局, 我校, 我中心 … A publisher or supervisor of another kind
 * (来源: 扶贫办 over a report that says 我局) is another body. Place words (我县, 我区) say nothing
 * about the unit and are not listed.
 */
// (本X as 我X: 本校, 本院 …; not the 本 of 本办法, 本所属, 本园区, 本社会 / 本社区, which are other words, nor a portal's
// footer 本站, the website)
const SELF_REFERENCE: [RegExp, RegExp][] = [
  [/[我本]局/, /局$/],
  [/[我本]委/, /委$|委员会$/],
  [/[我本]院/, /院$/],
  [/[我本]校/, /校$|学$|学院$/],
  [/[我本]园(?!区)/, /园$/],
  [/[我本]中心/, /中心$/],
  [/[我本]办(?!法)/, /办$|办公室$/],
  [/[我本]馆/, /馆$/],
  [/我所|本所(?![属有在需得述示用作做以谓])/, /所$/],
  [/我站/, /站$/],
  [/[我本]队/, /队$/],
  [/[我本]厅/, /厅$/],
  [/我社|本社(?![会区])/, /社$/],
  // a school, hospital or kindergarten naming itself by its kind where its duties begin ("学校主要职责是实施初中教育", after a
  // heading the copy ran into it: "一、主要职责学校主要职责是…"), as a 决算 without a title names its unit: a 来源 of another
  // kind (青山县教育局) is its supervisor, not it
  [kindOpensDuties('学校'), /校$|学$|学院$/],
  [kindOpensDuties('(?:医院|卫生院)'), /院$/],
  [kindOpensDuties('幼儿园'), /园$/],
];

/** The place a name begins with, up to its level: 青山县 of 青山县财政局 (the level is kept with the rest). */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|省|市|区|县|州|盟|旗))+/;
/**
 * Who issued the directive a report cites for its mandate: "根据青山县财政局《关于开展…的通知》", "按照县财政局关于…的
 * 通知要求" (the issuer between the preposition and the directive's title).
 */
const DIRECTIVE_ISSUER = /(?:根据|按照|依据|遵照)([\u4e00-\u9fff()·]{2,30}?)(?:《|关于|印发|下发|的通知)/g;
/** The addressee a report is sent to, alone on its line under the title: "县财政局:". */
const ADDRESSEE_LINE = /(?:^|\n)\s*([\u4e00-\u9fff()·]{2,30})\s*:\s*(?:\n|$)/g;

/**
 * Whether the text names `name` as another body than its own: the issuer of the notice it answers or the
 * body it is addressed to ("根据青山县财政局《关于开展2023年度…自评工作的通知》要求,我局…" under "发布机构:
 * 青山县财政局": the finance bureau publishes every unit's report and ordered the work; 我局 is the unit, unnamed).
 * The text may shorten the name to its level ("县财政局" for 青山县财政局), not to another level's (市财政局).
 */
/**
 * A body the text names as reviewing the unit's work: "经青山县财政局审核", "青山县财政局对本单位…进行了复核" (the unit speaking is
 * 本单位 / 我局, the reviewer another body).
 */
const REVIEWED_BY = [
  /经\s*([\u4e00-\u9fff()·]{2,30}?)(?:审核|复核|审定|评审|核定)/g,
  /(?:^|[,;。:\s])([\u4e00-\u9fff()·]{2,30}?)(?:对|就)(?:我|本)(?:单位|部门|局|委|院|校|园|中心|办|馆|所|站|队|厅|社)[^。;]{0,30}?(?:评价|复核|审核|考核|抽查)/g,
];

/** Whether the text names `name` (or its short form at its level) as a body reviewing the unit's work. */
function namedAsReviewer(name: string, text: string): boolean {
  const prefix = PLACE_PREFIX.exec(name)?.[0] ?? '';
  const core = prefix ? name.slice(prefix.length - 1) : name;
  return REVIEWED_BY.some((re) => [...text.matchAll(re)].some((m) => m[1] === name || (m[1].endsWith(core) && name.endsWith(m[1]))));
}

function namedAsAnotherBody(name: string, text: string): boolean {
  const prefix = PLACE_PREFIX.exec(name)?.[0] ?? '';
  const core = prefix ? name.slice(prefix.length - 1) : name;
  const other = (named: string) => named === name || (named.endsWith(core) && name.endsWith(named));
  for (const m of text.matchAll(DIRECTIVE_ISSUER)) if (other(m[1])) return true;
  for (const m of text.matchAll(ADDRESSEE_LINE)) if (other(m[1])) return true;
  return false;
}

/**
 * Whether the text refers to itself as a body of `name`'s kind (我局 of a 局). A finance bureau's portal publishes every
 * unit's budgets, accounts and reports ("发布机构:青山县财政局" over "县级各部门2023年度部门决算"): as their publisher it
 * is the reporting unit only of a text that speaks as it does, not of one that names no 我局 at all.
 */
function speaksAs(name: string, text: string): boolean {
  return SELF_REFERENCE.some(([self, end]) => self.test(text) && end.test(name));
}

function agreesWithSelfReference(name: string, text: string): boolean {
  const used = SELF_REFERENCE.filter(([self]) => self.test(text));
  return used.length === 0 || used.some(([, end]) => end.test(name));
}

/** Place names a shorter form leaves out: 重庆市, 零陵区 (PLACE matches a whole run of them). */
const PLACE = /^(?:[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|省|市|区|县|州|盟|旗))+$/;
/** A name cut inside its place name (陵区林业局 under a garbled form header): one character, then the level. */
const PLACE_TAIL = /^[\u4e00-\u9fff](?:市|区|县|州|旗)/;
/** A name abbreviated to its level (市文化和广电旅游体育局 for 东阳市文化和广电旅游体育局). */
const BARE_LEVEL = /^(?:市|区|县|州|旗)/;

/**
 * A town or township named by its place alone and its government after it ("…白云镇" / "…白云镇人民政府", "…东城街道" /
 * "…东城街道办事处"): a project's title names the town whose government signs the report, and the government is the unit.
 */
const GOVERNMENT_OF_TOWN = /^(?:.(?:镇|乡)(?:人民政府|政府)|街道办事处)$/;

/**
 * Is `longer` another candidate that is `name` with its place completed: a place prefix (重庆市 +
 * 綦江区通惠街道社区卫生服务中心), or the missing head of a place name cut in two (零 + 陵区林业局)?
 */
function candidateExtends(longer: string, name: string): boolean {
  if (longer.length > name.length && spellsOutAtLevel(longer, name)) return true;
  if (longer.startsWith(name) && GOVERNMENT_OF_TOWN.test(name.slice(-2) + longer.slice(name.length))) return true;
  if (longer.length <= name.length || !longer.endsWith(name)) return false;
  const prefix = longer.slice(0, longer.length - name.length);
  if (PLACE.test(prefix)) return true;
  const tail = PLACE_TAIL.exec(name) ?? BARE_LEVEL.exec(name);
  return !!tail && prefix.length <= 2 && PLACE.test(prefix + tail[0]);
}

/**
 * Words no place name holds: a field's label run into the name before its level with its verb ("项目承担单位为区农业农村局" is
 * 区农业农村局 as a sentence names it, no place 项目承担单位为区). (Single characters would refuse places: 无为市.)
 */
const NO_PLACE_WORDS = /单位|部门|机构|名称/;

/**
 * Is `longer` the full name of a name abbreviated to its level and its words ("县人社局" of 青山县人力资源和社会保障局, "市发改委"
 * of 青山市发展和改革委员会)? Its place ends with that level, and the rest spells out the short name's words in order, its
 * kind (局, 委 …) the same or, for 委, a 委员会. A name that merely goes on (县水利局 / 青山县水利水电勘测局: 水利 whole inside
 * 水利水电勘测) is another unit.
 */
function spellsOutAtLevel(longer: string, name: string): boolean {
  const level = BARE_LEVEL.exec(name)?.[0];
  const place = PLACE_PREFIX.exec(longer)?.[0];
  if (!level || !place || !place.endsWith(level) || name.length < 4 || NO_PLACE_WORDS.test(place)) return false;
  const rest = longer.slice(place.length);
  const kind = name.slice(-1);
  const restKind = rest.endsWith(kind) ? kind : kind === '委' && rest.endsWith('委员会') ? '委员会' : null;
  if (!restKind) return false;
  const [short, long] = [name.slice(1, -1), rest.slice(0, -restKind.length)];
  return short === long || abbreviates(short, long);
}

/**
 * A government body named by its kind alone, with no place ("财政局", "科技局", "发改委"): a line under a title (the speaker of a
 * report on its government's budget) or a form's header gives it so.
 */
const PLACELESS_BODY = /^[\u4e00-\u9fff]{2,5}(?:局|委|办)$/;

/**
 * The place a title zone's first title opens with, after its lead ("关于三门县2023年度…的报告": 三门县): the government a
 * placeless body belongs to, when the report names it nowhere else.
 */
function titlePlace(lines: HeadLine[]): string | null {
  for (const line of lines.slice(0, TITLE_ZONE)) {
    const span = titleSpan(line);
    if (!span) continue;
    const start = span[0] + (TITLE_LEAD.exec(line.text.slice(span[0], span[1]))?.[0].length ?? 0);
    const place = TITLE_PLACE.exec(line.text.slice(start, span[1]))?.[0];
    return place ? line.orig.slice(start, start + place.length) : null;
  }
  return null;
}

/**
 * The fullest form of `best` the report gives. Another candidate may complete its place name; the
 * text itself only completes a name abbreviated to its level ("来源: 市文化和广电旅游体育局" and, in
 * the text, "东阳市文化和广电旅游体育局"), because a name with its own place is complete as the report
 * titles it (寿县文物保护中心 stays so beside a sentence that begins 安徽省寿县文物保护中心).
 */
function complete(best: Candidate, candidates: Candidate[], lines: HeadLine[]): { name: string; orig: string } {
  let full = { name: best.name, orig: best.orig };
  for (const c of candidates)
    if (c.name.length > full.name.length && candidateExtends(c.name, best.name)) full = { name: c.name, orig: c.orig };
  if (full.name !== best.name) return full;
  // "财政局" under "关于三门县…的报告": the body of the title's place (the place, as the title writes it, then the name)
  if (PLACELESS_BODY.test(best.name) && !PLACE_PREFIX.test(best.name) && !BARE_LEVEL.test(best.name)) {
    const place = titlePlace(lines);
    if (place && isOrgName(simplify(place) + best.name)) return { name: simplify(place) + best.name, orig: place + best.orig };
    // the name spelled out with its place in the text ("人社局" / 《青山县人力资源和社会保障局职能配置方案》), not as the issuer
    // of the directive the report answers or its addressee (another body: "根据青山市人力资源和社会保障局《通知》")
    const placed = fullNameInText(lines, best.name, spellsOutWithPlace);
    const text = lines.map((l) => l.text).join('\n');
    if (placed && !namedAsAnotherBody(placed.name, text)) return placed;
  }
  if (!BARE_LEVEL.test(best.name)) return spelledOut(best, lines) ?? full;
  for (const line of lines) {
    for (let at = line.text.indexOf(best.name); at >= 0; at = line.text.indexOf(best.name, at + 1)) {
      // the place name just before, from a sentence boundary: "一是2020年,东阳" + "市…" → 东阳市…; after a year, without its
      // 年度 ("2023 年度旺苍" + "县…" → 旺苍县…)
      const m = /(?:^|[^\u4e00-\u9fff])(?:(?<=\d\s*)年度?)?([\u4e00-\u9fff]{2,4})$/.exec(line.text.slice(0, at));
      if (!m || !PLACE.test(m[1] + best.name[0])) continue;
      const from = at - m[1].length;
      const end = at + best.name.length;
      // a form's field label run into its value ("主管部门 市林业局" → 主管部门市…) is no place: the completed
      // name must still be a name
      if (!isOrgName(line.text.slice(from, end))) continue;
      if (end - from > full.name.length) full = { name: line.text.slice(from, end), orig: line.orig.slice(from, end) };
    }
  }
  return full.name === best.name ? (fullNameInText(lines, best.name, spellsOutAtLevel) ?? full) : full;
}

/**
 * A placeless body's name spelled out in the same kind after a place ("人社局" of 青山县人力资源和社会保障局). The same name whole
 * after a place (财政局 / 青山市财政局) may be another level's body, which the text cites, and is left to the candidates.
 */
function spellsOutWithPlace(longer: string, name: string): boolean {
  const place = PLACE_PREFIX.exec(longer)?.[0];
  if (!place) return false;
  const rest = longer.slice(place.length);
  return rest.endsWith(name.slice(-1)) && abbreviates(name.slice(0, -1), rest.slice(0, -1));
}

/**
 * The full name the text gives, at the head of a line, a sentence or a citation, of a short one (`fullOf`: "县人社局" in the
 * text, "青山县人力资源和社会保障局" signing it).
 */
function fullNameInText(
  lines: HeadLine[],
  short: string,
  fullOf: (longer: string, name: string) => boolean,
): { name: string; orig: string } | null {
  for (const line of lines) {
    for (const m of line.text.matchAll(/(?:^|[^\u4e00-\u9fff()·])(?=[\u4e00-\u9fff])/g)) {
      // (after a year's digits its 年 / 年度 is no part of the name: "2025年青山县科学技术局部门对…")
      const start = m.index + m[0].length;
      const at = /\d\s*$/.test(line.text.slice(0, start)) ? start + (/^年度?/.exec(line.text.slice(start))?.[0].length ?? 0) : start;
      const run = nameRun(line.text.slice(at));
      for (let end = Math.min(run.length, 40); end > short.length; end--) {
        const name = run.slice(0, end);
        if (isOrgName(name) && fullOf(name, short)) return { name, orig: line.orig.slice(at, at + end) };
      }
    }
  }
  return null;
}

/** Whether `short`'s characters stand in `long` in order, skipping some: an abbreviation's (科技 of 科学技术). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || long.length <= short.length || long.includes(short)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length && long[0] === short[0];
}

/**
 * The name the text spells out that `best` abbreviates: a title's "昆明市科技局" beside the text's "昆明市科学技术局部门
 * 2018年度…" (发改局 / 发展和改革局, 人社局 / 人力资源和社会保障局). Same place, same last character (its level: 局, 委,
 * 中心 …), and the short name's words taken in order from the long one's, skipping some: a name that merely goes on
 * (青山县水利局 / 青山县水利水电勘测局: 水利 whole inside 水利水电勘测) is another unit, not the same spelled out.
 */
function spelledOut(best: Candidate, lines: HeadLine[]): { name: string; orig: string } | null {
  const place = PLACE_PREFIX.exec(best.name)?.[0];
  if (!place || place.length >= best.name.length - 1) return null;
  const core = best.name.slice(place.length, -1);
  const level = best.name.slice(-1);
  for (const line of lines) {
    for (let at = line.text.indexOf(place); at >= 0; at = line.text.indexOf(place, at + 1)) {
      // the run may go on past the name ("青山县发展和改革局是县政府工作部门"): its prefixes that end at the level
      const run = nameRun(line.text.slice(at));
      for (let end = Math.min(run.length, 40); end > best.name.length; end--) {
        const name = run.slice(0, end);
        if (!name.endsWith(level) || !abbreviates(core, name.slice(place.length, -1)) || !isOrgName(name)) continue;
        return { name, orig: line.orig.slice(at, at + end) };
      }
    }
  }
  return null;
}

/**
 * A name alone on a line beside a title that names none: the unit on a cover, or a portal's banner over the page's
 * title ("青山县人民政府" / "2023年度部门整体支出绩效自评报告" over a text saying 我局). The report's own 我局 / 我校 …
 * tells the two apart as it does a publisher.
 */
const LINE_BESIDE_TITLE = /^title\.line/;

/** How many lines of the report are searched for fields and titles: forms put them first. */
const HEAD_LINES = 400;

/** Every name the head of the report offers, with its rank (1 strongest) and the rule that found it. */
export function departmentCandidates(segments: Segment[], lines = headLinesOf(segments, HEAD_LINES)): Candidate[] {
  const whole = segments.map((s) => s.text).join('\n');
  const othersWork =
    RESULTS_NOTICE.test(
      lines
        .slice(0, TITLE_ZONE)
        .map((l) => l.text)
        .join('\n'),
    ) ||
    lines.slice(0, TITLE_ZONE).some((l) => addressedToUnits(l.text.trim()) || MANY_UNITS_EVALUATED.test(l.text)) ||
    // a page attaching several units' reports publishes others' work
    listedReportLines(lines.slice(0, TITLE_ZONE)).size > 0;
  return [
    ...fieldCandidates(lines),
    ...codedUnitCandidates(lines),
    ...sealCandidates(lines),
    ...letterheadCandidates(lines),
    ...titleCandidates(lines),
    ...openingCandidates(lines),
    ...overviewCandidates(lines),
    ...emptyTableNoteCandidates(lines),
    ...signatureCandidates(segments),
    ...bannerCandidates(lines),
  ]
    .map(placeOnce)
    .filter(
      // a supervisor or publisher is trusted only when the report's own 我局 / 我校 … agrees with it and
      // names it as no other body (the issuer of the notice it answers, its addressee);
      // an evaluating firm is never the reporting unit
      (c) =>
        (c.rank < 5 || (agreesWithSelfReference(c.name, whole) && !namedAsAnotherBody(c.name, whole))) &&
        // a body the text names as reviewing the unit's work signs or heads no report of its own there
        (c.rank < 4 || !namedAsReviewer(c.name, whole)) &&
        (!LINE_BESIDE_TITLE.test(c.rule) || agreesWithSelfReference(c.name, whole)) &&
        !isEvaluatorFirm(c.name) &&
        !(othersWork && FINANCE_BODY.test(c.name) && !issuesTitledNotice(c, lines)) &&
        // (a finance body publishing a notice that hands money out, titled so, publishes its own notice: it issued it; so is
        // a notice of the funds' state it oversees, …资金结余情况的通报)
        !(
          baseRule(c) === 'field.publisher' &&
          FINANCE_BODY.test(c.name) &&
          !speaksAs(c.name, whole) &&
          !allocationNotice(lines) &&
          !fundsNotice(lines)
        ) &&
        // a portal's owner, as its publisher or banner, is the unit only of a text that speaks as it does (我办 …) or
        // names it beyond the page's furniture ("青山区人民政府关于提请审议…决算草案的议案": the government's own text)
        !(
          (baseRule(c) === 'field.publisher' || c.rule === 'banner') &&
          PORTAL_OWNER.test(c.name) &&
          !speaksAs(c.name, whole) &&
          !namedBeyondFurniture(c.name, lines)
        ) &&
        !(baseRule(c) === 'field.commissioning' && FINANCE_BODY.test(c.name)) &&
        // an attached form's unit is the report's only where the report's self-reference agrees with it
        !(c.rule.endsWith('/attached') && !agreesWithSelfReference(c.name, whole)) &&
        // a site's name after a page's title is the unit's own site only where the text speaks as it does
        !(c.rule === 'title.site' && (!speaksAs(c.name, whole) || PORTAL_OWNER.test(c.name) || FINANCE_BODY.test(c.name))),
    );
}

/**
 * A title that opens with its issuer, then 关于 ("青山区财政局关于2023年度重点项目绩效评价结果的通报"): the body's own notice, whose
 * unit it is even when the notice publishes others' results (a finance body is else no unit of such a page).
 */
function issuesTitledNotice(c: Candidate, lines: HeadLine[]): boolean {
  if (!c.rule.startsWith('title')) return false;
  const text = lines.find((l) => l.index === c.line)?.text.replace(/\s/g, '') ?? '';
  return text.startsWith(`${c.name}关于`);
}

/** A candidate's rule without the mark of a form attached after the report ('field.publisher/attached' → 'field.publisher'). */
function baseRule(c: Candidate): string {
  return c.rule.replace(/\/attached$/, '');
}

/**
 * A candidate whose name opens with its place typed twice ("施甸县施甸县教育体育局", a slip in the text's first sentence
 * beside the title's 施甸县教育体育局): the name with the place once, so that it neither outweighs the title as the longer
 * name nor completes it as a fuller one.
 */
function placeOnce(c: Candidate): Candidate {
  const place = PLACE_PREFIX.exec(c.name)?.[0];
  if (!place) return c;
  // (the place prefix is greedy, so a doubled place is read whole: 施甸县施甸县 of 施甸县施甸县教育体育局)
  const half = place.length / 2;
  if (place.length % 2 !== 0 || place.slice(0, half) !== place.slice(half) || !isOrgName(c.name.slice(half))) return c;
  return { ...c, name: c.name.slice(half), orig: c.orig.slice(half) };
}

/** The place a unit's name opens with ("清流县", "商丘市"): the body the unit belongs to. */
const PLACE_LEAD = /^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|盟)/;

/**
 * Where a text names its issuers: its letterhead, its title line, its signature (not a form's field, whose two values
 * run together are two cells' units, nor a title found run into other words).
 */
const ISSUER_RULE = /^(?:letterhead|signature(?:\.runon)?|title(?:\.line)?(?:\.wrapped)?)$/;

/**
 * Two units of one place named together, as a joint notice is signed ("清流县财政局 清流县乡村振兴局", the space
 * dropped): a cut where both halves are names that open on the same place. The two run together name no body; a joint
 * notice lists its lead issuer first (the body that drafted it and answers for it, as 主办 before 会签), and that one is
 * its unit, as readers of such notices name it. The length of the first name, or 0 where the name is one unit.
 */
function leadIssuerLength(name: string): number {
  return firstOfTwoUnits(name, 0);
}

/**
 * Whether `name` is two names that open on the same place with at most `gap` characters between them: run together
 * (gap 0), or joined by a verb as a sentence joins them ("X中心纳入X局", "X站隶属于X局").
 */
function twoUnitsOfOnePlace(name: string, gap: number): boolean {
  return firstOfTwoUnits(name, gap) > 0;
}

/** The length of the first of two names of one place in `name`, at most `gap` characters before the second; 0 if none. */
function firstOfTwoUnits(name: string, gap: number): number {
  const place = PLACE_LEAD.exec(name)?.[0];
  if (!place) return 0;
  for (let at = name.indexOf(place, place.length + 2); at > 0; at = name.indexOf(place, at + 1)) {
    if (!isOrgName(name.slice(at))) continue;
    for (let g = 0; g <= gap && g < at; g++) if (isOrgName(name.slice(0, at - g))) return at - g;
  }
  return 0;
}

export function findDepartment(segments: Segment[]): string | null {
  const lines = headLinesOf(segments, HEAD_LINES);
  const candidates = departmentCandidates(segments, lines);
  if (!candidates.length) return placeSpeaking(segments, lines);
  const bestRank = Math.min(...candidates.map((c) => c.rank));
  const tier = candidates.filter((c) => c.rank === bestRank).sort((a, b) => a.line - b.line);
  // titles: the name the title zone repeats (a page title, the document title, part titles), and
  // between names given equally often, the longer: an abbreviation and the full name (共青团沐川县委 /
  // 中国共产主义青年团沐川县委员会). Fields and the rest: the first stated.
  const times = (c: Candidate) => tier.filter((d) => d.name === c.name).length;
  // (a sentence's unit that carries a project out, "由X负责实施", is one body the report names; the unit that signs it at its
  // end is the one that reports)
  const signed = tier.find((c) => c.rule === 'signature');
  const first = tier[0].rule === 'opening.implementing' && signed ? signed : tier[0];
  const best =
    bestRank === 3
      ? tier.reduce((a, b) => (times(b) > times(a) || (times(b) === times(a) && b.name.length > a.name.length) ? b : a))
      : (tier.find((c) => isShortFormOf(first.name, c.name)) ?? first);
  const text = segments.map((s) => s.text).join('\n');
  const simplified = simplify(text);
  const found = subUnit(withoutRunOnLead(complete(best, candidates, lines), candidates, simplified));
  const owned = afterPortalOwner(found);
  if (owned) return owned.orig;
  const lead = leadIssuerLength(found.name);
  if (!lead) return withGovernmentWords(found, text, simplified);
  // (two units run together elsewhere, a field's two cells, name none)
  if (!ISSUER_RULE.test(best.rule)) return null;
  return withGovernmentWords({ ...found, name: found.name.slice(0, lead), orig: found.orig.slice(0, lead) }, text, simplified);
}

/** A town's, township's or street's place name alone, the unit's full name being its government's. */
const TOWN_PLACE = /^[\u4e00-\u9fff]{1,12}(?:镇|乡|街道)$/;
/** The words that make a town's name its government's: 东山镇人民政府, 东湖街道办事处. */
const GOVERNMENT_WORDS = /^(?:人民政府|办事处)/;

/**
 * A town named by its place alone ("东山镇位于…"), where the text also names its government in full ("东山镇人民政府内设…"): the
 * reporting unit is the government (convention 9: the full name as the text gives it). A place the text never names so stays.
 * `simplified` is `text` as the rules read it (simplify), of the same length.
 */
function withGovernmentWords(found: { name: string; orig: string }, text: string, simplified: string): string {
  if (!TOWN_PLACE.test(found.name)) return found.orig;
  for (let at = simplified.indexOf(found.name); at >= 0; at = simplified.indexOf(found.name, at + 1)) {
    const words = GOVERNMENT_WORDS.exec(simplified.slice(at + found.name.length));
    if (words) return found.orig + text.slice(at + found.name.length, at + found.name.length + words[0].length);
  }
  return found.orig;
}

/** The word that puts a unit under its supervisor in one name: "青山县教育局所属青山县第三中学", "…局下属…中心". */
const SUB_UNIT_OF = /所属|下属/g;

/**
 * A unit named after its supervisor and 所属 / 下属 ("青山县教育局所属青山县第三中学2023年度…自评报告"): the unit that reports is
 * the one after the word, when both sides are names (直属 and 附属 open names of their own: 青山县教育局直属幼儿园 stays whole).
 * After the word a class of units, no name ("青山县教育局所属学校…自评汇总"), leaves the supervisor, who reports on them.
 */
function subUnit(found: { name: string; orig: string }): { name: string; orig: string } {
  for (const m of found.name.matchAll(SUB_UNIT_OF)) {
    const rest = m.index + m[0].length;
    if (!isOrgName(found.name.slice(0, m.index))) continue;
    return isOrgName(found.name.slice(rest))
      ? { name: found.name.slice(rest), orig: found.orig.slice(rest) }
      : { name: found.name.slice(0, m.index), orig: found.orig.slice(0, m.index) };
  }
  return found;
}

/**
 * Whether `short` is a short form of `full`, the same unit named whole: the short name's characters in order inside the
 * whole one (after a bare level it opens with, 区 of "区湘湖旅游度假区管委会"), whose last word holds the short one's last
 * character (委 of 管委会, 局 of 保障局) and which is longer by at least two: a page's 发布机构 "湘管委" beside its 信息来源
 * "区湘湖旅游度假区管委会", or two fields of one form naming the unit short and whole. The whole name is the one to report.
 */
function isShortFormOf(short: string, full: string): boolean {
  if (short.length < 3 || full.length < short.length + 2 || !full.slice(-3).includes(short.at(-1) ?? '')) return false;
  return abbreviates(short, full) || abbreviates(short, full.replace(BARE_LEVEL, ''));
}

/**
 * A portal's owner run into the title under its banner ("青山县人民政府" / "青山县林业局2023年度…报告", one paragraph of a
 * .docx or PDF copy: "青山县人民政府青山县林业局…"): two names of one place run together, the first the portal's owner,
 * name the second's report. Null for any other name (two issuers of a joint notice name no one unit).
 */
function afterPortalOwner(found: { name: string; orig: string }): { name: string; orig: string } | null {
  const place = PLACE_LEAD.exec(found.name)?.[0];
  if (!place) return null;
  for (let at = found.name.indexOf(place, place.length + 2); at > 0; at = found.name.indexOf(place, at + 1)) {
    const owner = found.name.slice(0, at);
    const rest = found.name.slice(at);
    if (isOrgName(owner) && PORTAL_OWNER.test(owner) && isOrgName(rest)) return { name: rest, orig: found.orig.slice(at) };
  }
  return null;
}

/** How a website's name ends ("青山县人民政府门户网站", "青山政务网"): a banner, never part of a unit's name. */
const SITE_NAME = /(?:网站|政务网|信息网|门户网)$/;
/** A party's name before its committee's (中共青山县委宣传部): part of the name, not a lead run into it. */
const PARTY_LEAD = /^(?:中共|中国共产党)$/;
/** The party's name before a place, opening a name (中国共产党青山市委员会, 中共青山县委宣传部). */
const PARTY_BEFORE_PLACE = /^(?:中共|中国共产党)(?=[\u4e00-\u9fff])/;

/**
 * A name with the end of the line above it run on in front: a .docx or PDF copy makes one paragraph of source lines that
 * no blank line parts, and drops the break between two Chinese characters, so a page's "正文", "时效性:有效" or "打印 关闭"
 * line opens the title under it ("正文黄石市卫生健康委员会部门2024年度…"). The name without that lead, when another rule reads
 * the unit so (its opening sentence) or the text names it so where a name begins (its overview heading "第一部分 黄石市…"),
 * and the lead is neither a place (四川省 of 四川省广元市…街道办事处) nor a body over the unit (国家税务总局 of its county
 * bureau, 中共 of a committee's department).
 */
function withoutRunOnLead(found: { name: string; orig: string }, candidates: Candidate[], text: string): { name: string; orig: string } {
  for (let at = 1; at <= found.name.length - 3; at++) {
    const lead = found.name.slice(0, at);
    const rest = found.name.slice(at);
    if (PLACE.test(lead) || isOrgName(lead) || PARTY_LEAD.test(lead)) continue;
    // (a place's tail, "江区" of 綦江区, begins no name)
    // (or with the party before its place, 中国共产党青山市委员会…: the party's name opens its committees' names)
    const placeFirst = PLACE_LEAD.test(rest) || PLACE_LEAD.test(rest.replace(PARTY_BEFORE_PLACE, ''));
    if (!isOrgName(rest) || !placeFirst || PLACE_TAIL.test(rest)) continue;
    // (a site's name, "青山县人民政府门户网站", is the page's banner whatever the text repeats: read whole, not to its 门户网)
    const siteName = SITE_NAME.test(lead) && !SITE_NAME.test(lead + rest[0]);
    const namedElsewhere = candidates.some((c) => c.name === rest) || namesPlaceAsStart(text, rest);
    if (siteName || namedElsewhere) return { name: rest, orig: found.orig.slice(at) };
  }
  return found;
}

/** A government speaking of itself by its level: 我市, 我县, 我区 … (the level a place name ends with). */
const PLACE_SELF_REFERENCE = /我(市|县|区|州|旗|盟)/g;
/** The place a title opens with, to its last level: 青山市 of "青山市现代农业产业园项目2022年度绩效自评报告". */
const TITLE_PLACE = /^(?:[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|省|市|区|县|州|盟|旗))+/;

/**
 * A government's own report that names no unit (a city's or county's report on a fund or a project it carries out,
 * speaking as 我市 / 我县): the place its title opens with, when the text speaks as that place's level and never as a
 * unit (我局, 我中心 …: then a unit reports, unnamed, and the place is not it).
 */
function placeSpeaking(segments: Segment[], lines: HeadLine[]): string | null {
  const whole = simplify(segments.map((s) => s.text).join('\n'));
  if (SELF_REFERENCE.some(([self]) => self.test(whole))) return null;
  const levels = new Set([...whole.matchAll(PLACE_SELF_REFERENCE)].map((m) => m[1]));
  if (levels.size !== 1) return null;
  for (const line of lines.slice(0, TITLE_ZONE)) {
    const span = titleSpan(line);
    if (!span) continue;
    const start = span[0] + (TITLE_LEAD.exec(line.text.slice(span[0], span[1]))?.[0].length ?? 0);
    const place = TITLE_PLACE.exec(line.text.slice(start, span[1]))?.[0];
    // the first title decides: a place of another level, or none, is no government speaking of itself
    return place && levels.has(place.slice(-1)) ? line.orig.slice(start, start + place.length) : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Year

/**
 * The year in brackets after a report's or form's name: 自评报告(2023年度). It is the year evaluated, and
 * wins over another year the same line states before it (…2024年部门整体支出绩效自评报告(2023年度): the
 * year of filing, then the year reported).
 */
const BRACKETED_YEAR = /(?:表|报告|说明)\s*\(?\s*(\d{4})\s*年度?\s*\)/;
/**
 * A bracket after a report's name that says which year it evaluates, in words: "2024年绩效自评报告(对2023年度部门
 * 整体支出)", "…自评报告(评价年度:2023年)", "…自评报告(2023年度部门整体支出)". Not a date ("(2024年3月)": when it
 * was written) nor a range ("(2021-2023年)").
 */
const BRACKETED_EVALUATED_YEAR =
  /(?:表|报告|说明)\s*\(\s*(?:对|针对|关于|(?:评价|预算|所属|考核)年度\s*:?)?\s*(\d{4})(?!\s*年?\s*[-—~至到])\s*年度?(?!\s*\d{1,2}\s*月)[^()]{0,30}\)/;
/** The same with no 年 in the brackets: 项目支出绩效自评表(2022), …自评报告(2023). */
const BRACKETED_BARE_YEAR = /(?:表|报告|说明)\s*\(\s*(\d{4})\s*\)/;
/**
 * A form's period field spanning one whole year: 评价时段:2022年1月1日至2022年12月31日, 项目实施期:2023年1月—2023年12月, the
 * year perhaps not repeated at its end (评价期间:2023年1月至12月).
 */
const PERIOD_FIELD_YEAR =
  /(?:评价|考核|实施|绩效|资金使用)(?:时段|期间|时间段|周期|期)\s*:?\s*(\d{4})\s*年\s*0?1\s*月(?:\s*0?1\s*日)?\s*(?:至|—|-|~|到)\s*(?:\1\s*年\s*)?12\s*月/;
/**
 * A clause stating an amount: "2024年项目支出预算40万元" (a title names money, it states none; a title run into the
 * text after it, "…绩效自评报告全年预算数7143.45万元", is a title before its report word).
 */
const STATES_AMOUNT = /^(?:(?!报告|自评表|评价表|说明)[^,;。!?])*?\d\s*(?:万元|元|亿元)/;
/** A form's year field: 评价年度:2023年, 预算年度 2023, 考核年度:2023, 年度:2023. */
const YEAR_FIELD = /(?:(?:评价|预算|所属|自评|报告|考核)年度\s*:?|(?<![\u4e00-\u9fff])年度\s*:)\s*(\d{4})/;
const TITLE_YEAR: RegExp[] = [
  // 2023年部门整体支出绩效自评报告, 2022年度株洲市…部门(单位)整体支出, 关于沙洋县2022年预算执行情况和2023年预算草案的报告
  /(\d{4})\s*年度?\s*(?:部门|单位|[\u4e00-\u9fff()]{0,30}?(?:部门|单位))?\s*(?:\(单位\))?\s*(?:整体支出|项目支出|决算|预算绩效|预算执行|绩效自评|一般公共预算|“三公”|财政拨款)/,
  // 项目支出绩效自评表(2016年度), 部门预算项目绩效目标申报表(2023年度), …自评报告(2023年度)
  BRACKETED_YEAR,
  /自评表\s*\(?\s*(\d{4})\s*年度?/,
  // a table title's year on a line or cell of its own: "(2024年度)", "2019年度)", a cover's "2022年度"
  /^\s*\(?\s*(\d{4})\s*年度?\s*\)\s*$/,
  /^\s*(\d{4})\s*年度\s*$/,
  PERIOD_FIELD_YEAR,
  // the same period in brackets on a line of its own under the title: "(2023年1月1日-2023年12月31日)", the year perhaps
  // not repeated at the period's end ("(2023年1月—12月)")
  /^\s*\(\s*(\d{4})\s*年\s*0?1\s*月(?:\s*0?1\s*日)?\s*(?:至|—|-|~|到)\s*(?:\1\s*年\s*)?12\s*月(?:\s*31\s*日)?\s*\)\s*$/,
  YEAR_FIELD,
  // a procurement intention's year, perhaps with the months it covers ("2024年1月至3月政府采购意向", "2024年第二季度采购意向")
  /(\d{4})\s*年度?\s*(?:(?:第?[一二三四1-4]\s*季度|\d{1,2}\s*(?:月份?|-\d{1,2}\s*月))(?:\s*(?:至|—|-|~|到)\s*\d{1,2}\s*月份?)?)?\s*(?:政府)?采购意向/,
  // last: a report titled by its project's year and name ("某区2023年高标准农田建设项目重点绩效评价报告摘要")
  /(\d{4})\s*年度?[\u4e00-\u9fff()“”]{2,40}?(?:绩效(?:自评|评价)|自评|评价)(?:总结)?报告/,
  // or a notice publishing the year's evaluation results ("某市财政局关于2023年度财政重点绩效评价结果的通报")
  /(\d{4})\s*年度?[\u4e00-\u9fff()“”]{0,40}?(?:绩效(?:自评|评价)|自评|评价|抽查)(?:结果|情况)的?(?:通报|公告|公示)/,
  BRACKETED_BARE_YEAR,
  // a year with no 年, run into the report's words after the unit's name: "青山市城管中心2018绩效评价自评报告"
  // (not a range's end, "2018-2020绩效…", nor a code's digits)
  /(?<![\d.\-—~至到])(\d{4})(?=绩效(?:自评|评价)|部门整体支出|整体支出|部门决算|单位决算)/,
];
/** A year in Chinese numerals, one character a digit, before 年: "二〇二三年度", "二零二四年". */
const CHINESE_NUMERAL_YEAR = new RegExp(`${CHINESE_YEAR_DIGITS}(?=\\s*年)`, 'g');
/** Each digit's character and its value (each of CHINESE_ZERO written for 0). */
const CHINESE_DIGIT: Record<string, string> = Object.fromEntries(
  [...'〇一二三四五六七八九'].map((c, d) => [c, String(d)]).concat([...CHINESE_ZERO].map((c) => [c, '0'])),
);
/** A year written one Chinese numeral a digit ("二〇二三") in Arabic digits. */
function yearInDigits(year: string): string {
  return [...year].map((c) => CHINESE_DIGIT[c]).join('');
}
/**
 * A year whose 年 OCR read as a dash before its 度 ("2016-度部门整体支出…", the character's strokes blurred to one): the year's
 * 年度. A range goes on with a digit after its dash ("2016-2018年度"), never with 度.
 */
const OCR_DASH_FOR_NIAN = /(?<![\d.])(\d{4})\s*[-—–]\s*(?=度)/g;
/** Four digits spaced one by one: "2 0 2 3". */
const SPACED_DIGITS = /(?<![\d.,])\d(?:\s\d){3}(?![\d.,])/g;
const COMPARISON_BEFORE = /(?:较|与|比|同|上|对比|相比)\s*$/;
const COMPARISON_AFTER = /^\s*年度?\s*(?:相比|决算数|同期|比较|增加|减少)/;
/**
 * A filing date: 填报日期:2022年2月3日, 报告日期:2021年07月12日. Self-evaluations and final accounts
 * are filed in the year after the one they report on, mostly in its first half; a date from October
 * on may still be the same year's, so it is not used.
 */
const FILING_DATE = /(?:填报|报告|报送|编制|编报)(?:日期|时间)\s*[:]?\s*(\d{4})\s*(?:(?:年|[-./])\s*(\d{1,2})|\s(\d{1,2})\s+\d{1,2}(?!\d))/;
/**
 * Money spent, as a self-evaluation states it for the year it evaluates (not 决算数, which final accounts also
 * write of the year before: "2022年度决算数90万元").
 */
const SPENT = /执行数|执行率|执行了|实际支出|实际使用|已支付|已拨付|支出(?:了)?\s*\d/;
/** A self-evaluation's or evaluation's title words (not final accounts'). */
const EVALUATION = /自评|评价/;
/** What puts a year ahead as a target or a range's end: "到2025年", "至2025年底", "2021-2025年". */
const TARGET_BEFORE = /(?:到|至|[-—~])\s*$/;
/** What a year's sentence plans rather than reports: "2024年我局将继续…", "2024年计划…", "2024年拟安排…". */
const PLANNED = /^\d{4}\s*年度?[,]?\s*[\u4e00-\u9fff]{0,4}?(?:将|计划|拟(?!定)|预计|力争|争取)/;
/** A date written in figures (2020-07-06, 2020.7.6): a page's publication date in a portal's header. */
const ISO_DATE = new RegExp(NUMERIC_DATE.source);
/** A cover's date alone on its line, perhaps bracketed and with the verb of its making: "(2024年3月编制)". */
const COVER_DATE = /^\s*\(?\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:编制|编|制|印发|报送)?\s*\)?\s*$/;
/** The lines of a cover: the title, the unit, its date. */
const COVER_LINES = 10;
/** A report that looks back on a year (and so is filed after it), as opposed to a budget or a target declaration. */
const LOOKS_BACK = /自评|评价|决算|执行情况/;

/**
 * A form's year label alone in its cell or line ("| 评价年度 | 2023 |", a form flattened one cell per
 * line): its value is the next cell. A bare 年度 is left out: it heads the year columns of a table.
 */
const YEAR_LABEL_ALONE = /^\s*(?:评价|预算|所属|自评|报告|考核)年度\s*:?\s*$/;
/** The value cell of such a label: a year and nothing else ("2023", "2023年度", "二〇二三年"), not a column header ("2022年决算数"). */
const YEAR_ALONE = new RegExp(`^\\s*(?:\\d{4}|${CHINESE_YEAR_DIGITS})\\s*(?:年度?)?\\s*$`);

/**
 * A line's text, with the value cell of a year label alone on it joined on. In a table the value is in
 * the label's row: a label whose cell is blank has none, whatever the next row begins with.
 */
function withYearValue(head: HeadLine[], i: number): string {
  const [line, next] = [head[i], head[i + 1]];
  if (!YEAR_LABEL_ALONE.test(line.text)) return line.text;
  const { cell } = line.seg;
  // a form whose field names head its columns (| 填报单位 | 评价年度 | over | 青山县… | 2023 |): the cell below
  const below = cell
    ? head.find((l) => l.seg.blockIndex === line.seg.blockIndex && l.seg.cell?.col === cell.col && l.seg.cell.row === cell.row + 1)
    : undefined;
  const rowRest = head.filter((l) => l.seg.blockIndex === line.seg.blockIndex && l.seg.cell?.row === cell?.row && l !== line);
  if (below && YEAR_ALONE.test(below.text) && rowRest.length && rowRest.every((l) => !/\d/.test(l.text)))
    return `${line.text} ${below.text}`;
  if (!next || !YEAR_ALONE.test(next.text)) return line.text;
  if (cell && (next.seg.blockIndex !== line.seg.blockIndex || next.seg.cell?.row !== cell.row)) return line.text;
  return `${line.text} ${next.text}`;
}

interface YearTallies {
  counts: Map<number, number>;
  cited: Map<number, number>;
  named: Set<number>;
  spent: Map<number, number>;
  looksBack: boolean;
}

/** The years a report names: with budget words (counts), inside cited titles (cited), at all (named), with money spent (spent). */
function yearTallies(segments: Segment[], head: HeadLine[]): YearTallies {
  const counts = new Map<number, number>();
  // years inside a cited document's title (根据《关于开展2025年…评价工作的通知》, or 根据省财政厅关于2021年…的通知 without
  // its 《》): that document's, the report's only when the report names no year of its own
  const cited = new Map<number, number>();
  const named = new Set<number>();
  const spent = new Map<number, number>();
  const looksBack = head.some((l) => LOOKS_BACK.test(l.text));
  for (const s of segments) {
    for (const m of s.text.matchAll(/(\d{4})\s*年度?/g)) {
      const y = Number(m[1]);
      if (!plausible(y)) continue;
      if (isComparison(s.text, m.index)) continue;
      // a date (2022年11月3日) says when something happened, not which year is reported ("2024年1月,我局对上年度
      // 预算执行情况进行了自评": the month of the work, after the year evaluated); the year's end ("截至2023年12月31日,
      // 全年预算数…") dates the year's figures and counts as the year they are of
      const month = /^\s*(\d{1,2})\s*月/.exec(s.text.slice(m.index + m[0].length));
      if (month && Number(month[1]) !== 12) continue;
      // the words about the year, up to the end of its sentence
      const about = /^[^。;]*/.exec(s.text.slice(m.index, m.index + 40))?.[0] ?? '';
      // a report looking back names the next year's plans ("2024年我局将…", "2024年计划预算数…"): not the year evaluated
      if (looksBack && PLANNED.test(about)) continue;
      // a target's or a range's end ("到2025年", "2021-2025年") or a cited title's year names no year reported
      const inCitedTitle = insideCitedTitle(s.text, m.index);
      if (!month && !TARGET_BEFORE.test(s.text.slice(Math.max(0, m.index - 3), m.index)) && !inCitedTitle) named.add(y);
      if (!/收入|支出|预算|决算|经费|绩效|资金/.test(about)) continue;
      const tally = inCitedTitle ? cited : counts;
      tally.set(y, (tally.get(y) ?? 0) + 1);
      // money spent in the year (执行数, 实际支出, 决算): the year a report looking back evaluates, not the plans
      // it names for the next ("2024年预算安排70万元", "2024年我局将继续加强预算管理")
      if (tally === counts && SPENT.test(about)) spent.set(y, (spent.get(y) ?? 0) + 1);
    }
  }
  return { counts, cited, named, spent, looksBack };
}

/**
 * The report's own sentence naming the year it evaluates: "我局对2023年度部门整体支出开展了绩效自评", "对2023年度项目支出
 * 进行了自评" (not a plan's "将对2025年…开展评价", nor a cited notice's title).
 */
// (and a notice of results picking that year's projects: "重点选择2022年度14个重点项目…开展重点绩效评价", 选择 / 选取 as 对)
const EVALUATED_YEAR_SENTENCE =
  /(?:对|选择|选取|选定)\s*(\d{4})\s*年度?[^。;《》]{0,50}?(?:开展|进行|组织)了?[^。;《》]{0,12}?(?:自评|评价)/g;
const PLANNED_BEFORE = /(?:将|拟|计划|要|准备)\s*$/;

/** The years the report's own sentences say it evaluates (EVALUATED_YEAR_SENTENCE: no plan's, no cited notice's). */
function evaluatedYears(segments: Segment[]): Set<number> {
  const years = new Set<number>();
  for (const s of segments)
    for (const m of s.text.matchAll(EVALUATED_YEAR_SENTENCE))
      if (
        plausible(Number(m[1])) &&
        !insideCitation(s.text, m.index) &&
        !PLANNED_BEFORE.test(s.text.slice(Math.max(0, m.index - 4), m.index))
      )
        years.add(Number(m[1]));
  return years;
}

/**
 * A title dated by the year it was filed in ("青山县审计局2024年绩效自评报告") over a text that evaluates the year before:
 * it says so ("对2023年度部门整体支出开展了绩效自评") and states that year's spending more often than the title's
 * (convention 9: a 2024 report on 2023 spending is 2023's), or states no spending of the title's year at all (a notice of
 * the results, "关于2023年全区绩效评价结果的通报" over "选择2022年度14个重点项目开展重点绩效评价"). A text stating its title year's
 * spending more often keeps the title.
 */
function evaluatesYearBefore(segments: Segment[], head: HeadLine[], titleYear: number): boolean {
  const before = titleYear - 1;
  if (!evaluatedYears(segments).has(before)) return false;
  const { spent } = yearTallies(segments, head);
  // (a notice of evaluation results states no one's spending: the sentence alone names the year evaluated, as long as the
  // title's year is spent in nowhere)
  const titleSpent = spent.get(titleYear) ?? 0;
  return (spent.get(before) ?? 0) > titleSpent || titleSpent === 0;
}

export function findYear(segments: Segment[]): number | null {
  const head = headLinesOf(segments.slice(0, 200), TITLE_ZONE);
  for (const re of TITLE_YEAR) {
    for (let i = 0; i < head.length; i++) {
      // a letter-spaced title ("2 0 2 3 年 度 部 门 …", a PDF's centred heading) states its year spaced out
      // and a formal title may write it in Chinese numerals ("二〇二三年度")
      const text = withYearValue(head, i)
        .replace(SPACED_DIGITS, (digits) => digits.replace(/\s/g, ''))
        .replace(CHINESE_NUMERAL_YEAR, yearInDigits)
        .replace(OCR_DASH_FOR_NIAN, '$1年');
      for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
        const at = m.index + m[0].indexOf(m[1]);
        if (!plausible(Number(m[1])) || isComparison(text, at) || insideCitedDirective(text, at)) continue;
        // a sentence of the body in a short text's first lines, after another ("…执行数59万元。2024年度预算绩效目标为…")
        // or stating an amount ("2024年预算数70万元,2024年项目支出预算40万元"): no title (a form's fields may follow others)
        const field = re === PERIOD_FIELD_YEAR || re === YEAR_FIELD;
        if (!field && (/[;。!?]/.test(text.slice(0, m.index)) || STATES_AMOUNT.test(text.slice(m.index)))) continue;
        // the bracket may be the title's next line ("2024年部门整体支出绩效自评报告" / "(评价年度:2023年)")
        const after = text.slice(m.index + m[0].length);
        const next = head[i + 1];
        const rest = next && /^\S*$/.test(after.trim()) && /^\s*\(.*\)\s*$/.test(next.text) ? after.trim() + next.text.trim() : after;
        const bracketed = (BRACKETED_YEAR.exec(rest) ?? BRACKETED_EVALUATED_YEAR.exec(rest))?.[1];
        if (bracketed && plausible(Number(bracketed))) return Number(bracketed);
        const titleYear = Number(m[1]);
        return evaluatesYearBefore(segments, head, titleYear) ? titleYear - 1 : titleYear;
      }
    }
  }
  const filed = filingYear(head);
  if (filed !== null) return filed;
  // a title that dates nothing ("关于2023年全区绩效评价结果情况的通报", the year of the campaign) over the report's own sentence
  // naming the one year it evaluates ("重点选择2022年度14个重点项目…开展重点绩效评价"): that year (convention 9)
  const evaluated = evaluatedYears(segments);
  if (evaluated.size === 1) return [...evaluated][0];
  const { counts, cited, named, spent, looksBack } = yearTallies(segments, head);
  // a report that looks back on a year names the next year's plans as often as the year it evaluates
  // ("2024年预算安排…" beside "2023年全年预算数…执行数…"): on a tie the earlier year is the one evaluated
  // a self-evaluation states the spending of the year it evaluates, and only budgets of the years around it; when it
  // states the spending of two years as often, the earlier is the one it compares with ("2023年度…执行数95万元。2022年度
  // …执行数88万元"): plans for the next year state budgets, not spending
  const evaluation = head.some((l) => EVALUATION.test(l.text));
  const best = (evaluation ? mostNamed(spent, false) : null) ?? mostNamed(counts, looksBack) ?? mostNamed(cited, looksBack);
  if (best !== null) return best;
  // the date a self-evaluation closes with, on a line of its own under the signature ("2022年3月15日")
  const closed = closingYear(head, tailLines(segments, 4));
  if (closed !== null) return closed;
  const worked = workDateYear(segments, head);
  if (worked?.previousYearSaid) return worked.year;
  // a report that names one year only (an OCR'd form whose budget rows are unreadable) is about it
  return named.size === 1 ? [...named][0] : (worked?.year ?? null);
}

/** The date a report says its evaluation was carried out: "2017年3月,我局组织开展了…绩效自评". */
const WORK_DATE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?(?:至\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[^。;]*?(?:开展|进行|组织|完成)了?[^。;]{0,30}?(?:自评|评价)/g;
/** The year before the work's, as its sentence names it: 上年度, 上一年度, 上年. */
const PREVIOUS_YEAR = /上一?年度?/;

/**
 * The year a looking-back report evaluates when only the date of its evaluation work gives it: the year before, when the
 * sentence says so ("2017年3月,我局对上年度部门整体支出开展了绩效自评": previousYearSaid), or when the work was done in the
 * first nine months, as a report is filed then in the year after the one it evaluates (as a closing date is read).
 */
function workDateYear(segments: Segment[], head: HeadLine[]): { year: number; previousYearSaid: boolean } | null {
  if (!head.some((l) => LOOKS_BACK.test(l.text))) return null;
  for (const s of segments) {
    for (const m of s.text.matchAll(WORK_DATE)) {
      if (insideCitation(s.text, m.index)) continue;
      const [year, month] = [Number(m[1]), Number(m[2])];
      const previousYearSaid = PREVIOUS_YEAR.test(m[0]);
      if (!plausible(year - 1) || month < 1 || month > 12) continue;
      if (previousYearSaid || month <= 9) return { year: year - 1, previousYearSaid };
    }
  }
  return null;
}

/** A filing date's label, its two words captured apart: 报告 + 时间. */
const FILING_LABEL = /(填报|报告|报送|编制|编报)(日期|时间)/;

/** A filing date's label alone in its cell or line ("| 填报日期 | 2023-02-03 |", a form flattened one cell per line). */
const FILING_LABEL_ALONE = /^\s*(?:填报|报告|报送|编制|编报)(?:日期|时间)\s*:?\s*$/;

function filingYear(head: HeadLine[]): number | null {
  if (!head.some((l) => LOOKS_BACK.test(l.text))) return null;
  // (an allocation notice's date is its closing date: see closingYear)
  if (allocationNotice(head)) return null;
  for (const line of head) {
    // the date in Chinese numerals (填报时间:二〇二三年二月三日) or in figures (2023-02-03), perhaps in the next cell
    const next = head[line.index + 1];
    // a title's 报告 run into a page's 时间 label by a copy that lost the break between them ("…绩效自评报告" / "时间:2023-05-24"):
    // the page's publication date, no filing date
    const label = FILING_LABEL.exec(line.text);
    if (label && spaceInSourceBefore(line, label.index + label[1].length)) continue;
    const dated = datesInDigits(FILING_LABEL_ALONE.test(line.text) && next ? `${line.text}${next.text}` : line.text);
    // a cover's date on a line of its own under the title: "二〇二四年三月", "(2024年3月编制)"
    // (a date in figures, 2020-07-06, alone on a line of a portal's header is the page's publication date, no filing date)
    const m =
      FILING_DATE.exec(dated) ?? (line.index < COVER_LINES && !ISO_DATE.test(line.text) ? COVER_DATE.exec(datesInDigits(line.text)) : null);
    if (!m) continue;
    const [year, month] = [Number(m[1]), Number(m[2] ?? m[3])];
    if (plausible(year - 1) && month >= 1 && month <= 9) return year - 1;
  }
  return null;
}

/** A date alone on its line: how a report ends, under the unit's name (perhaps labelled: "日期:2024年3月20日"). */
const CLOSING_DATE = new RegExp(String.raw`^\s*(?:(?:日期|时间)\s*:\s*)?${DATE}\s*$`);

/**
 * A notice that allocates money, as its own title line says ("清流县财政局…关于下达省级乡村振兴试点示范资金的通知",
 * not a notice cited in 《》): it hands out this year's money, and its date is the year's, not the year after one.
 */
const ALLOCATION_NOTICE = new RegExp(`^[^《》。]{0,40}关于${HANDS_OUT}[^《》。]{0,60}${MONEY_HANDED_OUT}[^《》。]{0,20}的?通知\\s*$`);

/**
 * A notice of the state of funds, as its own title line says ("关于2018—2019年12月财政涉农整合资金结余情况的通报", "…资金使用情况的
 * 公告"): what the body that oversees the funds reports of them, its own notice.
 */
const FUNDS_NOTICE = /^[^《》。]{0,40}关于[^《》。]{0,60}(?:资金|经费)[^《》。]{0,20}情况的?(?:通报|公告)\s*$/;

/** Whether any line of the title zone is a notice of the funds' state (FUNDS_NOTICE; not only its first six, as allocationNotice reads). */
function fundsNotice(head: HeadLine[]): boolean {
  return head.some((l) => FUNDS_NOTICE.test(l.text));
}

/** Whether the title zone's first lines are an allocation notice's title. */
function allocationNotice(head: HeadLine[]): boolean {
  return head.slice(0, 6).some((l) => ALLOCATION_NOTICE.test(l.text));
}

/** The year before a looking-back report's closing date, when it is dated in the first nine months. */
function closingYear(head: HeadLine[], tail: HeadLine[]): number | null {
  // an allocation notice hands out the money of the year it is dated in, whatever evaluation it asks for to come
  // ("做好资金使用的绩效评价")
  const allocation = allocationNotice(head);
  if (!allocation && !head.some((l) => LOOKS_BACK.test(l.text))) return null;
  for (const line of tail) {
    const text = datesInDigits(line.text);
    // the date alone, or after the signature on its line
    const alone = CLOSING_DATE.exec(text);
    const signed = alone ? null : (SIGNED_LINE.exec(text) ?? SIGNED_FIELDS_LINE.exec(text));
    const [y, mo] = alone ? [alone[1], alone[2]] : signed && isOrgName(signed[1]) ? [signed[2], signed[3]] : [];
    if (y && allocation && plausible(Number(y)) && Number(mo) >= 1 && Number(mo) <= 12) return Number(y);
    if (y && plausible(Number(y) - 1) && Number(mo) >= 1 && Number(mo) <= 9) return Number(y) - 1;
  }
  return null;
}

/** "较2020年度决算数", "与2019年相比": a year named only to compare with. */
/** The year named most often; on a tie the later one, or the earlier one in a report that looks back. */
function mostNamed(counts: Map<number, number>, earlierOnTie = false): number | null {
  let best: number | null = null;
  for (const [y, c] of counts) {
    const tie = best !== null && c === counts.get(best) && (earlierOnTie ? y < best : y > best);
    if (best === null || c > (counts.get(best) ?? 0) || tie) best = y;
  }
  return best;
}

/**
 * The kinds of document a report cites for its mandate: a notice, an opinion, measures, rules … (《关于开展2023年度
 * 绩效自评工作的通知》). Their year is the year they were issued or the work they order, not the year reported.
 */
const DIRECTIVE_END = /(?:通知|意见|办法|规定|细则|方案|决定|批复|函|指引|指南|要求)$/;

/**
 * Is `at` inside a cited directive's title (《…通知》)? A report's own title quoted as a file name
 * (《青山县审计局2022年度部门决算.docx》) is no directive and keeps its year.
 */
function insideCitedDirective(text: string, at: number): boolean {
  // (a directive cited without its 《》 is one by its closing words: BARE_CITATION_AFTER)
  if (!insideCitation(text, at)) return insideBareCitation(text, at);
  const open = text.lastIndexOf('《', at);
  const close = text.indexOf('》', at);
  const cited = text.slice(open + 1, close < 0 ? undefined : close).trim();
  return DIRECTIVE_END.test(cited) || (close < 0 && /通知|意见|办法/.test(cited));
}

/** Is `at` inside a 《…》 title still open there? */
function insideCitation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/**
 * A cited notice's title written without its 《》: "根据安徽省财政厅关于2021年民生工程资金筹措事项的通知(皖财预〔2021〕269号)". Its
 * year, after 关于, is that notice's, as it is inside 《》: the word citing it (根据 / 按照 …) and the body that issued it come
 * before, and the notice's name (…的通知 / 的批复 …) closes it within the clause.
 */
const BARE_CITATION_BEFORE = /(?:根据|按照|依据|依照|转发)[^,;。:《》]{0,24}关于\s*$/;
/** What closes such a title after its year: the kind of document cited. */
const BARE_CITATION_AFTER = /^[^,;。《》]{0,60}?的(?:通知|批复|函|意见|决定|办法)/;

/** Is the year at `at` inside a notice's title cited without its 《》 (BARE_CITATION_BEFORE / _AFTER)? */
function insideBareCitation(text: string, at: number): boolean {
  return BARE_CITATION_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && BARE_CITATION_AFTER.test(text.slice(at));
}

/** Is the year at `at` inside a cited title, in 《》 or written without them? */
function insideCitedTitle(text: string, at: number): boolean {
  return insideCitation(text, at) || insideBareCitation(text, at);
}

function isComparison(text: string, yearAt: number): boolean {
  const before = text.slice(Math.max(0, yearAt - 4), yearAt);
  const after = text.slice(yearAt + 4, yearAt + 12);
  return COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(after);
}

function plausible(y: number): boolean {
  return y >= 2000 && y <= 2100;
}
