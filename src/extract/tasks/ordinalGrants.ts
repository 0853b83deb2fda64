/**
 * A notice's numbered paragraphs that each grant one fund, after the amount they divide:
 *
 *   "现将和美乡村建设专项资金449.32万元下达给你们。
 *    一、根据《…实施方案》的任务要求,下达该年度第七期和美乡村建设资金164.32万元,用于…。
 *    二、…下达第三期和美乡村建设资金280万元,用于…。
 *    三、对…活动补助和美乡村建设宣传经费5万元。"
 *
 * 一、 numbers a report's sections everywhere, so the numbering alone proves nothing (enumerated.ts leaves it to
 * headings). What makes these paragraphs a list of tasks is their arithmetic and their shape: each holds one amount
 * and no other, granted by its verb (下达 / 安排 / 分配 / 拨付 / 补助) to a fund named right before it, and the amounts
 * of the paragraphs 一、 to the last that grants add up exactly to the last amount stated before 一、. The paragraphs
 * after them (四、请你们…) state no money, or the list is refused. Each fund's name passes names.ts refusal.
 */
import { chineseNumeral, findNumbers, isMoneyUnit, type NumberToken, sumOf } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { budgetItem, nameAt } from './inlineLists.ts';

/** A paragraph's Chinese ordinal and its 、 ("一、", "二、"), opening the paragraph or a sentence of it. */
const ORDINAL = /(?<=^|[。;!?\s])([一二三四五六七八九十]{1,3})、/g;
/**
 * The verb granting the fund, then the fund's name right before the amount: the year the paragraph speaks of (该年度,
 * 本年) is no part of the name (a name's own 年度, "年度考核奖励资金", is). The name ends as a fund or a work does.
 */
const GRANTED_FUND =
  /(?:下达|安排|分配|拨付|补助|奖补)(?:给|了)?(?:(?:该|本|当)(?:年度|年))?([^,;:。\d\s]{2,30}?(?:资金|经费|补助|奖补|项目|工程))\s*$/;
/** The fewest paragraphs a division lists: one grant is the notice's own amount. */
const FEWEST_ITEMS = 2;

interface Paragraph {
  segment: Segment;
  n: number;
  /** Where the paragraph's words start (after 、) and end. */
  start: number;
  end: number;
  /** Where its number stands: the text before it leads the list. */
  at: number;
}

export function readOrdinalGrants(segments: Segment[]): TaskFragment[][] {
  const paragraphs = numberedParagraphs(segments);
  const out: TaskFragment[][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].n !== 1) continue;
    let k = i + 1;
    while (k < paragraphs.length && paragraphs[k].n === paragraphs[k - 1].n + 1) k++;
    const run = paragraphs.slice(i, k);
    i = k - 1;
    const rows = grantsOf(run, segments);
    if (rows) out.push(...rows.map((r) => [r]));
  }
  return out;
}

/** The Chinese-numbered paragraphs of the text, in order, each ending where the next number or its segment does. */
function numberedParagraphs(segments: Segment[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'paragraph') continue;
    const found = [...segment.text.matchAll(ORDINAL)].map((m) => ({
      segment,
      n: Number(chineseNumeral(m[1])),
      start: m.index + m[0].length,
      end: segment.text.length,
      at: m.index,
    }));
    found.forEach((p, j) => {
      if (found[j + 1]) p.end = found[j + 1].at;
    });
    out.push(...found);
  }
  return out;
}

/** The money amounts of a paragraph's words. */
const moneyIn = (text: string): NumberToken[] => findNumbers(text).filter((n) => isMoneyUnit(n.unit));

/** The run's grants, one row each, where their amounts make the amount stated before the run; null when they do not. */
function grantsOf(run: Paragraph[], segments: Segment[]): TaskFragment[] | null {
  const rows: TaskFragment[] = [];
  let last = 0;
  for (const p of run) {
    const text = p.segment.text.slice(p.start, p.end);
    const amounts = moneyIn(text);
    if (!amounts.length) break;
    if (amounts.length !== 1) return null;
    const [amount] = amounts;
    const fund = GRANTED_FUND.exec(text.slice(0, amount.start));
    if (!fund) return null;
    const name = nameAt(p.segment, p.start + fund.index + fund[0].trimEnd().length - fund[1].length, fund[1]);
    if (!name) return null;
    rows.push(budgetItem(p.segment, name, amount, p.start + amount.start, amount.end - amount.start));
    last++;
  }
  // the paragraphs after the grants state no money (四、请你们…): a section of the notice's instructions
  if (run.slice(last).some((p) => moneyIn(p.segment.text.slice(p.start, p.end)).length)) return null;
  if (rows.length < FEWEST_ITEMS || new Set(rows.map((r) => r.unit)).size !== 1) return null;
  const total = amountBefore(run[0], segments);
  if (!total || total.unit !== rows[0].unit) return null;
  return sumOf(rows.map((r) => r.value)).equals(total.value) ? rows : null;
}

/** The last amount stated before the run's 一、: in its own paragraph, or the paragraph before when 一、 opens its own. */
function amountBefore(first: Paragraph, segments: Segment[]): NumberToken | null {
  const before = first.segment.text.slice(0, first.at);
  if (before.trim()) return moneyIn(before).at(-1) ?? null;
  const at = segments.indexOf(first.segment);
  const previous = segments.slice(0, at).findLast((s) => s.kind === 'paragraph' && s.text.trim());
  return previous ? (moneyIn(previous.text).at(-1) ?? null) : null;
}
