/**
 * Amounts allotted by cited documents: a sentence that names one document by its number, then what it allots, and
 * one money amount ("****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》,下达某县2023年资金
 * 5万元。"). A project's report often tells its funds' documents twice (the overview, then the funds' arrival): the same
 * document with another amount is one of the two statements slipped (reconcile/rules/repeat.ts).
 *
 * Strict, so that no other amount passes for the document's: one document named in the sentence, an allotting word
 * after it, exactly one money amount after that and none before, and no word that makes the amount a batch, a change,
 * a spending or a part (NOT_WHOLE_ALLOTMENT).
 */
import type { Allotment } from '../model/record.ts';
import { findNumbers, isMoneyUnit } from './numbers.ts';
import { evidenceOf, type Segment } from './text.ts';
import { ALLOTTING, DOCUMENT_REF, NOT_WHOLE_ALLOTMENT, AREA_WIDE } from '../model/wordings.ts';

export function readAllotments(segments: Segment[]): Allotment[] {
  const out: Allotment[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    let sentenceStart = 0;
    for (const sentence of seg.text.split(/(?<=。)/)) {
      const from = sentenceStart;
      sentenceStart += sentence.length;
      const refs = [...sentence.matchAll(DOCUMENT_REF)];
      if (refs.length !== 1) continue;
      const [ref] = refs;
      // past the document's title ("文件《关于下达…的通知》"): its words name the document, not what it allots here
      const title = /^[^,;。《]{0,6}《[^》]*》/.exec(sentence.slice((ref.index ?? 0) + ref[0].length));
      const after = (ref.index ?? 0) + ref[0].length + (title ? title[0].length : 0);
      const rest = sentence.slice(after);
      const verb = ALLOTTING.exec(rest);
      if (!verb || NOT_WHOLE_ALLOTMENT.test(rest)) continue;
      const money = findNumbers(rest).filter((n) => isMoneyUnit(n.unit));
      if (money.length !== 1 || money[0].start < verb.index) continue;
      const [n] = money;
      // what it allots, as written between the allotting word and the amount ("某县2023年资金")
      const name = rest.slice(verb.index + verb[0].length, n.start).trim();
      // a whole area's allotment ("下达全省资金5000万元") is not the unit's, which may be told beside it from the same document
      if (AREA_WIDE.test(name)) continue;
      out.push({
        ref: ref[0].replace(/\s/g, ''),
        name,
        value: n.value,
        unit: n.unit as Allotment['unit'],
        evidence: evidenceOf(seg, from + after + n.start, from + after + n.end),
      });
    }
  }
  return out;
}
