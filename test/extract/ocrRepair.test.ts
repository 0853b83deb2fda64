import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import {
  NUMBER_CONFUSIONS,
  OCR_CONFUSIONS,
  PERCENT_AS_DIGITS,
  PERCENT_MISREAD_IN_CELL,
  PERCENT_MISREAD_IN_VALUE,
  repairOcr,
} from '../../src/extract/ocrRepair.ts';
import { docOf } from './helpers.ts';

describe('OCR confusions read through inside vocabulary words', () => {
  it.each(OCR_CONFUSIONS.map((c) => [c.seen, c.meant, ...c.example] as const))('%s → %s: %s reads as %s', (seen, meant, misread, word) => {
    const { text, repairs } = repairOcr(`其中${misread}为`);
    expect(text).toBe(`其中${word}为`);
    expect(repairs.map((r) => `${r.seen}→${r.meant}`)).toEqual([`${seen}→${meant}`]);
    expect(text.slice(repairs[0].at, repairs[0].at + 1)).toBe(meant);
  });

  it.each([
    ['未来三年预算执行率', 'outside a vocabulary word 未 stays'],
    ['人员经费', '人 of 人员 is no 入'],
    ['接收人员', 'a two-character word with an everyday character (收人) is not repaired'],
    ['当年未完成', '年未 alone is not 年末'],
    ['选拔干部', '拔 outside 拨款 stays'],
    ['屋顶维修', '顶 outside 项目 stays'],
    ['山区公路养护', '山 outside 支出 stays'],
    ['垃圾清运', '圾 of 垃圾 is no 级'],
    ['繁衍生息', '衍 outside 执行 stays'],
  ])('leaves %s as written (%s)', (text) => {
    expect(repairOcr(text)).toEqual({ text, repairs: [] });
  });

  it.each(NUMBER_CONFUSIONS.map((c) => [c.seen, c.meant, ...c.example] as const))(
    'inside a number %s → %s: %s reads as %s',
    (seen, meant, misread, reading) => {
      const { text, repairs } = repairOcr(`共${misread},`);
      expect(text).toBe(`共${reading},`);
      expect([...new Set(repairs.map((r) => `${r.seen}→${r.meant}`))]).toEqual([`${seen}→${meant}`]);
    },
  );

  it.each([
    ['5G基站12个', 'a letter after a number is no digit unless a unit follows'],
    ['PM2.5浓度下降', 'a letter before a number stays'],
    ['C30混凝土', 'a letter code stays'],
    ['完成土方500方', '方 is 万 only between a number and 元'],
    ['二十一世纪元年', '世 is 万 only between a number and 元'],
    ['搬迁补偿款及大米500斤', '搬 and 斤 outside 拨款 stay'],
    ['乡镇财政所款项管理', '财政所 of a word shorter than six characters stays'],
    ['突兀的山峰', '兀 is 元 only after a number or 万'],
    ['Office2O', 'a letter after digits with nothing after it stays'],
    ['3.Office软件采购', 'letters after a point with no unit right after them stay'],
    ['自评得分Al分', 'a letter after another letter before 分 stays: no number opens there'],
    ['Il号楼', 'an l / I after a letter, no unit after the digits, stays'],
    ['I类项目12个', 'a roman I before a word, no digit after it, stays'],
  ])('leaves %s as written (%s)', (text) => {
    expect(repairOcr(text)).toEqual({ text, repairs: [] });
  });

  it('reads a rate whose % sign OCR wrote as 96 (执行率 9896。), and says so on the evidence', () => {
    expect(repairOcr('资金使用率为 8796;完工率 21596,').text).toBe('资金使用率为 87% ;完工率 215% ,');
    const r = extract(docOf('某镇2023年度部门整体支出绩效自评报告\n\n全年支出合计836.20万元,预算执行率 9896。'));
    expect(r.figures['budget.executionRate']?.value).toBe('98');
    expect(r.figures['budget.executionRate']?.evidence.ocrReadThrough).toBe('96→%');
  });

  it.each([
    ['预算执行率96%', 'a rate of 96 with its sign'],
    ['增长率12.96%', 'a decimal ending in 96'],
    ['受益率2196户', 'a number with a word after it'],
    ['执行率9.96,', 'a point inside the number'],
    ['文号[2021]296号,', 'no rate word before it'],
  ])('leaves %s as written (%s)', (text) => {
    expect(repairOcr(text)).toEqual({ text, repairs: [] });
  });

  it('reads amounts whose digits or 万 OCR misread, and says so on the evidence', () => {
    const r = extract(docOf('某局2023年度部门整体支出绩效自评报告\n\n全年预算数12O.50方元,全年执行数118.30万元,预算执行率98.l7%。'));
    expect(r.figures['budget.total']?.value).toBe('120.50');
    expect(r.figures['budget.total']?.unit).toBe('万元');
    expect(r.figures['budget.total']?.evidence.ocrReadThrough).toBe('O→0 方→万');
    expect(r.figures['budget.executionRate']?.value).toBe('98.17');
  });

  it('reads a form’s rate whose decimals OCR wrote as letters (98.OO%), and the row around it', () => {
    expect(repairOcr('执行率98.OO%,120.OO万元').text).toBe('执行率98.00%,120.00万元');
    const r = extract(
      docOf(
        '项目支出绩效自评表(2023年度)\n实施单位:临江县公路管理段\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 88.5 92.0 90.16 10 98.OO% 9.8\n',
      ),
    );
    expect(r.figures['budget.executionRate']?.value).toBe('98.00');
    expect(r.figures['budget.executed']?.value).toBe('90.16');
  });

  it('reads a score whose last digit OCR wrote as l (9l分), and an amount opened by l / I (l234.56万元, I,234.56万元)', () => {
    expect(repairOcr('自评得分9l分,全年预算数l234.56万元,执行数I,200.00万元').text).toBe(
      '自评得分91分,全年预算数1234.56万元,执行数1,200.00万元',
    );
    const r = extract(
      docOf('某局2023年度部门整体支出绩效自评报告\n\n全年预算数l234.56万元,执行数1200.OO万元,预算执行率97.2O%。自评得分9l分。'),
    );
    expect(r.figures['eval.score']?.value).toBe('91');
    expect(r.figures['budget.total']?.value).toBe('1234.56');
    expect(r.figures['budget.total']?.evidence.ocrReadThrough).toBe('l→1');
  });

  it('reads a rate whose first two digits OCR wrote as letters (IO0%: the I opening it, the O after it)', () => {
    expect(repairOcr('实际支出219.4万元,完成全年预算数的IO0%。').text).toBe('实际支出219.4万元,完成全年预算数的100%。');
    const r = extract(docOf('某中心2020年度项目资金绩效自评报告\n\n项目到位资金219.4万元。实际支出219.4万元,完成全年预算数的IO0%。'));
    expect(r.figures['budget.executionRate']?.value).toBe('100');
    // refused: after a letter (a code, AIO0%) the run is no number's opening
    expect(repairOcr('型号AIO0%').text).toBe('型号AIO0%');
  });

  it('reads a form’s row of spaced cells whose numbers OCR wrote with letters and no unit (1OO 12O ll8)', () => {
    expect(repairOcr('年度资金总额 1OO 12O ll8 10 98.33% 9.8').text).toBe('年度资金总额 100 120 118 10 98.33% 9.8');
    const r = extract(
      docOf(
        '项目支出绩效自评表(2023年度)\n实施单位:临江县公路管理段\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 1OO 12O ll8 10 98.33% 9.8\n',
      ),
    );
    expect([r.figures['budget.initial']?.value, r.figures['budget.total']?.value, r.figures['budget.executed']?.value]).toEqual([
      '100',
      '120',
      '118',
    ]);
    expect(r.figures['budget.executed']?.evidence.ocrReadThrough).toBe('l→1');
  });

  it.each([
    ['设备型号 IO1 数量 3 台', 'a code among words, with fewer than three number cells in its line'],
    ['C30 混凝土 100 方 5G 基站 12', 'codes with letters other than O / o / l / I'],
    ['I II III 1 2', 'roman numerals hold no digit'],
    ['年度资金总额 1OO', 'a lone cell with no number cell beside it'],
  ])('leaves the cells of %s as written (%s)', (text) => {
    expect(repairOcr(text)).toEqual({ text, repairs: [] });
  });

  it('reads the unit’s figures and grade through 宰 / 敫 / 衍 / 山 / 圾 misread inside their wordings', () => {
    const r = extract(
      docOf('某局2023年度部门整体支出绩效自评报告\n\n全年预算敫120万元,全年执衍数118万元,实际支山118万元,预算执行宰98.33%。评价等圾为优。'),
    );
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '120',
      'budget.executed': '118',
      'budget.executionRate': '98.33',
      'eval.grade': '优',
    });
  });

  it('reads the 元 OCR wrote as 兀 in a unit after a number', () => {
    const prose = extract(docOf('某局2023年度部门整体支出绩效自评报告\n\n全年预算数240.5万兀,全年执行数236.1万兀,预算执行率98.17%。'));
    expect([prose.figures['budget.total']?.value, prose.figures['budget.total']?.unit]).toEqual(['240.5', '万元']);
    expect(prose.figures['budget.executed']?.evidence.ocrReadThrough).toBe('兀→元');
  });

  it('reads a form header’s ratio formula closed by a 1 for its bracket (执行率(B/A1得分), run-together cells and all', () => {
    const form = extract(
      docOf(
        '2022年度财政项目绩效自评表\n\n项目名称城区排涝泵站运维预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A1得分(20分*执行率)年度财政资金总额360342.995.25%19',
      ),
    );
    expect(['budget.total', 'budget.executed', 'budget.executionRate'].map((k) => form.figures[k]?.value)).toEqual([
      '360',
      '342.9',
      '95.25',
    ]);
    expect(repairOcr('执行率(B/A1得分').repairs.map((r) => `${r.seen}→${r.meant}`)).toEqual(['1→)']);
    // a formula closed by its bracket keeps the digits after it; a code in brackets stays as written
    expect(repairOcr('执行率(B/A)100%').text).toBe('执行率(B/A)100%');
    expect(repairOcr('配电房(A1区)改造').text).toBe('配电房(A1区)改造');
  });

  it('reads a bracketed list’s first number written as a letter (( l ) A…;(2)B…), the list’s items and their money', () => {
    const text =
      '项目资金主要用于:( l ) 分类收集设施购置,预算316.00万元,实际支出309.84万元;(2)分类运输车辆租赁,预算248.00万元,实际支出248.00万元。';
    expect(repairOcr(text).repairs.map((r) => `${r.seen}→${r.meant}`)).toEqual(['l→1']);
    const record = extract(docOf(`某县2023年度垃圾分类项目绩效自评报告\n\n${text}`));
    expect(record.tasks.map((t) => `${t.name} ${t.budget} ${t.executed}`)).toEqual([
      '分类收集设施购置 316.00 309.84',
      '分类运输车辆租赁 248.00 248.00',
    ]);
    // an l in brackets with no (2) after it, or before no name, is no list number
    expect(repairOcr('型号(l)分类收集设施').text).toBe('型号(l)分类收集设施');
    expect(repairOcr('规格(l)200米;(2)分类').text).toBe('规格(l)200米;(2)分类');
  });

  it('reads the same form as a PDF’s text layer gives it, a space between a digit and the Chinese after it (B/A1 得分(20 分*…)', () => {
    const spaced = extract(
      docOf(
        '2022年度财政项目绩效自评表\n\n项目名称城区排涝泵站运维预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A1 得分(20 分*执行率)年度财政资金总额 360342.995.25%19',
      ),
    );
    expect(['budget.total', 'budget.executed', 'budget.executionRate'].map((k) => spaced.figures[k]?.value)).toEqual([
      '360',
      '342.9',
      '95.25',
    ]);
    expect(repairOcr('执行率(B/A1 得分').text).toBe('执行率(B/A) 得分');
    // a count after a closed formula, spaced off its word, stays a count
    expect(repairOcr('执行率(B/A)1 项').text).toBe('执行率(B/A)1 项');
  });

  it('takes, of a rate stated twice with different values (a % OCR read as 9%), the one the budget and spending confirm', () => {
    const twice = extract(
      docOf(
        '某中学2023年度项目支出绩效自评报告\n\n一、项目资金情况\n\n项目财政资金总额48.50万元,实际拨付使用47.90万元,预算执行率 989%。\n\n二、自评结论\n\n项目财政资金总额48.50万元,实际拨付使用47.90万元,预算执行率98.8%。',
      ),
    );
    expect(twice.figures['budget.executionRate']?.value).toBe('98.8');
    expect(twice.figures['budget.executionRate']?.mentions.map((m) => m.value)).toEqual(['989', '98.8']);
    // one statement only, or none the ratio confirms: the first stands (reconciliation flags it)
    const once = extract(docOf('某中学2023年度项目支出绩效自评报告\n\n项目财政资金总额48.50万元,实际拨付使用47.90万元,预算执行率 989%。'));
    expect(once.figures['budget.executionRate']?.value).toBe('989');
    const neither = extract(
      docOf(
        '某中学2023年度项目支出绩效自评报告\n\n项目财政资金总额48.50万元,实际拨付使用47.90万元,预算执行率 989%。\n\n二、自评结论\n\n项目财政资金总额48.50万元,实际拨付使用47.90万元,预算执行率 96%。',
      ),
    );
    expect(neither.figures['budget.executionRate']?.value).toBe('989');
  });

  it('reads a lone rate beyond any execution whose % OCR wrote as 9% (1009%) as the digits the ratio confirms', () => {
    const report = (rate: string) =>
      extract(docOf(`某卫生院2023年度项目支出绩效自评报告\n\n项目资金总额36.80万元,实际支出36.80万元,预算执行率 ${rate}。`));
    const misread = report('1009%').figures['budget.executionRate'];
    expect([misread?.value, misread?.evidence.ocrReadThrough]).toEqual(['100', '9%→%']);
    // a rate as written (98.89% against a ratio of 100) and a large rate the ratio does not confirm stay
    expect(report('98.89%').figures['budget.executionRate']?.value).toBe('98.89');
    expect(report('1209%').figures['budget.executionRate']?.value).toBe('1209');
  });

  it('reads an amount whose thousands commas OCR wrote as points (2.416.30 万元), and leaves dates and decimals', () => {
    const prose = extract(
      docOf(
        '某卫生院2022年度部门决算公开说明\n\n本年支出合计2.416.30万元,其中:基本支出 2.109.85 万元,占87.3%;项目支出306.45万元,占12.7%。',
      ),
    );
    expect(['expense.total', 'expense.basic', 'expense.project'].map((k) => prose.figures[k]?.value)).toEqual([
      '2416.30',
      '2109.85',
      '306.45',
    ]);
    expect(prose.figures['expense.basic']?.evidence.ocrReadThrough).toBe('.→,');
    expect(repairOcr('收入总计12.345.678.90元').text).toBe('收入总计12,345,678.90元');
    // a date, a section number, a decimal with three places, a number without a money unit and a code stay as written
    for (const kept of ['截至2023.12.31万元', '第1.2.3条', '结余1.838万元', '面积1.838.75平方米', 'V2.100.5万元'])
      expect(repairOcr(kept).text).toBe(kept);
  });

  it('reads a project form whose 预算数 OCR wrote as 预匏数, and leaves 匏 elsewhere', () => {
    const form = extract(
      docOf(
        '项目支出绩效自评表(2022年度)\n\n| 项目资金(万元) | 年初预匏数 | 全年预匏数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 年度资金总额 | 52.5 | 60 | 57.3 | 95.5% |',
      ),
    );
    expect(['budget.initial', 'budget.total', 'budget.executed'].map((k) => form.figures[k]?.value)).toEqual(['52.5', '60', '57.3']);
    expect(repairOcr('匏瓜种植示范').text).toBe('匏瓜种植示范');
  });

  it('reads a year’s 年 OCR wrote as 牢 (2023牢度) and the variant 吿 of 报告, keeping the length', () => {
    const { text, repairs } = repairOcr('青山县林业局2023牢度部门整体支出绩效自评报吿');
    expect(text).toBe('青山县林业局2023年度部门整体支出绩效自评报告');
    expect(repairs.map((r) => `${r.seen}→${r.meant}`)).toEqual(['牢→年', '吿→告']);
    expect(repairOcr('二〇二三 牢度部门决算').text).toBe('二〇二三 年度部门决算');
  });

  it('leaves 牢 where no year stands before it, or where a year is followed by no title word', () => {
    for (const s of ['牢固树立过紧日子思想', '色牢度检测合格率100%', '编号12023牢度', '2023牢固树立', '第1.2023牢度']) {
      expect(repairOcr(s).text).toBe(s);
    }
  });

  it('repairs two confusions in one word, keeping the length', () => {
    const { text, repairs } = repairOcr('预算执仃卒98%');
    expect(text).toBe('预算执行率98%');
    expect(repairs.map((r) => r.at)).toEqual([3, 4]);
  });

  it('reads a table whose headers OCR misread, and says so on the evidence', () => {
    const md = [
      '# 某项目2023年度绩效自评表',
      '',
      '| 项目 | 年初预箅数 | 全年预箅数 | 全年执仃数 | 执行卒 |',
      '|---|---|---|---|---|',
      '| 年度资金总额 | 120.00 | 150.00 | 135.00 | 90.00% |',
    ].join('\n');
    const r = extract(docOf(md));
    expect(r.figures['budget.initial']?.value).toBe('120.00');
    expect(r.figures['budget.total']?.value).toBe('150.00');
    expect(r.figures['budget.executed']?.value).toBe('135.00');
    expect(r.figures['budget.executionRate']?.value).toBe('90.00');
  });

  it('reads a budget whose 预 OCR wrote as 顸, in prose and as a rate', () => {
    const r = extract(docOf('某中心2022年度部门整体支出绩效自评报告\n\n全年顸算数86.40万元,全年执行数80.12万元,顸算执行率92.73%。'));
    expect(r.figures['budget.total']?.value).toBe('86.40');
    expect(r.figures['budget.executionRate']?.value).toBe('92.73');
    expect(r.figures['budget.total']?.evidence.ocrReadThrough).toBe('顸→预');
  });

  it('records the confusions read through inside a prose figure’s evidence', () => {
    const r = extract(docOf('某局2023年度部门决算\n\n本年财政拔款收人合计1,105.30万元。'));
    // 拔→拨 makes it the fiscal appropriation's income, not the unit's whole income
    const figure = r.figures['income.fiscal'];
    expect(figure?.value).toBe('1105.30');
    expect(figure?.evidence.ocrReadThrough).toBe('拔→拨 人→入');
    expect(figure?.rule).toContain('(ocr 拔→拨 人→入)');
  });
});

describe('every reading of a % sign as digits (PERCENT_AS_DIGITS)', () => {
  // one list of readings for the table cell's rate and the figure's rate: a new reading is read by both
  it.each(PERCENT_AS_DIGITS)('a cell "86%s" is 86 and its misread sign', (seen) => {
    expect(PERCENT_MISREAD_IN_CELL.exec(`86${seen}`)?.[1]).toBe('86');
    expect(PERCENT_MISREAD_IN_CELL.exec(`85.75${seen}`)?.[1]).toBe('85.75');
  });
  it.each(PERCENT_AS_DIGITS)('a figure\'s value "100%s" is 100 and its misread sign', (seen) =>
    expect(PERCENT_MISREAD_IN_VALUE.exec(`100${seen}`)?.slice(1, 3)).toEqual(['100', seen]),
  );
  it.each(['86', '86%', '8697', '1000096', '86.12396'])('the cell %s holds no misread sign', (cell) =>
    expect(PERCENT_MISREAD_IN_CELL.test(cell)).toBe(false),
  );
});

describe('a header cell OCR misread by one character, inside a header run its neighbours confirm', () => {
  const FORM = (headers: string, row: string) =>
    `某县2023年度农村饮水维修养护项目支出绩效自评表\n\n项目资金(万元)${headers}年度资金总额${row}\n`;

  it('reads 调整预算将 as 调整预算数 in a run written together, the cells after it split, and says so on the evidence', () => {
    const r = extract(docOf(FORM('年初预匏数调整预算将全年执行数分值执行率得分', '64.864.864.810100%10')));
    expect([r.figures['budget.initial']?.value, r.figures['budget.total']?.value, r.figures['budget.executed']?.value]).toEqual([
      '64.8',
      '64.8',
      '64.8',
    ]);
    expect(r.figures['budget.executionRate']?.value).toBe('100');
    expect(r.figures['budget.total']?.evidence.ocrReadThrough).toBe('匏→算 将→数');
  });

  it.each([
    ['年初预算数 调整预算将 全年执行数 分值 执行率 得分', '年初预算数 调整预算数 全年执行数 分值 执行率 得分', '将→数'],
    ['年初预入数(A)全年执行数(B)分值(10分)执行率(B/A)得分', '年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分', '入→算'],
    ['年初预算数 全年预 算敖 全年执行数 执行率', '年初预算数 全年预 算数 全年执行数 执行率', '敖→数'],
    [
      '| 年初颅算 | 调整后预算数 | 预算执行数 | ] 颈算执行率 | 权重 | 得分 |',
      '| 年初预算 | 调整后预算数 | 预算执行数 | ] 预算执行率 | 权重 | 得分 |',
      '颅→预 颈→预',
    ],
  ])('reads %s as %s', (misread, read, repair) => {
    const { text, repairs } = repairOcr(misread);
    expect(text).toBe(read);
    expect(repairs.map((r) => `${r.seen}→${r.meant}`).join(' ')).toBe(repair);
  });

  it.each([
    ['年初预算数|全年预算数|全年执|行将|得分', 'a cell’s border inside what would be the header'],
    ['年初预算 全年预算 全年执 分值 执行 得分', 'the next cell’s first character across a space (全年预算 全年执) is no 数'],
    ['年初预算数 调整预算将', 'no other header in the run beside the cell: not a header row'],
    ['调整预算将全年执行数', 'one header beside it is no run'],
    ['上年执行数 本年执行数 增减额 执行率', '本 is a year’s qualifier: another column, not a misreading'],
    ['指标值 指标实际完成值 完成率 指标得分', '完成值 measures another thing than 完成数: an indicator table’s column'],
    ['全年预算数 执行牢 全年执行数 得分', 'a cell of three characters is one edit from too many words'],
    ['预算数 决算将 全年执行数 执行率', 'a cell of three characters'],
    ['全年预算数为120万元,全年执行数为118万元', 'numbers between the words: a sentence'],
    ['年初预算数 全年预算数 全年执行数 执付进度 得分', '执付进度 is one character from 执行进度 and from 支付进度 / 拨付进度'],
    ['年初预算数 全年预算数 全年执行数 预算进程 得分', '预算进程 is two characters from any header'],
  ])('leaves %s as written (%s)', (text) => {
    expect(repairOcr(text)).toEqual({ text, repairs: [] });
  });
});

describe('letters inside an amount whose unit OCR misread too (万兀)', () => {
  it.each([
    ['预算资金48.5O万兀,', '预算资金48.50万元,'],
    ['预算资金l8.6O万兀,', '预算资金18.60万元,'],
    ['补助资金2O5.00万元,', '补助资金205.00万元,'],
    ['共计120.5O方元,', '共计120.50万元,'],
  ])('%s reads as %s', (misread, reading) => {
    expect(repairOcr(misread).text).toBe(reading);
  });

  it.each(['PM2.5浓度', '第l期工程', 'C3O混凝土'])('leaves %s as written (no unit after the letters)', (text) => {
    expect(repairOcr(text).text).toBe(text);
  });
});
