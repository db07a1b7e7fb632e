/** Bilingual text of the search page (Chinese first), and the index pages it falls back to. */
import { byKey, defineText, type Bilingual } from '../../i18n/text.ts';

const SEARCH_TEXT = {
  title: { zh: '搜索', en: 'Search' },
  description: {
    zh: '在本站搜索站点、目标、方案措施、责任部门、执法案例和当事人、排名、数据、图表、方法说明和举报渠道。搜索在您的浏览器中运行，不经过任何第三方服务。',
    en: 'Search the site for stations, targets, plan measures, departments, enforcement cases and entities, the ranking, data, charts, methodology and where to report pollution. The search runs in your browser, with no third-party service.',
  },
  label: { zh: '搜索关键词', en: 'Search terms' },
  button: { zh: '搜索', en: 'Search' },
  noScript: {
    zh: '搜索需要 JavaScript。没有 JavaScript 时，可以从下面的索引页找到全部内容：',
    en: 'Search needs JavaScript. Without it, every page can be reached from these index pages:',
  },
  indexHeading: { zh: '索引页', en: 'Index pages' },
  // Filled in by the script; {n} and {q} are replaced.
  results: { zh: '“{q}”共找到 {n} 个结果', en: '{n} results for "{q}"' },
  none: { zh: '没有找到“{q}”的结果。', en: 'No results for "{q}".' },
  failed: {
    zh: '搜索索引无法加载。请使用下面的索引页。',
    en: 'The search index could not be loaded. Please use the index pages below.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

export const searchText = defineText('search', byKey(SEARCH_TEXT));

/** The pages that list everything search covers: the no-JavaScript fallback. */
export const SEARCH_INDEX_PAGES: readonly {
  readonly path: string;
  readonly name: Bilingual;
  readonly what: Bilingual;
}[] = [
  {
    path: '/stations/',
    name: { zh: '站点', en: 'Stations' },
    what: { zh: '每个监测站及县域日历', en: 'every monitoring station and the county calendar' },
  },
  {
    path: '/plan/',
    name: { zh: '行动计划', en: 'Plan' },
    what: { zh: '方案的全部措施和目标', en: "all of the plan's measures and targets" },
  },
  {
    path: '/departments/',
    name: { zh: '责任部门', en: 'Departments' },
    what: { zh: '各部门牵头、配合的措施', en: 'what each body leads and shares' },
  },
  {
    path: '/enforcement/',
    name: { zh: '执法公开', en: 'Enforcement' },
    what: { zh: '公开的执法案例及当事人', en: 'published enforcement cases and their entities' },
  },
  {
    path: '/methodology/',
    name: { zh: '方法', en: 'Methodology' },
    what: { zh: '每个公式和规则', en: 'every formula and rule' },
  },
];
