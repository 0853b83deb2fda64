import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import {
  cellNumber,
  chineseNumeral,
  cleanDecimal,
  convertMoney,
  findNumbers,
  halfUlp,
  moneyCell,
  parseRange,
  toYuan,
} from '../../src/extract/numbers.ts';
import { fuzzOptions } from '../fuzz.ts';

describe('numbers', () => {
  it('reads thousands separators, split numbers and negatives exactly', () => {
    expect(cleanDecimal('23,866.88')).toBe('23866.88');
    expect(cleanDecimal('7143. 45')).toBe('7143.45');
    expect(cleanDecimal('-3.20')).toBe('-3.20');
    expect(cleanDecimal('1302.70')).toBe('1302.70');
    expect(cleanDecimal('12a')).toBeNull();
  });
  it('finds amounts with their units and ignores areas and bare numbers', () => {
    const found = findNumbers('收入总计23,866.88万元,拆卸 37.42 万平方米,共 63 个,执行率 99.35%,2023 年,得分95分');
    expect(found.map((n) => `${n.value}${n.unit}`)).toEqual(['23866.88万元', '63个', '99.35%', '95分']);
  });
  it('reads one group of three after a space as thousands where a word runs into the amount (资金2 100万元), not in a cell', () => {
    expect(findNumbers('预算总资金18 189万元,其中,中央财政投入资金2 100万元').map((n) => `${n.value}${n.unit}`)).toEqual([
      '18189万元',
      '2100万元',
    ]);
    // as before: a spaced cell of a row, a count's and an amount's, is no one amount
    expect(findNumbers('高标准农田建设项目 5 200万元').map((n) => `${n.value}${n.unit}`)).toEqual(['200万元']);
  });
  it('takes a money unit in brackets right after the number ("7143.45(万元)")', () => {
    expect(findNumbers('全年预算数:7143.45(万元);执行率:93.90%').map((n) => `${n.value}${n.unit}`)).toEqual(['7143.45万元', '93.90%']);
    expect(findNumbers('共3(个)项目').map((n) => `${n.value}${n.unit}`)).toEqual([]);
  });

  it('reads no points from a number before the 分值 column’s name (全年执行数:301.44 分值:10): 分值 is a word, not 分', () => {
    expect(findNumbers('全年执行数:301.44 分值:10 执行率:89.71%').map((n) => `${n.value}${n.unit}`)).toEqual(['89.71%']);
    // refused: a score with its 分 before other words stays points
    expect(findNumbers('自评得分95分,等级为优').map((n) => `${n.value}${n.unit}`)).toEqual(['95分']);
  });

  it('reads no amount from digits joined by + (a sum written out, or a decimal point a copy garbled: 76+35)', () => {
    expect(findNumbers('实际支出(万元)76+35结余(万元)', { bare: true }).map((n) => n.value)).toEqual([]);
    expect(findNumbers('补助资金 12 + 8 万元,合计20万元').map((n) => `${n.value}${n.unit}`)).toEqual(['20万元']);
    expect(findNumbers('补助资金12＋\n8万元').map((n) => `${n.value}${n.unit}`)).toEqual([]);
    // refused: a plus sign with no digit before it joins nothing ("增加+5万元", "A+ 5万元")
    expect(findNumbers('比上年增加+5万元').map((n) => `${n.value}${n.unit}`)).toEqual(['5万元']);
    expect(findNumbers('等级A+ 5万元').map((n) => `${n.value}${n.unit}`)).toEqual(['5万元']);
  });

  it('rejoins a number split by a line break (normalized to "7143. 45")', () => {
    expect(findNumbers('全年预算数 7143. 45 万元').map((n) => n.value)).toEqual(['7143.45']);
  });
  it('reads Chinese numerals', () => {
    expect(chineseNumeral('九十三')).toBe('93');
    expect(chineseNumeral('三百二十万')).toBe('3200000');
    expect(chineseNumeral('一千零五')).toBe('1005');
    expect(chineseNumeral('九十三点五')).toBe('93.5');
    expect(chineseNumeral('预算')).toBeNull();
    expect(findNumbers('完成预算的百分之九十三').map((n) => `${n.value}${n.unit}`)).toEqual(['93%']);
    expect(findNumbers('安排三百二十万元').map((n) => `${n.value}${n.unit}`)).toEqual(['3200000元']);
    // a score of points: two numeral characters at least, the clause closing after 分 (十分 is an adverb)
    expect(findNumbers('自评得分九十五分,等级为优').map((n) => `${n.value}${n.unit}`)).toEqual(['95分']);
    expect(findNumbers('总分九十二点五分。').map((n) => `${n.value}${n.unit}`)).toEqual(['92.5分']);
    expect(findNumbers('十分重要,一百分制,三分之一,十一分局').map((n) => `${n.value}${n.unit}`)).toEqual([]);
    // the capital forms of formal amounts
    expect(findNumbers('人民币壹佰贰拾万元整').map((n) => `${n.value}${n.unit}`)).toEqual(['1200000元']);
  });
  it('converts money exactly, never through floats', () => {
    expect(toYuan('7143.45', '万元')).toBe('71434500');
    expect(toYuan('0.1', '亿元')).toBe('10000000');
    expect(toYuan('93', '%')).toBeNull();
    expect(convertMoney('292.611347', '万元', '元')).toBe('2926113.47');
  });
  it('gives the rounding a stated precision admits', () => {
    expect(halfUlp('93').toString()).toBe('0.5');
    expect(halfUlp('99.35').toString()).toBe('0.005');
  });
  it('reads single-number cells and ranges', () => {
    expect(cellNumber('86%')).toEqual({ value: '86', unit: '%' });
    expect(cellNumber(' 1,200.00 ')).toEqual({ value: '1200.00', unit: '' });
    expect(cellNumber('4753.66万')).toEqual({ value: '4753.66', unit: '万元' });
    expect(cellNumber('1.2亿')).toEqual({ value: '1.2', unit: '亿元' });
    expect(cellNumber('完成')).toBeNull();
    // a percentage of five integer digits is cells run together (2500 | 2500 | 100%), no rate
    expect(cellNumber('25002500100%')).toBeNull();
    expect(findNumbers('执行率 25002500100%,增长120%').map((n) => `${n.value}${n.unit}`)).toEqual(['120%']);
    expect(parseRange('90%-95%')).toEqual({ low: '90', high: '95', unit: '%' });
  });
  it('reads a money cell whose amount carries a remark on a part of it, and nothing else in brackets', () => {
    expect(moneyCell('10(其中,灾情因素6万元)')).toEqual({ value: '10', unit: '' });
    expect(moneyCell('25万元(含配套资金5万元)')).toEqual({ value: '25', unit: '万元' });
    expect(moneyCell('48.5')).toEqual({ value: '48.5', unit: '' });
    expect(moneyCell('18(暂定)')).toBeNull();
    expect(moneyCell('95%(其中,省级90%)')).toBeNull();
    expect(moneyCell('10(其中,6万元)(另有4万元)')).toBeNull();
  });
});

describe('OCR confusions inside units', () => {
  it('reads 万兀 as 万元 and says so', () => {
    const [n] = findNumbers('全年预算数1172.55万兀');
    expect(n.unit).toBe('万元');
    expect(n.corrected).toBe('万兀→万元');
  });
});

describe('万 and 亿 with the 元 left out', () => {
  it.each([
    ['该项目预算资金50万,实际支出48万。', ['50 万元', '48 万元']],
    ['安排资金19204.096万。其中,省级14059.11万元', ['19204.096 万元', '14059.11 万元']],
    ['总投资1.2亿;', ['1.2 亿元']],
    ['年度资金总额854万(A项目400万元,B项目454万元)', ['854 万元', '400 万元', '454 万元']],
    // what became of the money after it: 并且 / 全部 / 已 / 用于
    ['项目预算资金13.971129万并且全部到位。', ['13.971129 万元']],
    ['上级下达资金50万已全部拨付,其中20万用于道路硬化。', ['50 万元', '20 万元']],
  ])('reads %s as money', (text, amounts) => {
    expect(findNumbers(text).map((n) => `${n.value} ${n.unit}`)).toEqual(amounts);
  });
  it.each([
    ['产量10万斤,', 'a count of another measure'],
    ['受益群众3万人。', 'people'],
    ['覆盖3万余户。', 'about, then households'],
    ['上级补助收入0万\n', 'a 万 at the text’s end may be a 万元 the copy cut'],
    ['服务群众1.2万(人次),', 'a count whose measure word is in the bracket after it'],
    ['新增绿地2万(平方米)', 'an area, its measure in brackets'],
    ['完成造林1.5万亩并全部验收', 'an area, its measure word before the words after it'],
  ])('reads no money in %s (%s)', (text) => {
    expect(
      findNumbers(text)
        .filter((n) => n.unit === '万元' || n.unit === '亿元')
        .map((n) => n.value),
    ).toEqual([]);
  });
});

describe('numbers, as properties (fast-check; test/fuzz.ts)', () => {
  const DIGITS = '零一二三四五六七八九';
  /** 0 ≤ n < 10^8 the way reports write it: 一千零五, 三百二十万, 一万零五百. */
  function chinese(n: number): string {
    if (n === 0) return '零';
    const section = (x: number) => {
      let out = '';
      let zero = false;
      for (const [unit, name] of [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
        [1, ''],
      ] as const) {
        const d = Math.floor(x / unit) % 10;
        if (d === 0) {
          if (out) zero = true;
          continue;
        }
        if (zero) out += '零';
        zero = false;
        out += DIGITS[d] + name;
      }
      return out;
    };
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    let out = high ? `${section(high)}万` : '';
    if (low) out += (high && low < 1000 ? '零' : '') + section(low);
    return out;
  }
  /** A decimal as text, 0–4 places, from whole cents of a ten-thousandth. */
  const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 4 })).map(([n, places]) => {
    const s = n.toString().padStart(places + 1, '0');
    return places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
  });
  const grouped = (d: string) => {
    const [int, frac] = d.split('.');
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  };

  it('reads any whole number written in Chinese numerals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(chineseNumeral(chinese(n))).toBe(String(n));
      }),
      fuzzOptions(500),
    );
  });

  it('reads any decimal exactly, with or without thousands separators, followed by a unit; and converts money without loss', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('万元', '元', '亿元', '千元', '%'), fc.boolean(), (d, unit, group) => {
        const value = d.replace(/^0+(?=\d)/, '');
        const written = group ? grouped(d) : d;
        expect(cleanDecimal(written)).toBe(value);
        const found = findNumbers(`合计${written}${unit}。`);
        // a percentage of five integer digits written without separators is cells run together, no rate
        const runTogether = unit === '%' && /^\d{5,}/.test(written);
        expect(found.map((t) => [t.value, t.unit])).toEqual(runTogether ? [] : [[value, unit]]);
        if (unit !== '%') expect(convertMoney(convertMoney(value, unit, '元'), '元', unit)).toBe(new Decimal(value).toFixed());
      }),
      fuzzOptions(500),
    );
  });
});
