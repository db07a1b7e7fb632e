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
  targetWhat: { zh: '目标、结论和历年变化', en: 'target, verdict and the years so far' },
  // Filled in by the script; {n} and {q} are replaced.
  results: { zh: '“{q}”共找到 {n} 个结果', en: '{n} results for "{q}"' },
  none: { zh: '没有找到“{q}”的结果。', en: 'No results for "{q}".' },
  failed: {
    zh: '搜索索引无法加载。请使用下面的索引页。',
    en: 'The search index could not be loaded. Please use the index pages below.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

export const searchText = defineText('search', byKey(SEARCH_TEXT));

/**
 * The pages that list everything search covers: the no-JavaScript fallback. The page puts the
 * target pages the build has after the first two (they come from the progress data).
 */
export const SEARCH_INDEX_PAGES: readonly {
  readonly path: string;
  readonly name: Bilingual;
  readonly what: Bilingual;
}[] = [
  {
    path: '/report/',
    name: { zh: '举报污染', en: 'Report pollution' },
    what: {
      zh: '12345 热线（原 12369 已并入）、生态环境部网上举报等渠道',
      en: 'the 12345 hotline (12369 merged into it), the Ministry’s online reporting and other channels',
    },
  },
  {
    path: '/',
    name: { zh: '进展总览', en: 'Progress overview' },
    what: {
      zh: '方案各项目标是否达到、当前空气',
      en: "whether the plan's targets are met, and the air now",
    },
  },
  {
    path: '/ranking/',
    name: { zh: '全省排名', en: 'Provincial ranking' },
    what: {
      zh: '河南省县（市、区）排名中的位次',
      en: "the county's place in Henan's county ranking",
    },
  },
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
    path: '/data/',
    name: { zh: '开放数据', en: 'Open data' },
    what: { zh: '全部数据文件（CSV）及说明', en: 'every data file (CSV) and its description' },
  },
  {
    path: '/charts/',
    name: { zh: '图表', en: 'Charts' },
    what: { zh: '全部图表，可下载、引用和嵌入', en: 'every chart, to download, cite and embed' },
  },
  {
    path: '/methodology/',
    name: { zh: '方法', en: 'Methodology' },
    what: { zh: '每个公式和规则', en: 'every formula and rule' },
  },
  {
    path: '/about/',
    name: { zh: '关于本站', en: 'About' },
    what: {
      zh: '谁在运营、如何联系和更正',
      en: 'who runs the site, how to reach us and ask for corrections',
    },
  },
];
