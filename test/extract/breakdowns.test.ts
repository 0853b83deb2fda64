/**
 * Stated breakdowns (a total, then 其中 and its parts): synthetic sentences in the shapes reports
 * use, each with the breakdown it must give ("total = a + b + …", "open" when the list is cut off),
 * or none where the sentence is commentary rather than a list.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf } from './helpers.ts';

const shapes = (text: string) =>
  extract(docOf(text)).breakdowns.map(
    (b) => `${b.total.value}${b.total.unit} = ${b.parts.map((p) => `${p.name} ${p.value}`).join(' + ')}${b.closed ? '' : ' (open)'}`,
  );

const EXAMPLES: { shape: string; text: string; breakdowns: string[] }[] = [
  {
    shape: 'a total in the sentence before 其中, projects as parts',
    text: '下达我县水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库维修养护25万元,小流域综合治理700万元,农业水价改革18万元。',
    breakdowns: ['2263万元 = 中小河流治理工程 1435 + 小型水库维修养护 25 + 小流域综合治理 700 + 农业水价改革 18'],
  },
  {
    shape: 'functional classes with a cue word; remarks in brackets read past',
    text: '支出预算:2023年年初预算数761.21万元(含上年结转5.01万元),其中:教育支出预算526.61万元(含结转5万元),卫生健康支出预算35.85万元,住房保障支出预算34.09万元。',
    breakdowns: ['761.21万元 = 教育支出预算 526.61 + 卫生健康支出预算 35.85 + 住房保障支出预算 34.09'],
  },
  {
    shape: 'income’s parts end at the semicolon before the spending’s statement (…;财政拨款支出310万元), as spending’s do before income’s',
    text: '我馆财政拨款收入320万元,其中一般公共预算拨款300万元,政府性基金预算拨款20万元;财政拨款支出310万元。项目资金支出95万元,其中设备购置支出60万元,档案数字化支出35万元;本年收入1600万元。',
    breakdowns: ['320万元 = 一般公共预算拨款 300 + 政府性基金预算拨款 20', '95万元 = 设备购置支出 60 + 档案数字化支出 35'],
  },
  {
    shape: 'a part after a comma that names the other side is read as written (no semicolon ends the list there)',
    text: '全年收入500万元,其中财政拨款收入300万元,事业支出200万元。',
    breakdowns: ['500万元 = 财政拨款收入 300 + 事业支出 200'],
  },
  {
    shape: 'refused: each item with its spending after its budget (A项目300万元,执行290万元;…): two amounts an item, no parts',
    text: '全年安排项目资金500万元,其中:高标准农田建设项目300万元,执行290万元;农村人居环境整治项目200万元,执行180万元;农机推广项目0万元。',
    breakdowns: [],
  },
  {
    shape: 'a part named with its measure after the name (A项目预算300万元) is still a part',
    text: '全年安排项目资金500万元,其中:高标准农田建设项目预算300万元,农村人居环境整治项目预算150万元,农机推广项目预算50万元。',
    breakdowns: ['500万元 = 高标准农田建设项目预算 300 + 农村人居环境整治项目预算 150 + 农机推广项目预算 50'],
  },
  {
    shape: 'a list inside a part of an outer list ends at the outer list’s semicolon, the next outer part no part of it',
    text: '2024年全县“三公”经费预算总额为860万元,其中,安排公务接待费400万元;安排公务用车费440万元,其中公务用车运行维护费380万元,公务用车购置60万元;安排因公出国(境)费20万元。',
    // (the outer list, a 其中 inside one of its parts, is commentary and no list)
    breakdowns: ['440万元 = 公务用车运行维护费 380 + 公务用车购置 60'],
  },
  {
    shape: 'refused the other way: a list opened alone in its sentence runs on past a semicolon to the full stop',
    text: '全年安排项目资金500万元,其中:高标准农田建设项目300万元;农村人居环境整治项目150万元;农机推广项目50万元。',
    breakdowns: ['500万元 = 高标准农田建设项目 300 + 农村人居环境整治项目 150 + 农机推广项目 50'],
  },
  {
    shape: 'parts that all open on the total’s verb are still its parts (安排资金…,其中:安排A…;安排B…)',
    text: '安排专项资金90万元,其中:安排道路维修60万元;安排路灯改造30万元。',
    breakdowns: ['90万元 = 安排道路维修 60 + 安排路灯改造 30'],
  },
  {
    shape: 'a list cut off before its full stop is open',
    text: '预算项目经费560万元,具体包括:老旧小区改造210万元,背街小巷整治90万元,绿化管护',
    breakdowns: ['560万元 = 老旧小区改造 210 + 背街小巷整治 90 (open)'],
  },
  {
    // the amount before 其中 is a change on the year before, not the total the parts divide
    shape: 'refused: a change on last year (较上年增加…万元) right before 其中',
    text: '2023年度福彩公益金支出820万元,较上年增加60万元。其中:养老服务补贴320万元;残疾人康复210万元;困难群众救助170万元;儿童福利120万元。',
    breakdowns: [],
  },
  {
    shape: 'refused: a fall on the year before (同比下降) or a share (占) as the total',
    text: '2023年“三公”经费支出12.6万元,同比下降3.2万元,其中:公务接待费4.1万元,公务用车运行维护费8.5万元。全年项目支出1500万元,占总支出的35%,主要包括:甲项目600万元,乙项目900万元。',
    breakdowns: [],
  },
  {
    shape: 'the budget a change came to (调增后…) is a total',
    text: '年中调增后全年预算1200万元,其中:甲项目700万元,乙项目500万元。',
    breakdowns: ['1200万元 = 甲项目 700 + 乙项目 500'],
  },
  {
    shape: 'refused: shares inside the list',
    text: '本年收入2400万元,其中财政拨款收入2300万元,占95.83%;其他收入100万元,占4.17%。',
    breakdowns: [],
  },
  {
    shape: 'refused: an amount masked by the site (点击查看>> 万元) inside the list',
    text: '下达给我单位资金9.5万元,其中:湿地保护补助 点击查看>> 万元,造林补助3.2万元,有害生物防治费4.1万元。',
    breakdowns: [],
  },
  {
    shape: 'refused: a reduction (调减) among the parts',
    text: '下达给我单位资金2.5万元,其中:生态效益补偿资金调减1.2万元,造林补助2.1万元,公益林补助1.6万元。',
    breakdowns: [],
  },
  {
    shape: 'refused: a change after a part',
    text: '支出2450万元,其中基本支出2000万元,比上年增加100万元;项目支出450万元。',
    breakdowns: [],
  },
  {
    shape: 'refused: a clause saying what the part before holds (含上年结转资金…) is no part of the total',
    text: '全年下达衔接资金900万元,其中:产业发展500万元,含上年结转资金60万元;基础设施300万元;以工代赈100万元。',
    breakdowns: [],
  },
  {
    shape: 'a part whose name holds 含 further in (污水处理含管网) is still a part',
    text: '全年下达环保资金600万元,其中:污水处理含管网维护400万元,垃圾清运200万元。',
    breakdowns: ['600万元 = 污水处理含管网维护 400 + 垃圾清运 200'],
  },
  { shape: 'refused: no amount right before 其中', text: '资金已全部到位。其中:A工程80万元,B工程60万元。', breakdowns: [] },
  {
    shape: 'every use listed after 具体用于, the parts closed by semicolons',
    text: '2023年下达我县水利发展资金500万元,具体用于:中小河流治理工程300万元;小型水库维修养护120万元;农村饮水工程维修养护70万元。',
    breakdowns: ['500万元 = 中小河流治理工程 300 + 小型水库维修养护 120 + 农村饮水工程维修养护 70'],
  },
  {
    shape: 'the shares after 资金分配如下',
    text: '2023年下达我县水利发展资金500万元,资金分配如下:中小河流治理工程300万元,小型水库维修养护200万元。',
    breakdowns: ['500万元 = 中小河流治理工程 300 + 小型水库维修养护 200'],
  },
  {
    shape: 'each part’s amount before its use (其中:30万元用于A;30万元用于B), a 、 inside the last use listing what it covers',
    text: '本项目共完成预算资金89.97万元。其中:30万元用于基建工程预算编制;30万元用于基建工程审计;29.99万元用于基建工程设计、规划、测绘。',
    breakdowns: ['89.97万元 = 基建工程预算编制 30 + 基建工程审计 30 + 基建工程设计、规划、测绘 29.99'],
  },
  {
    shape: 'parts amount first, parted by 、 before the next amount',
    text: '全年支出专项资金50万元,其中20万元用于道路维修、30万元用于路灯改造。',
    breakdowns: ['50万元 = 道路维修 20 + 路灯改造 30'],
  },
  {
    shape: 'refused: a use that counts what it bought (用于购置2台设备) is commentary, no part read through',
    text: '全年支出专项资金50万元,其中:20万元用于购置2台清扫设备;30万元用于路灯改造。',
    breakdowns: [],
  },
  {
    shape: 'refused: 主要用于 lists the main uses, which may leave some out',
    text: '2023年下达我县水利发展资金500万元,主要用于:中小河流治理工程300万元;小型水库维修养护120万元。',
    breakdowns: [],
  },
];

describe('stated breakdowns', () => {
  it.each(EXAMPLES.map((e) => [e.shape, e] as const))('%s', (_shape, e) => {
    expect(shapes(e.text)).toEqual(e.breakdowns);
  });
});
