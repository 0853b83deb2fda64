import { parseMarkdownText } from '../../src/parse/markdown.ts';
import { extract } from '../../src/extract/index.ts';
import { Document } from '../../src/model/document.ts';

/** A Document from Markdown text, as the Markdown reader would give it. */
export function docOf(text: string, file = 'test.md'): Document {
  const r = parseMarkdownText(text);
  return Document.parse({
    source: { file, sha256: '0'.repeat(64), format: 'markdown', bytes: text.length, pages: null },
    blocks: r.blocks,
    warnings: [],
  });
}

/** key → "value unit" of every figure extracted from `text`. */
export function figuresOf(text: string): Record<string, string> {
  const r = extract(docOf(text));
  return Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`]));
}

/**
 * A budget speech as a PDF copy set at some 77 columns gives it (invented): the year cut by the margin ("关于青山县 2" /
 * "023 年…"), which normalization joins into one line of the text, and the speaker's body run in between the occasion
 * and the address ("…会议上青山县财政局各位代表:"). The printed lines, one a string.
 */
export const SPEECH_CUT_INSIDE_A_YEAR = [
  '第一部分 报告 第二部分 附表 一、2023 年全县一般公共预算收支执行情况表 二、2023',
  '年县级一般公共预算收支执行情况表 三、2024 年全县一般公共预算收支预算表 四、',
  '2024 年县级政府性基金预算收支表 第三部分 情况说明 第一部分 报告关于青山县 2',
  '023 年预算执行情况和 2024 年预算草案的报告 ——2024 年 12 月 18 日在青山县第七',
  '届人民代表大会第三次会议上青山县财政局各位代表: 受县人民政府委托,现将 2023 年',
  '预算执行情况和 2024 年预算草案提请大会审议,并请县政协各位委员和列席人员提出意见。',
  '一、2023 年财政预算执行情况 2023 年,全县财政工作坚持稳中求进总基调,落实积极的财',
];

/**
 * A mirror's copy of a final account's table of contents and part heading, each line its own, in traditional characters
 * with pinyin glosses (invented): the glosses widen every line by their count, so that lines of their own would seem to
 * share a page's measure. The printed lines, one a string.
 */
export const GLOSSED_CONTENTS = [
  '監(jiān)督索引號53012300800109999',
  '目 錄',
  '第一部分 青(qīng)山縣白雲鄉(xiāng)人民政府概況',
  '一、主要職能',
  '二、部門基本情況',
  '第二部分 2023年度部門決算表',
  '一、收入支出決算表',
  '二、收入決算表',
  '十一、2023年度部門整體支出績效自評情況',
  '十二、2023年度部門整體支出績效自評表',
  '十三、2023年度項目支出績效自評表',
  '第三部分 2023年度部門決算情況說明',
  '一、收入決算情況說明',
  '第四部分 其他重要事項及相關(guān)口徑情況說明',
  '五、其他重要事項情況說明',
  '六、相關(guān)口徑說明',
  '第五部分 名詞解釋',
  '第一部分 青(qīng)山縣白雲鄉(xiāng)人民政府概況',
  '一、主要職能',
  '(一)主要職能',
];
