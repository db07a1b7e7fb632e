/**
 * UI strings. `en` is typed against the keys of `zh`, so a missing translation is a type error and
 * fails `astro check` (and therefore the test command) — no untranslated string ships.
 */

import { LANGS, defineText, type Lang } from './text.ts';

export { LANGS, type Lang };

const zh = {
  'site.title': '{site}',
  'site.tagline': '对照{county}政府自己的大气行动方案，用公开数据看空气',
  'nav.label': '主导航',
  'nav.progress': '进展',
  'nav.stations': '站点',
  'nav.plan': '行动计划',
  'nav.ranking': '全省排名',
  'nav.enforcement': '执法公开',
  'nav.data': '开放数据',
  'nav.methodology': '方法',
  'nav.about': '关于',
  'nav.report': '举报污染',
  'nav.search': '搜索',
  'feed.title': '更新订阅（RSS）',
  'og.imageAlt': '{year} 年空气质量目标进展记分牌',
  'nav.skip': '跳到正文',
  'lang.switch': 'English',
  'sample.banner.title': '样例数据',
  'sample.banner.body':
    '本站下列数据集是程序生成或虚构的样例数据，不是{county}的真实观测值或真实案例，仅用于演示网站功能；由它们算出的数字、图表和文件同样是样例。正式部署须换成公开发布的数据。',
  'sample.banner.channelsReal':
    '本页的举报渠道是真实的官方渠道，不是样例；样例只是下面列出的数据集。',
  'sample.datasets': '样例数据集：',
  'footer.sources': '数据来源',
  'footer.lastUpdate': '数据截至',
  'footer.licence': '数据许可',
  'footer.notOfficial': '本网站不是政府官方网站。',
  'footer.quality': '数据质量',
  'footer.charts': '图表库',
  'footer.noData': '暂无监测数据',
  'home.heading': '{county}空气质量进展总览',
  'home.intro': '本站依据《{plan}》中的目标、期限和责任部门，用公开数据逐项核对进展。',
  'about.heading': '关于本站',
  'about.who.heading': '谁在运营',
  'about.who.body':
    '本站由关心{county}空气质量的志愿者以开源方式维护，代码和数据处理方法全部公开，任何人都可以核查每一个数字。',
  'about.notOfficial.heading': '不是政府网站',
  'about.notOfficial.body':
    '本站不是{county}人民政府或任何政府部门的官方网站，不代表任何机关发布信息。官方信息以政府部门发布为准。',
  'about.correction.heading': '如何提出更正',
  'about.correction.body':
    '如发现数据、计算或文字有误，请写信或在本站代码仓库提交问题（地址见下），注明页面地址、错误内容和依据。更正会记录在数据更新日志中。',
  'about.reply.heading': '答复权',
  'about.reply.body':
    '凡在本站数据中被提及的单位或个人，均有权就相关内容作出答复或提供补充材料，请发送到下面的地址；经核实后，我们会在相关页面附上答复。',
  'contact.lead': '联系本站：',
  'contact.email': '电子邮件',
  'contact.repository': '代码仓库（可提交问题）',
  'contact.example': '示例地址，不是真实的联系方式',
  'about.privacy.heading': '隐私',
  'about.privacy.body': '本站不使用 Cookie，不做访问统计，不从任何第三方网站加载内容。',
  'common.asOf': '数据截至',
  'common.sampleMark': '样例数据',
  'common.noValidData': '有效数据不足',
  'charts.title': '图表库',
  'charts.intro':
    '本站的全部 {count} 张图表。每张图都有固定链接、可嵌入页面，以及 SVG、PNG 和 CSV 下载；图片本身带有标题、来源、数据日期和数据版本。',
  'charts.back': '← 图表库',
} as const;

type Key = keyof typeof zh;

/** A language's table: every key of the Chinese table, no more, no fewer. */
export type StringTable = Record<Key, string>;

const en: StringTable = {
  'site.title': '{site}',
  'site.tagline': "Checking {county}'s own air-quality plan against published data",
  'nav.label': 'Main navigation',
  'nav.progress': 'Progress',
  'nav.stations': 'Stations',
  'nav.plan': 'Plan',
  'nav.ranking': 'Ranking',
  'nav.enforcement': 'Enforcement',
  'nav.data': 'Data',
  'nav.methodology': 'Methodology',
  'nav.about': 'About',
  'nav.report': 'Report pollution',
  'nav.search': 'Search',
  'feed.title': 'Updates (RSS)',
  'og.imageAlt': 'Scoreboard of the {year} air-quality targets',
  'nav.skip': 'Skip to content',
  'lang.switch': '中文',
  'sample.banner.title': 'Sample data',
  'sample.banner.body':
    'The datasets listed below are generated or fictitious sample data, not real observations or cases from {county}. They only demonstrate how the site works, and every figure, chart and file derived from them is sample too. A real deployment replaces them with published data.',
  'sample.banner.channelsReal':
    'The reporting channels on this page are real, official channels, not samples; only the datasets listed below are samples.',
  'sample.datasets': 'Sample datasets: ',
  'footer.sources': 'Data sources',
  'footer.lastUpdate': 'Data as of',
  'footer.licence': 'Data licence',
  'footer.notOfficial': 'This is not an official government website.',
  'footer.quality': 'Data quality',
  'footer.charts': 'Chart gallery',
  'footer.noData': 'No monitoring data yet',
  'home.heading': '{county} air quality: progress overview',
  'home.intro':
    'This site takes the targets, deadlines and responsible departments of the {plan} and checks each against published data.',
  'about.heading': 'About this site',
  'about.who.heading': 'Who runs it',
  'about.who.body':
    'Volunteers who care about air quality in {county} maintain this site as open source. The code and every method are public, so anyone can check every number.',
  'about.notOfficial.heading': 'Not a government website',
  'about.notOfficial.body':
    'This site is not an official website of the {county} People’s Government or of any government department and does not speak for any authority. Official information is what the authorities publish.',
  'about.correction.heading': 'How to send a correction',
  'about.correction.body':
    'If you find an error in data, computation or text, write to us or open an issue in the site’s code repository (addresses below) with the page address, the error and your evidence. Corrections are recorded in the data changelog.',
  'about.reply.heading': 'Right of reply',
  'about.reply.body':
    'Any organisation or person named in the data on this site may reply or supply further material, sent to the address below; once checked, the reply is attached to the pages concerned.',
  'contact.lead': 'Write to this site: ',
  'contact.email': 'e-mail',
  'contact.repository': 'code repository (open an issue)',
  'contact.example': 'example address, not a real contact',
  'about.privacy.heading': 'Privacy',
  'about.privacy.body':
    'This site sets no cookies, runs no analytics and loads nothing from any other website.',
  'common.asOf': 'Data as of',
  'common.sampleMark': 'Sample data',
  'common.noValidData': 'Not enough valid data',
  'charts.title': 'Chart gallery',
  'charts.intro':
    'All {count} charts of this site. Each has a permalink, an embeddable page and SVG, PNG and CSV downloads; the images carry their own title, source, data date and data version.',
  'charts.back': '← Chart gallery',
};

export type StringKey = Key;

/**
 * The UI string for `key` in `lang`, its placeholders (`{county}`, `{site}` the site's name,
 * `{plan}` the plan's title) filled from the data folder's vars: nothing county-specific is
 * written in this table.
 */
export const t = defineText('ui', { zh, en });
