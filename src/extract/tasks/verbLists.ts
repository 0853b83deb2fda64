/**
 * Funds allocated or paid, the verb first and the items after it, each a project's or a fund's name and its money:
 *
 *   "2023年,县财政安排农村饮水安全工程项目资金200万元、病险水库除险加固项目资金300万元、防汛抗旱项目资金80万元。"
 *   "下达A项目资金120万元,B工程资金80万元,已全部拨付到位。"
 *
 * No total is stated, so the structure that makes it a list of tasks is the verb's: one clause opened by a verb of
 * allocating (安排 / 下达 / 批复 / 分配: budgets) or of paying out or spending (拨付 / 支出 / 支付: spending, whose items may also
 * name what the money bought: …采购, …费用, …开支), two items at least after it separated
 * by 、 , ; and nothing else, each a name that says it is a project's or a fund's (…项目资金, …工程, …经费, …补助) and one
 * money amount. A remark with no amount may close the sentence ("已全部拨付到位"). Every name must be a task name
 * (names.ts refusal: no funding source or level, no class of spending, no place receiving money).
 */
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { countedItems } from './countedLists.ts';
import { BUDGET_VERB, GRANT_WORDS, PROJECT_NAME, refusal } from './names.ts';

/**
 * The verb opening the list, with who allocated (县财政, 上级, 我局) and the year or the date counted to before it, in the
 * clause that opens a sentence: "2023年,县财政安排", "下达", "截至年底,共拨付".
 */
// (or a clause opening on its year after a comma, "…及时组织采购,2023年累计支出A 9.5万元,B…": the year opens the list's clause)
const VERB_OPENING =
  /(?:^|[。;]|,(?=\s*\d{4}\s*年))\s*(?:\d{4}\s*年度?\s*,?\s*)?(?:(?:截至|截止到?)[^,;。:]{0,12},\s*)?(?:[^,;。:\d]{0,10}?)(?:共|累计)?(安排|下达|批复|分配|拨付|支出|支付)(?:了)?(?=[^\d,;。:]{2})/g;
/**
 * What an item of money spent names, after a verb of spending (支出 / 支付 / 拨付): a cost or a purchase ("防火物资采购",
 * "宣传资料印刷费用", "扑火队员开支", "防火设备维修费"), beside a project's or a fund's name.
 */
// (not wages or contributions, 工资 / 社保缴费: classes of the unit's spending, as refused below)
const SPENT_ON = /(?:费用|开支|采购|购置|[\u4e00-\u9fff]{3}(?<!缴)费)$/;
/** The verbs of spending, whose items may name what the money bought. */
const SPENDING_VERB = /^(?:拨付|支出|支付)$/;
/**
 * The noun of the money an item names after whom or what it is for: "…补助资金", "…经费", "…专项资金", or the grant's own
 * word ("…学生资助", "…综合奖补", "…计划补助"): what is left must name something.
 */
const FUNDS_NOUN = new RegExp(`(?:(?:补助|补贴|专项|项目)?(?:资金|经费)|${GRANT_WORDS})$`);
/**
 * Words that divide a total into its parts or say what money is for, or a second verb of moving money ("下达奖补资金70万元,
 * 分配A项目40万元…": the first amount the total): the clause is no list of items after one verb.
 */
const DIVIDING_WORDS = /[:()]|其中|包括|包含|用于|主要|分别|具体|合计|共计|总计|安排|下达|批复|分配|拨付|投向|支持/;
/** The fewest items: one is a sentence about one project, which is the report's own or no list. */
const FEWEST_ITEMS = 2;
/**
 * A remark closing the sentence after the last item, with no money in it: "已全部拨付到位", "均已完工", or whom the money
 * reached, counted ("惠及132305名中小学生": a count of people, no amount).
 */
// (the remark with no count keeps 0.62.0's bound, two to sixteen characters)
const CLOSING_REMARK =
  /,\s*(?:[^,;。\d]{2,16}|[^,;。\d]{1,12}\d+(?:\.\d+)?\s*万?(?:名|人次?|户|所|个|家|处|座|辆|台|套|间|亩)[^,;。\d]{0,10})$/;

export function readVerbLists(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    for (const m of text.matchAll(VERB_OPENING)) {
      const from = m.index + m[0].length;
      const stops = [text.indexOf('。', from), text.indexOf(';', from)].filter((at) => at >= 0);
      let end = stops.length ? Math.min(...stops) : text.length;
      const remark = CLOSING_REMARK.exec(text.slice(from, end));
      if (remark) end = from + remark.index;
      // words that divide or describe the money ("下达补助资金100万元,其中:A…") make it another layout, a total and its parts
      if (DIVIDING_WORDS.test(text.slice(from, end))) continue;
      const rows = countedItems(seg, from, end);
      if (!rows || rows.length < FEWEST_ITEMS) continue;
      // each item names a project's or a fund's money ("…项目资金", "…工程"): a bare word is no item of an allocation
      // (and names something before the money's noun: "补助资金", "专项资金" alone are money of no item)
      const named = (name: string) => PROJECT_NAME.test(name) || (SPENDING_VERB.test(m[1]) && SPENT_ON.test(name));
      if (!rows.every((r) => named(r.name) && r.name.replace(FUNDS_NOUN, '').length >= 2)) continue;
      // "下达甲镇补助资金200万元、乙镇补助资金300万元": a place's or a body's share of the money, transferred to it (convention 7)
      if (rows.some((r) => refusal(r.name.replace(FUNDS_NOUN, '')) === 'recipient')) continue;
      const measure: TaskFragment['measure'] = BUDGET_VERB.test(m[1]) ? 'budget' : 'executed';
      out.push(...rows.map((r) => [{ ...r, name: r.name.replace(/(?<=项目|工程|工作)(?:资金|经费)$/, ''), measure }]));
    }
  }
  return out;
}
