/**
 * Amounts allotted by cited documents: synthetic sentences in the shapes project reports use, each with the
 * allotments it must give ("document: amount"), or none where the amount is not the document's whole allotment.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { docOf } from './helpers.ts';

const TITLE = '# 某县2023年度农田水利资金绩效自评报告\n\n';
const allotted = (text: string) => extract(docOf(`${TITLE}${text}`)).allotments.map((a) => `${a.ref}: ${a.name} ${a.value}${a.unit}`);

const EXAMPLES: { shape: string; text: string; allotments: string[] }[] = [
  {
    shape: 'a document, its title, what it allots and one amount (the title’s own 下达 read past)',
    text: '市财政局某财农〔2023〕12号文件《关于下达2023年农田水利资金预算的通知》,下达我县2023年资金300万元。',
    allotments: ['财政局某财农〔2023〕12号: 我县2023年资金 300万元'],
  },
  {
    shape: 'the document cited without a title, the year in 【】',
    text: '根据某财农【2023】7号,拨付我县小型水库维修养护资金45.5万元。',
    allotments: ['根据某财农【2023】7号: 我县小型水库维修养护资金 45.5万元'],
  },
  {
    shape: 'refused: two documents in one sentence (whose is the amount?)',
    text: '某财农〔2023〕12号和某财农〔2023〕15号文件下达我县资金300万元。',
    allotments: [],
  },
  {
    shape: 'refused: two amounts after the document (an allotment and its arrival, or two projects)',
    text: '某财农〔2023〕12号文件下达我县资金300万元,实际到位280万元。',
    allotments: [],
  },
  {
    shape: 'refused: a batch of several (第二批) is not the document’s whole allotment',
    text: '某财农〔2023〕12号文件下达我县第二批资金100万元。',
    allotments: [],
  },
  {
    shape: 'refused: a whole area’s allotment (下达全省资金), of which the unit’s share is another amount',
    text: '省财政厅某财农〔2023〕12号文件下达全省资金5000万元。',
    allotments: [],
  },
  {
    shape: 'refused: 安排 says what the document asks for, not what it allots',
    text: '按照某财农〔2023〕12号文件安排,全年完成投资300万元。',
    allotments: [],
  },
  {
    shape: 'refused: an amount before the allotting word',
    text: '某财农〔2023〕12号文件明确300万元由我县统筹,下达时间为3月。',
    allotments: [],
  },
];

describe('allotments of cited documents', () => {
  it.each(EXAMPLES)('$shape', ({ text, allotments }) => {
    expect(allotted(text)).toEqual(allotments);
  });

  it('flags one document said to allot two amounts (repeat.mismatch), and not one restated alike', () => {
    const overview = '某市财政局某财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》,下达我县2023年资金5万元。';
    const again = (amount: string) =>
      `${overview}\n\n二、资金到位情况\n某市财政局某财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》,下达我县2023年山洪灾害防治设施维养${amount}万元。`;
    const flagged = reconcile(extract(docOf(`${TITLE}${again('6')}`))).filter((d) => d.rule === 'repeat.mismatch');
    expect(flagged.map((d) => d.arithmetic)).toEqual(['5 ≠ 6 (Δ 1 万元)']);
    expect(reconcile(extract(docOf(`${TITLE}${again('5')}`))).filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: documents of other issuers, or other years, that share a serial are other documents
    const other = `${overview}\n\n某省财政厅某财建〔2023〕41号文件下达我县资金6万元。某财农〔2022〕41号文件下达我县资金8万元。`;
    expect(reconcile(extract(docOf(`${TITLE}${other}`))).filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
  });
});
