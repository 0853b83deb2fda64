import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, rawOffset, rawSpan } from '../../src/parse/normalize.ts';
import { fuzzOptions } from '../fuzz.ts';

describe('normalizeText', () => {
  it('folds full-width digits and punctuation to half-width', () => {
    expect(normalizeText('７１４３．４５万元，完成９３％（预算）').text).toBe('7143.45万元,完成93%(预算)');
  });
  it('turns U+3000 and other white space into one space, trimmed', () => {
    expect(normalizeText('\u3000\u3000全年预算数\u3000 7143.45\t\t万元 ').text).toBe('全年预算数 7143.45 万元');
  });
  it('drops a space or line break between two CJK characters, never inserts one', () => {
    expect(normalizeText('优 秀').text).toBe('优秀');
    expect(normalizeText('本年收\n入390.55万元').text).toBe('本年收入390.55万元');
    expect(normalizeText('单位：\n广州市').text).toBe('单位:广州市');
  });
  it('joins a header’s note a page broke inside its bracket, or before it at the margin; not a bracket left open, nor a short line', () => {
    expect(normalizeText('分值 执行率(B/A) 得分(20 分*\n执行率) 年度资金总额').text).toBe(
      '分值执行率(B/A) 得分(20 分*执行率) 年度资金总额',
    );
    expect(normalizeText('全年执行数(B) 分值执行率(B\n/A) 得分').text).toBe('全年执行数(B) 分值执行率(B/A) 得分');
    // a line that ran to the margin (the one above it as wide) before the note
    const margin =
      '项目资金(万元) 年初预算数全年预算数(A) 全年执行数(B) 分值执行率\n(B/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20\n95.53% 19.11';
    expect(normalizeText(margin).text).toContain('分值执行率(B/A) 得分');
    // refused: the next line opens a bracket of its own before any closes, or closes none within a note's length
    expect(normalizeText('资金来源(A\n2023年度预算(万元)').text).toBe('资金来源(A 2023年度预算(万元)');
    expect(normalizeText('说明(A\n类项目按照年初计划执行完毕的部分)').text).toBe('说明(A 类项目按照年初计划执行完毕的部分)');
    // refused: a short line (a cell of its own) before a note on the next line: the break is the writer's
    expect(normalizeText('执行率\n(B/A)').text).toBe('执行率 (B/A)');
  });
  it('joins a number wrapped after its decimal point, and not a list number after a full stop', () => {
    expect(normalizeText('年初预算325.\n29万元').text).toBe('年初预算325.29万元');
    expect(normalizeText('执行率100.\n2.园林绿化').text).toBe('执行率100. 2.园林绿化');
    expect(normalizeText('325.29\n323.19').text).toBe('325.29 323.19');
    expect(normalizeText('合计 325. 29').text).toBe('合计 325. 29');
  });
  it('joins an amount a PDF copy spaced after its decimal point when its unit closes it, and no cells', () => {
    expect(normalizeText('1、古树保护项目:预算12. 6万元,支付率99. 5%').text).toBe('1、古树保护项目:预算12.6万元,支付率99.5%');
    expect(normalizeText('合计 86. 40 万元').text).toBe('合计 86. 40 万元');
    expect(normalizeText('得分 9. 2.资金管理').text).toBe('得分 9. 2.资金管理');
  });
  it('joins an amount a PDF copy of prose wrapped inside its digits, and no cells', () => {
    expect(normalizeText('二、社区养老服务:年度支出预算数 64.20 万元,预算完成数 6\n0.52 万元,执行率').text).toBe(
      '二、社区养老服务:年度支出预算数 64.20 万元,预算完成数 60.52 万元,执行率',
    );
    expect(normalizeText('本年度下达我单位专项补助资金共计46万元,其中设备购置资金2\n.75万元').text).toBe(
      '本年度下达我单位专项补助资金共计46万元,其中设备购置资金2.75万元',
    );
    expect(normalizeText('市容环境综合整治经费共计安排资金,其中设备采购费用共计84.6\n9万元').text).toBe(
      '市容环境综合整治经费共计安排资金,其中设备采购费用共计84.69万元',
    );
    expect(normalizeText('實際支付2700萬元,全部用於設備採購。其中:用於園區建設項目20\n0萬元').text).toBe(
      '實際支付2700萬元,全部用於設備採購。其中:用於園區建設項目200萬元',
    );
    expect(normalizeText('(二)部门整体收支情况:2023年度本部门收入合计3\n,562.18万元,其中财政拨款收入').text).toBe(
      '(二)部门整体收支情况:2023年度本部门收入合计3,562.18万元,其中财政拨款收入',
    );
    expect(normalizeText('经综合评价,本部门2023年度部门整体支出绩效自评得分为93\n.5分,评价等级为优。').text).toBe(
      '经综合评价,本部门2023年度部门整体支出绩效自评得分为93.5分,评价等级为优。',
    );
    expect(normalizeText('2022年度支出合计2,913.03万元,比上年增加228.89万元,其中:基本支出2,\n731.24万元,占93.8%').text).toBe(
      '2022年度支出合计2,913.03万元,比上年增加228.89万元,其中:基本支出2,731.24万元,占93.8%',
    );
    // a comma closing a list of cells is no thousands separator
    expect(normalizeText('2022年度支出合计2,913.03万元,比上年增加228.89万元,分别为2,\n7314万元').text).toBe(
      '2022年度支出合计2,913.03万元,比上年增加228.89万元,分别为2, 7314万元',
    );
    // short lines are cells of a table flattened one per line, whatever follows
    expect(normalizeText('社区养老服务\n64\n60.52万元').text).toBe('社区养老服务 64 60.52万元');
    expect(normalizeText('325.29\n323.19').text).toBe('325.29 323.19');
  });
  it('joins a number that a line running to the measure cut inside its digits, and no two numbers', () => {
    // a PDF copy of a form run together: the page broke "6.37" and "100" where the margin fell
    expect(
      normalizeText(
        '项目资金(万元)资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分年度资金总额 6.3\n7 2.45 2.45 10 100.00% 10 其中:当年财政拨款 6.37 2.45 2.45 - - - 其他资金 0.0\n0 0.00 0.00 - - -',
      ).text,
    ).toBe(
      '项目资金(万元)资金来源年初预算数全年预算数全年执行数分值执行率得分年度资金总额 6.37 2.45 2.45 10 100.00% 10 其中:当年财政拨款 6.37 2.45 2.45 - - - 其他资金 0.00 0.00 0.00 - - -',
    );
    expect(
      normalizeText(
        '资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 48.60 51.2\n0 50.96 10 99.53% 9.95 其中:当年财政拨款 48.60 51.20 50.96 年度总体目标完成情况 全部完成 总分 10\n0 95.18 自评等级 优',
      ).text,
    ).toBe(
      '资金来源年初预算数全年预算数全年执行数分值执行率得分年度资金总额 48.60 51.20 50.96 10 99.53% 9.95 其中:当年财政拨款 48.60 51.20 50.96 年度总体目标完成情况全部完成总分 100 95.18 自评等级优',
    );
    // a number cut right after the clause's comma: the comma is no part of it ("汇总,2" / "023年")
    expect(normalizeText('根据预算公开要求经青山市财政局汇总,2\n023年青山市部门三公经费决算总额27\n71万元。').text).toBe(
      '根据预算公开要求经青山市财政局汇总,2023年青山市部门三公经费决算总额2771万元。',
    );
    // refused: a line that stops short of the measure ends where its writer ended it
    expect(normalizeText('根据预算公开要求经青山市财政局汇总,2\n023年青山市部门三公经费决算总额27\n71万元。\n短,2\n023年').text).toContain(
      '短,2 023年',
    );
    // a copy hard-wrapped at a fixed count of characters: the lines of that count were cut
    expect(normalizeText('二、项目资金情况:年度资金总额:31\n0.25万元,本年全年执行数为:30\n4.18万元。').text).toBe(
      '二、项目资金情况:年度资金总额:310.25万元,本年全年执行数为:304.18万元。',
    );
    // a fraction already stated to two places ends there: the page broke at the space between two cells
    expect(
      normalizeText(
        '项目资金(万元)资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分年度资金总额 6.37\n2.45 2.45 10 100.00% 10 其中:当年财政拨款 6.37 2.45 2.45 - - - 其他资金 0.00\n0.00 0.00 - - -',
      ).text,
    ).toContain('年度资金总额 6.37 2.45 2.45 10');
    // a list number opens the next line; short lines are cells; a space beside the break is a word boundary
    expect(
      normalizeText('年度总体目标:全年开展技术培训班,覆盖全县各乡镇农户共12\n2.全面推广绿色种植技术,提高种植水平和农户收入水平等').text,
    ).toContain('共12 2.全面');
    expect(normalizeText('项目名称 年初预算数\n10\n100.00%').text).toBe('项目名称年初预算数 10 100.00%');
    expect(normalizeText('二、项目资金情况:年度资金总额:31 \n0.25万元,本年全年执行数为:30 \n4.18万元。').text).toContain('31 0.25');
    // a weight and a rate with decimals side by side read as two cells as well as one number: left as two
    expect(
      normalizeText(
        '资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 48.60 51.20 50.96 10\n99.53% 9.95 年度总体目标完成情况 全部完成 总分 100 95.18 自评等级 优',
      ).text,
    ).toContain('50.96 10 99.53%');
    // rows laid out as cells (pdftotext -layout) end their row, whatever the next one opens with
    expect(normalizeText('序号  项目名称        年初预算数   执行数   12\n2   国土绿化补助资金   486   486   100').text).toContain('12 2');
    // and so do rows set apart by ideographic spaces, as a Word table pasted as text has them
    expect(
      normalizeText(
        '序号\u3000\u3000项目名称\u3000\u3000年初预算数\u3000\u3000执行数\u3000\u300012\n2\u3000\u3000国土绿化补助资金\u3000\u3000486\u3000\u3000486\u3000\u3000100',
      ).text,
    ).toContain('12 2');
  });
  it('drops the space a PDF copy puts between a year and 年, and no other', () => {
    expect(normalizeText('项目名称 2021 年决算数 2022 年度预算数').text).toBe('项目名称 2021年决算数 2022年度预算数');
    expect(normalizeText('合计 12021 年').text).toBe('合计 12021 年');
    expect(normalizeText('执行 3 年').text).toBe('执行 3 年');
  });
  it('joins the groups of a number a table spaced in threes, in a row laid out with wider gaps; never two cells one space apart', () => {
    expect(normalizeText('1      农村公路养护补助      1 234 567.00      1 200 000.00     97.20%').text).toBe(
      '1 农村公路养护补助 1234567.00 1200000.00 97.20%',
    );
    expect(normalizeText('动物防疫经费    456 000.00    456 000.00').text).toBe('动物防疫经费 456000.00 456000.00');
    // no wider gap on the line: a budget and a spending set one space apart
    expect(normalizeText('320 689.16').text).toBe('320 689.16');
    // a serial and a value, no fraction nor second group: two cells
    expect(normalizeText('1 234      合计').text).toBe('1 234 合计');
    // prose: the number does not open a cell
    expect(normalizeText('项目共3 120.5万元  其中').text).toBe('项目共3 120.5万元其中');
  });
  it('drops the space between a number and its percent sign, and no other', () => {
    expect(normalizeText('年度资金总额 5.28 1.96 1.96 10 100.00 % 10').text).toBe('年度资金总额 5.28 1.96 1.96 10 100.00% 10');
    expect(normalizeText('执行率 98 ％').text).toBe('执行率 98%');
    expect(normalizeText('比例 %').text).toBe('比例 %');
  });
  it('joins a line wrapped next to a bracket or before a closing mark, and keeps spaces within a line', () => {
    expect(normalizeText('执行率(B/A\n)得分').text).toBe('执行率(B/A)得分');
    expect(normalizeText('项目资金(\n万元)').text).toBe('项目资金(万元)');
    expect(normalizeText('执行率 98.5\n% 得分').text).toBe('执行率 98.5% 得分');
    expect(normalizeText('A 组 (B)').text).toBe('A 组 (B)');
    expect(normalizeText('Total\nA').text).toBe('Total A');
  });
  it('drops a line break after a half-width comma, semicolon or colon before Chinese, and only a line break', () => {
    expect(normalizeText('技术培训10万元,\n均按计划完成').text).toBe('技术培训10万元,均按计划完成');
    expect(normalizeText('已完工;\n乙项目').text).toBe('已完工;乙项目');
    expect(normalizeText('单位:\n某县财政局').text).toBe('单位:某县财政局');
    expect(normalizeText('技术培训10万元, 均按计划完成').text).toBe('技术培训10万元, 均按计划完成');
    expect(normalizeText('合计,\n100').text).toBe('合计, 100');
  });
  it('drops white space between Chinese and a half-width comma, semicolon or colon after it; not after a number', () => {
    expect(normalizeText('年度资金总额 :202010100.00%10').text).toBe('年度资金总额:202010100.00%10');
    expect(normalizeText('预算数 , 执行数\n; 执行率').text).toBe('预算数, 执行数; 执行率');
    expect(normalizeText('实施单位\n:某县水利局').text).toBe('实施单位:某县水利局');
    // refused: after a number the space may part two cells or an amount from what follows
    expect(normalizeText('合计 100 , 95').text).toBe('合计 100 , 95');
  });
  it('drops a copy’s space between Chinese and a half-width bracket around Chinese ("因公出国 (境) 支出"); not around digits or letters', () => {
    expect(normalizeText('因公出国 (境) 支出0万元').text).toBe('因公出国(境)支出0万元');
    expect(normalizeText('公车运行费(“三公”经费) 决算总额').text).toBe('公车运行费(“三公”经费)决算总额');
    // refused: a bracket holding digits or letters (a header's cells), and the space before a number
    expect(normalizeText('执行率(B/A) 得分').text).toBe('执行率(B/A) 得分');
    expect(normalizeText('得分(20 分*执行率) 年度资金总额').text).toBe('得分(20 分*执行率) 年度资金总额');
    expect(normalizeText('合计 (万元) 120').text).toBe('合计(万元) 120');
    // a form's column letters belong to the header word before them; the space after them stays
    expect(normalizeText('年初预算数 (A)全年执行数 (B)执行率 (B/A) 得分').text).toBe('年初预算数(A)全年执行数(B)执行率(B/A) 得分');
    expect(normalizeText('执行率 (C=B/A×100%)').text).toBe('执行率(C=B/A×100%)');
    expect(normalizeText('分值 (10分)执行率 (B/A)').text).toBe('分值(10分)执行率(B/A)');
    // refused: a list number in brackets opens an item
    expect(normalizeText('项目支出 (1)办公费 20万元').text).toBe('项目支出 (1)办公费 20万元');
  });
  it('drops a copy’s space before the ")" of a note’s bracket; not before a bracket left unopened or opened long before', () => {
    expect(normalizeText('年度预算数 (万元 ) 年初预算').text).toBe('年度预算数(万元)年初预算');
    expect(normalizeText('执行率 (B/A ) 得分').text).toBe('执行率(B/A) 得分');
    expect(normalizeText('预算执行情况(10分 ) 总额').text).toBe('预算执行情况(10分) 总额');
    // refused: a ")" with no "(" before it in a note's length (a list number's, "1 )"), or a bracket of prose
    expect(normalizeText('1 ) 项目').text).toBe('1 ) 项目');
    expect(normalizeText('(主要用于村级组织运转和基层党建工作 )').text).toBe('(主要用于村级组织运转和基层党建工作 )');
  });
  it('keeps the space between a number and a CJK unit', () => {
    expect(normalizeText('803.74 万元').text).toBe('803.74 万元');
  });
  it('splits ligatures and removes zero-width characters', () => {
    expect(normalizeText('ﬁnance\u200B报告\uFEFF').text).toBe('finance报告');
  });
  it('drops a pinyin gloss after a Han character, and keeps other parentheses', () => {
    const t = normalizeText('一般公共預(yù)算財政撥款支出(A)');
    expect(t.text).toBe('一般公共預算財政撥款支出(A)');
    expect(rawSpan(t, 4, 6).snippet).toBe('預(yù)算');
    expect(normalizeText('执行数(B)、单位(盖章)').text).toBe('执行数(B)、单位(盖章)');
    // a copy's space between the character and its gloss: still the gloss
    expect(normalizeText('財政預 (yù)算 100萬元').text).toBe('財政預算 100萬元');
  });
  it('keeps the raw text and an offset map only when they differ', () => {
    expect(normalizeText('预算数').raw).toBeUndefined();
    const t = normalizeText('执行率　９３％');
    expect(t.raw).toBe('执行率　９３％');
    expect(t.offsets).toBeDefined();
  });
  it('maps normalized offsets back to the original snippet', () => {
    const raw = '全年预算数　７１４３．４５　万元，执行数 6708 万元';
    const t = normalizeText(raw);
    const i = t.text.indexOf('7143.45');
    expect(rawSpan(t, i, i + '7143.45 万元'.length).snippet).toBe('７１４３．４５　万元');
    const j = t.text.indexOf('6708');
    expect(raw.slice(rawOffset(t, j), rawOffset(t, j) + 4)).toBe('6708');
  });
  it('maps across removed CJK spaces', () => {
    const raw = '本年收\n入 390.55 万元';
    const t = normalizeText(raw);
    const i = t.text.indexOf('390.55');
    expect(rawSpan(t, 0, i + 6).snippet).toBe('本年收\n入 390.55');
  });
});

describe('normalizeText, as properties (fast-check; test/fuzz.ts)', () => {
  // what reports are made of, and what the rules of normalizeText are about
  const chars = [
    ...'全年预算数执行率优秀万元。，、：（）()%％０１２３４５６７８９0123456789.,- abcfiﬁ\u3000\u00a0\t\n\r\u200b\u00ad\ufeff预(yù)算𠀀',
  ];
  const raw = fc.string({ unit: fc.constantFrom(...chars), maxLength: 200 });

  it('maps every normalized offset into the source, in order', () => {
    fc.assert(
      fc.property(raw, (s) => {
        const t = normalizeText(s);
        let previous = -1;
        for (let i = 0; i <= t.text.length; i++) {
          const r = rawOffset(t, i);
          expect(r).toBeGreaterThanOrEqual(Math.max(previous, 0));
          expect(r).toBeLessThanOrEqual(s.length);
          previous = r;
        }
      }),
      fuzzOptions(300),
    );
  });

  it('the source behind the whole text normalizes to the same text (evidence round trip), and normalizing is idempotent', () => {
    fc.assert(
      fc.property(raw, (s) => {
        const t = normalizeText(s);
        expect(normalizeText(rawSpan(t, 0, t.text.length).snippet).text).toBe(t.text);
        expect(normalizeText(t.text).text).toBe(t.text);
      }),
      fuzzOptions(300),
    );
  });
});
