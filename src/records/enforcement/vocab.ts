/**
 * The closed lists of the enforcement records (issue 9): violation categories, measures, entity
 * types, rectification statuses and fire-point kinds, each with its Chinese and English label, and
 * the few fixed strings (reserved slugs, the fictitious-name mark) the loaders check against.
 */
/**
 * Violation categories, derived from the plan (《西平县空气质量持续改善行动实施方案（征求意见稿）》):
 * the five offences of section 八(三) and the other enforcement targets it names.
 */
export const VIOLATION_CATEGORIES = [
  {
    id: 'no-permit',
    zh: '无证排污或不按证排污',
    en: 'Discharging without or against a permit',
    clause: '八(三)',
  },
  { id: 'bypass-discharge', zh: '旁路偷排', en: 'Bypass (covert) discharge', clause: '八(三)' },
  {
    id: 'treatment-facilities',
    zh: '未安装或不正常运行治污设施',
    en: 'Treatment facilities missing or not operated',
    clause: '八(三)',
  },
  { id: 'exceeding-limits', zh: '超标排放', en: 'Emissions above limits', clause: '八(三)' },
  {
    id: 'falsified-monitoring',
    zh: '监测数据弄虚作假',
    en: 'Falsified monitoring data',
    clause: '八(三)',
  },
  {
    id: 'scattered-polluting',
    zh: '“散乱污”企业',
    en: '“Scattered, disorderly, polluting” enterprise',
    clause: '二(二)',
  },
  { id: 'straw-burning', zh: '秸秆露天焚烧', en: 'Open burning of straw', clause: '五(二)' },
  {
    id: 'open-burning',
    zh: '露天焚烧其他可燃物',
    en: 'Open burning of other material',
    clause: '五(二)',
  },
  {
    id: 'non-standard-fuel',
    zh: '非标油品、不合格燃料',
    en: 'Non-standard fuel',
    clause: '四(四)、三(五)',
  },
  { id: 'dust', zh: '扬尘污染', en: 'Dust', clause: '五(一)' },
  { id: 'restaurant-fumes', zh: '餐饮油烟', en: 'Restaurant fumes', clause: '六(六)' },
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number]['id'];
export const CATEGORY_IDS = VIOLATION_CATEGORIES.map((c) => c.id);

/** Measures taken, as they appear in published decisions. */
export const MEASURES = [
  { id: 'warning', zh: '警告', en: 'Warning' },
  { id: 'fine', zh: '罚款', en: 'Fine' },
  { id: 'daily-fine', zh: '按日连续处罚', en: 'Daily continuing fine' },
  { id: 'rectify', zh: '责令改正', en: 'Order to rectify' },
  { id: 'restrict-production', zh: '限制生产', en: 'Production restricted' },
  { id: 'suspend', zh: '停产整治', en: 'Suspension for rectification' },
  { id: 'seal', zh: '查封、扣押', en: 'Sealing or seizure' },
  { id: 'confiscate', zh: '没收违法所得或非法财物', en: 'Confiscation' },
  { id: 'permit-revoked', zh: '吊销许可证', en: 'Permit revoked' },
  { id: 'police', zh: '移送公安机关', en: 'Transferred to the police' },
] as const;
export type Measure = (typeof MEASURES)[number]['id'];
export const MEASURE_IDS = MEASURES.map((m) => m.id);

export const ENTITY_TYPES = [
  { id: 'enterprise', zh: '企业', en: 'Enterprise' },
  { id: 'individual-business', zh: '个体工商户', en: 'Individual business' },
  { id: 'other', zh: '其他单位', en: 'Other organisation' },
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number]['id'];

export const RECTIFICATION_STATUSES = [
  { id: 'pending', zh: '整改中', en: 'Rectification pending' },
  { id: 'completed', zh: '已整改', en: 'Rectified' },
  { id: 'not-applicable', zh: '不适用', en: 'Not applicable' },
  { id: 'unknown', zh: '未公开', en: 'Not published' },
] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number]['id'];

/**
 * Fire-point kinds and the plan's deduction per point, section 五(二): “秸秆焚烧扣减地方财力
 * 50 万元/火点，露天焚烧其他可燃物扣减地方财力 10 万元/火点”.
 */
export const BURNING_KINDS = [
  { id: 'straw', zh: '秸秆焚烧', en: 'Straw burning', deductionPerPointCny: 500_000 },
  {
    id: 'other',
    zh: '露天焚烧其他可燃物',
    en: 'Open burning of other material',
    deductionPerPointCny: 100_000,
  },
] as const;
export type BurningKind = (typeof BURNING_KINDS)[number]['id'];

/** Case slugs that would collide with the fixed routes under /enforcement/. */
export const RESERVED_CASE_SLUGS = ['page', 'burning', 'category', 'township', 'year'] as const;

/** Marker every fictitious name carries (示例建材有限公司（虚构）). */
export const FICTITIOUS_MARK = '（虚构）';
