/**
 * Places as task rows. A fund divided among places ("其中石家庄市780万元、承德市690万元…", a table of 村 and their money)
 * lists the places as its items, each a line of money (convention 7). Places that say where a named item's money went
 * break that item down, and the item is the row:
 * - after the item's money in its paragraph, together no more than it ("分配农村电影放映运行维护经费84.069万元,其中弋江区
 *   3.52万元,鸠江区19.712万元…");
 * - inside one numbered item of a list whose other items are named ("1.分配应急广播体系建设300万元。" then "3.…开展送戏
 *   进万村活动,分配至无为市93万元,南陵县52万元…"): the list's items are what the money paid for, the places one item's split.
 */
import type { TaskFragment } from '../prose.ts';
import { sumInYuan } from '../numbers.ts';
import { type Segment, simplify } from '../text.ts';
import { cleanName, namedPlace } from './names.ts';

/** The numbering a paragraph opens with, by its style (1. / (1) / (一) / 一、), or null: the items of one list share it. */
const LIST_STYLES: [string, RegExp][] = [
  ['arabic', /^\s*\d{1,2}\s*[.、．](?!\d)/],
  ['arabic in brackets', /^\s*\(\s*\d{1,2}\s*\)/],
  ['chinese in brackets', /^\s*\(\s*[一二三四五六七八九十]{1,3}\s*\)/],
  ['chinese', /^\s*[一二三四五六七八九十]{1,3}\s*、/],
];
function listStyle(seg: Segment): string | null {
  return LIST_STYLES.find(([, re]) => re.test(seg.text))?.[0] ?? null;
}

/**
 * The fragments of places that break down an item (see above), among every reader's fragments: what
 * withoutPlaceBreakdowns drops, worked out once for all the groups it is asked about.
 */
export function placeBreakdowns(all: TaskFragment[]): Set<TaskFragment> {
  // (each name asked once: most reports name no place, and then nothing more is done)
  const places = all.filter((f) => namedPlace(simplify(cleanName(f.name) || f.name)));
  if (!places.length) return new Set();
  const isPlace = new Set(places);
  const items = all.filter((f) => !isPlace.has(f));
  const namedItemStyles = new Set(items.map((f) => listStyle(f.segment)).filter((s) => s !== null));
  // the places after an item in its paragraph, up to the next item's: two at least, their money no more than the item's
  const splitsItem = (item: TaskFragment) => {
    const next = Math.min(...items.filter((i) => i.segment === item.segment && i.start > item.start).map((i) => i.start));
    const after = places.filter((p) => p.segment === item.segment && p.start >= item.end && p.start < next && p.measure === item.measure);
    return after.length >= 2 && sumInYuan(after, 'NaN').lessThanOrEqualTo(sumInYuan([item], 'NaN'));
  };
  const breaksDown = (f: TaskFragment) => {
    if (items.some((item) => item.segment === f.segment && item.end <= f.start && splitsItem(item))) return true;
    const style = listStyle(f.segment);
    return style !== null && namedItemStyles.has(style) && !items.some((item) => item.segment === f.segment);
  };
  return new Set(places.filter(breaksDown));
}

/** Each group without the fragments `dropped` (placeBreakdowns), and without the groups left empty. */
export function withoutPlaceBreakdowns(groups: TaskFragment[][], dropped: Set<TaskFragment>): TaskFragment[][] {
  return (dropped.size ? groups.map((g) => g.filter((f) => !dropped.has(f))) : groups).filter((g) => g.length);
}
