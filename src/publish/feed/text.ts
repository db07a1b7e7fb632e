/** Bilingual wording of the update feed (Chinese first). */
import { REGIME_LABEL } from '../../i18n/labels.ts';
import type { Bilingual } from '../../i18n/text.ts';
import type { CaseInput, FeedKind, MonthInput, ReleaseInput, VerdictInput } from './types.ts';
import { MONTH_NAMES_EN } from '../../i18n/format.ts';

type Fn<A extends unknown[]> = {
  readonly zh: (...a: A) => string;
  readonly en: (...a: A) => string;
};

const VERDICT_WORD: Readonly<Record<VerdictInput['raw'], Bilingual>> = {
  met: { zh: '达到', en: 'met' },
  not_met: { zh: '未达到', en: 'not met' },
  not_assessable: { zh: '无法评价（有效数据不足）', en: 'not assessable (not enough valid data)' },
};

function zhMonth(period: string): string {
  return `${period.slice(0, 4)} 年 ${Number(period.slice(5, 7))} 月`;
}
function enMonth(period: string): string {
  return `${MONTH_NAMES_EN[Number(period.slice(5, 7)) - 1] ?? period} ${period.slice(0, 4)}`;
}

/** " （样例数据）" on items drawn from sample data, nothing otherwise. */
export function feedSampleMark(sample: boolean): Bilingual {
  return sample ? { zh: '（样例数据）', en: ' (sample data)' } : { zh: '', en: '' };
}

export const FEED_TEXT: {
  readonly channelTitle: Fn<[Bilingual]>;
  readonly channelDescription: Fn<[Bilingual]>;
  readonly monthTitle: Fn<[string]>;
  readonly monthBody: Fn<[MonthInput]>;
  readonly verdictTitle: Fn<[VerdictInput]>;
  readonly verdictBody: Fn<[VerdictInput]>;
  readonly caseTitle: Fn<[CaseInput]>;
  readonly caseBody: Fn<[CaseInput]>;
  readonly evidenceTitle: Fn<[string, Bilingual]>;
  readonly deadlineTitle: Fn<[string, number]>;
  readonly deadlineBody: Fn<[readonly string[], string]>;
  readonly releaseTitle: Fn<[string]>;
  readonly releaseBody: Fn<[ReleaseInput]>;
  readonly category: Readonly<Record<FeedKind, Bilingual>>;
} = {
  channelTitle: {
    zh: (c) => `${c.zh}空气质量公开：更新`,
    en: (c) => `${c.en} air quality in the open: updates`,
  },
  channelDescription: {
    zh: (c) => `${c.zh}空气质量数据、治理方案目标、执法公开和数据发布的更新。非官方网站。`,
    en: (c) =>
      `Updates on ${c.en}'s air-quality data, plan targets, enforcement disclosures and data releases. Not an official site.`,
  },
  monthTitle: {
    zh: (p) => `${zhMonth(p)}县域空气质量`,
    en: (p) => `County air quality, ${enMonth(p)}`,
  },
  monthBody: {
    zh: (m) => {
      const pm =
        m.pm2_5.value === null
          ? `有效数据不足（有效日 ${m.pm2_5.count}/${m.pm2_5.required}）`
          : `${m.pm2_5.value} 微克/立方米`;
      const good =
        m.good.ratio === null
          ? `有效数据不足（有效日 ${m.good.validDays}）`
          : `${m.good.ratio.toFixed(1)}%（${m.good.days}/${m.good.validDays} 天）`;
      return `${zhMonth(m.period)}：PM2.5 月均浓度 ${pm}；优良天数比率 ${good}。原始口径（未扣除沙尘），${REGIME_LABEL[m.regime].zh}。`;
    },
    en: (m) => {
      const pm =
        m.pm2_5.value === null
          ? `not enough valid data (${m.pm2_5.count} of ${m.pm2_5.required} valid days)`
          : `${m.pm2_5.value} µg/m³`;
      const good =
        m.good.ratio === null
          ? `not enough valid data (${m.good.validDays} valid days)`
          : `${m.good.ratio.toFixed(1)} % (${m.good.days} of ${m.good.validDays} days)`;
      return `${enMonth(m.period)}: PM2.5 monthly mean ${pm}; good-days ratio ${good}. Raw basis (dust not deducted), ${REGIME_LABEL[m.regime].en}.`;
    },
  },
  verdictTitle: {
    zh: (v) => `${v.year} 年目标“${v.name.zh}”：${VERDICT_WORD[v.raw].zh}`,
    en: (v) => `${v.year} target "${v.name.en}": ${VERDICT_WORD[v.raw].en}`,
  },
  verdictBody: {
    zh: (v) =>
      `按站点监测数据计算，2012 年版标准。原始口径：${VERDICT_WORD[v.raw].zh}；扣除沙尘口径：${VERDICT_WORD[v.dust].zh}。`,
    en: (v) =>
      `Computed from the station data under the 2012 rules. Raw basis: ${VERDICT_WORD[v.raw].en}; dust-deducted basis: ${VERDICT_WORD[v.dust].en}.`,
  },
  caseTitle: {
    zh: (c) => `新公开执法案例：${c.entityName}（${c.decisionNo}）`,
    en: (c) => `Enforcement case published: ${c.entityName} (${c.decisionNo})`,
  },
  caseBody: {
    zh: (c) => `执法决定 ${c.decisionNo}，公开日期 ${c.publishedDate}。`,
    en: (c) => `Decision ${c.decisionNo}, published ${c.publishedDate}.`,
  },
  evidenceTitle: {
    zh: (measure, status) => `方案措施 ${measure}：新证据（${status.zh}）`,
    en: (measure, status) => `Plan measure ${measure}: new evidence (${status.en.toLowerCase()})`,
  },
  deadlineTitle: {
    zh: (d, n) => `方案截止日期 ${d} 已过：${n} 项目标无公开证据`,
    en: (d, n) =>
      `Plan deadline ${d} passed: ${n} target${n === 1 ? '' : 's'} without published evidence`,
  },
  deadlineBody: {
    zh: (ids, s) => `截至 ${s}，以下措施中截止日期为该日的目标尚无公开证据：${ids.join('、')}。`,
    en: (ids, s) =>
      `As of ${s}, targets due that day have no published evidence in measures ${ids.join(', ')}.`,
  },
  releaseTitle: { zh: (n) => `数据发布 ${n}`, en: (n) => `Data release ${n}` },
  releaseBody: {
    zh: (r) => `冻结的数据版本 ${r.name}（数据截至 ${r.asOf}），清单：${r.manifestPath}。`,
    en: (r) => `Frozen data release ${r.name} (data as of ${r.asOf}); manifest: ${r.manifestPath}.`,
  },
  category: {
    month: { zh: '月度数据', en: 'Monthly figures' },
    verdict: { zh: '目标评价', en: 'Target verdicts' },
    case: { zh: '执法公开', en: 'Enforcement' },
    milestone: { zh: '方案进度', en: 'Plan milestones' },
    evidence: { zh: '方案进度', en: 'Plan milestones' },
    release: { zh: '数据发布', en: 'Data releases' },
  },
};
