import { describe, expect, it } from 'vitest';
import { cellNumber, chineseNumeral, cleanDecimal, convertMoney, findNumbers, halfUlp, parseRange, toYuan } from '../../src/extract/numbers.ts';

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
    expect(cellNumber('完成')).toBeNull();
    expect(parseRange('90%-95%')).toEqual({ low: '90', high: '95', unit: '%' });
  });
});

describe('OCR confusions inside units', () => {
  it('reads 万兀 as 万元 and says so', () => {
    const [n] = findNumbers('全年预算数1172.55万兀');
    expect(n.unit).toBe('万元');
    expect(n.corrected).toBe('万兀→万元');
  });
});
