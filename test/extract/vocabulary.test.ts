import { describe, expect, it } from 'vitest';
import { GRADES, gradeLevel } from '../../src/model/keys.ts';
import { FUND_LINE, FUND_LINE_BEFORE, FUND_OR_AREA_SUBJECT, FUND_REVENUE_BEFORE, matchWording } from '../../src/extract/prose.ts';
import { CHANGE_COLUMN, CHANGE_HEADER, FUND_BUDGET_WORDS, FUND_TABLE } from '../../src/extract/tables.ts';
import {
  CHANGE_COLUMN_HEADER,
  FUND_PREFIX,
  FUNDS,
  type Fund,
  firstWords,
  GOVERNMENT_REVENUE,
  isFundingLine,
  isLineBudget,
  TABLE_HEADERS,
  TABLE_ONLY,
  WORDINGS,
} from '../../src/model/wordings.ts';
import { SOURCE_COLUMNS } from '../../src/extract/tasks/flatLists.ts';
import { BUDGET_OR_ACCOUNT_CLASS, FUND_SOURCE, PROJECTS_OF_ONE_KIND } from '../../src/extract/tasks/names.ts';
import { columnOf, SOURCE_COLUMN } from '../../src/extract/tasks/projectTables.ts';
import { figuresOf } from './helpers.ts';

// Tests derived from the vocabulary itself (as zod's locale tests are): a wording added without an
// example, an example that does not extract, or a table header that prose reads differently fails here.

describe('every wording', () => {
  it('has a unique id', () => {
    const ids = WORDINGS.map((w) => w.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  for (const wording of WORDINGS) {
    describe(wording.id, () => {
      it('has an example', () => expect(wording.examples.length).toBeGreaterThan(0));
      it.each(wording.examples)('%s → %s', (text, value) => {
        const got = figuresOf(text)[wording.key];
        expect(got?.replace(/(万元|元|亿元|%|分)$/, '')).toBe(value);
      });
    });
  }
});

describe('table headers and prose agree', () => {
  const MEASURES = new Set(['initial', 'budget', 'executed', 'rate']);
  const words = TABLE_HEADERS.filter((h) => MEASURES.has(h.column)).flatMap((h) => h.words.map((word) => [word, h.column] as const));
  it.each(words.filter(([word]) => !TABLE_ONLY.has(word)))('prose reads the header %s as %s', (word, column) => {
    const m = matchWording(word, column === 'rate' ? '%' : '万元', { anyHead: true });
    expect(m?.wording.measure).toBe(column);
  });
});

describe('budget tables and project lists read a header alike', () => {
  // a header a budget table knows (wordings.ts) names the same column in a list of projects (tasks/projectTables.ts)
  const cases = TABLE_HEADERS.flatMap((h) => h.words.filter((w) => !/[.*]/.test(w)).map((w) => [w, h.column] as const));
  it.each(cases)('%s → %s', (word, column) => {
    const measure = ['initial', 'budget', 'executed', 'rate'].includes(column) ? column : null;
    expect(columnOf(word, 2023)?.measure ?? null).toBe(measure);
  });
});

describe('a change column’s header is one entry, read as a cell and inside header words', () => {
  it.each(CHANGE_COLUMN_HEADER.cells)('the cell %s heads a change column', (cell) => expect(CHANGE_HEADER.test(cell)).toBe(true));
  it.each(CHANGE_COLUMN_HEADER.inText)('%s holds %i change columns', (text, columns) =>
    expect([...text.matchAll(CHANGE_COLUMN)].length).toBe(columns),
  );
  // refused: a cell that names a figure or a group of columns, not a change column
  it.each(['增长情况', '比上年增减情况', '本年决算数', '增加', '决算数比预算数', '预算比例'])('the cell %s heads none', (cell) =>
    expect(CHANGE_HEADER.test(cell)).toBe(false),
  );
});

describe('wording ids name the first words a label reads', () => {
  it.each([
    ['(?:一般公共预算财政拨款支出|一般公共预算支出)(?:总计|合计)?', '一般公共预算财政拨款支出'],
    ['年初预算(?:数|金额)?|年初预算安排', '年初预算'],
    ['(?:预算|资金)?执行率|完成预算的?', '执行率'],
    ['(?:年末结转和结余|年末结余)数?', '年末结转和结余'],
    ['(?:拨付|发放)(?:[\\u4e00-\\u9fff]{0,8}资金)?', '拨付'],
    // escapes and their quantifiers are no words
    ['(?:等级|结论)\\s*(?:为|是)?\\s*[“"]?(?:优秀|良好)[”"]?\\s*\\(', '等级优秀'],
    // a lookaround reads no words: what may not follow the verb is no part of the wording's id
    ['下达(?!(?:中央|省级)资金)[^,]{0,30}?(?:资金|经费)(?:总额|共)?', '下达资金'],
    ['(?<!公)共计(?=资金)', '共计'],
  ])('%s → %s', (label, words) => expect(firstWords(label)).toBe(words));
});

describe('every fund', () => {
  // The fund lists of the rules, each derived from FUNDS with the funds it covers (fundNames): every name of every
  // fund (its own and its older ones) is read by each list that covers the fund, and by no list that leaves it out,
  // so a new fund or a new name of one is tested here by its entry alone.
  const lists: { list: string; covers: (f: Fund) => boolean; reads: (name: string) => boolean }[] = [
    { list: 'FUND_PREFIX', covers: (f) => f.paysUnits && f.kind !== 'appropriation', reads: (n) => FUND_PREFIX.test(`2023年${n}`) },
    { list: 'GOVERNMENT_REVENUE', covers: (f) => f.paysUnits && f.kind !== 'appropriation', reads: (n) => GOVERNMENT_REVENUE.test(n) },
    { list: 'FUND_LINE', covers: (f) => f.kind === 'budget', reads: (n) => FUND_LINE.test(`其中${n}支出`) },
    { list: 'FUND_REVENUE_BEFORE', covers: (f) => f.kind === 'budget', reads: (n) => FUND_REVENUE_BEFORE.test(`全镇${n}收入0万元`) },
    {
      list: 'FUND_OR_AREA_SUBJECT',
      covers: (f) => f.kind === 'budget' && !f.unitsMain,
      reads: (n) => FUND_OR_AREA_SUBJECT.test(`2023年${n}收入100万元,收入总计100万元`),
    },
    { list: 'FUND_LINE_BEFORE', covers: isFundingLine, reads: (n) => FUND_LINE_BEFORE.test(`其中${n}年末`) },
    { list: 'FUND_TABLE', covers: isLineBudget, reads: (n) => FUND_TABLE.test(`2023年${n}收入决算表`) },
    { list: 'SOURCE_COLUMN', covers: isFundingLine, reads: (n) => SOURCE_COLUMN.test(`其中:${n}`) },
    { list: 'FUND_SOURCE', covers: isLineBudget, reads: (n) => FUND_SOURCE.test(`${n}资金`) },
    { list: 'BUDGET_OR_ACCOUNT_CLASS', covers: (f) => f.kind !== 'appropriation', reads: (n) => BUDGET_OR_ACCOUNT_CLASS.test(`${n}总`) },
    { list: 'PROJECTS_OF_ONE_KIND', covers: (f) => f.paysUnits, reads: (n) => PROJECTS_OF_ONE_KIND.test(`${n}项目`) },
  ];
  const cases = FUNDS.flatMap((f) =>
    [...f.called, ...(f.older ?? [])].flatMap((name) => lists.map((l) => [l.list, name, l.covers(f), l] as const)),
  );
  it.each(cases)('%s reads %s: %s', (_, name, covered, l) => expect(l.reads(name)).toBe(covered));

  it.each(FUNDS.map((f) => [f.name, f] as const))('%s: its names are literal words, the full name first', (_, f) => {
    for (const name of [...f.called, ...(f.older ?? [])]) expect(name).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(f.called.every((name) => name.length <= f.called[0].length)).toBe(true);
  });

  it.each(FUNDS.map((f) => [f.name, f] as const))(
    '%s: a project budget table’s source column by its full name unless a unit has none',
    (_, f) => expect(SOURCE_COLUMNS.includes(f.called[0])).toBe(f.paysUnits),
  );

  it.each(FUNDS.filter(isLineBudget).map((f) => [f.called[0]]))('a title drops the budget name %s (FUND_BUDGET_WORDS)', (name) =>
    expect(`2023年${name}财政拨款“三公”经费支出决算表`.replace(FUND_BUDGET_WORDS, '')).toBe('2023年财政拨款“三公”经费支出决算表'),
  );
});

describe('every grade word (GRADES, model/keys.ts)', () => {
  // the grade rules' word lists are built from GRADES: a new grade word is read by all of them from its entry alone
  const stated = GRADES.filter((g) => g.stated).map((g) => [g.word] as const);
  it.each(stated)('a sentence states the grade %s', (word) =>
    expect(figuresOf(`经自评,该项目评价等级为“${word}”。`)['eval.grade']).toBe(word),
  );
  it.each(stated)('a form field states the grade %s', (word) =>
    expect(figuresOf(`自评结论:${word}\n主管部门:某某局`)['eval.grade']).toBe(word),
  );
  // 中等 and 较差 are everyday words too: a sentence reads no grade of that word
  it.each(GRADES.filter((g) => !g.stated).map((g) => [g.word] as const))('a sentence reads no grade %s', (word) =>
    expect(figuresOf(`经自评,该项目评价等级为“${word}”。`)['eval.grade']).not.toBe(word),
  );
  it.each(GRADES.map((g) => [g.word, g.grade] as const))('%s names the grade %s', (word, grade) => expect(gradeLevel(word)).toBe(grade));
});
