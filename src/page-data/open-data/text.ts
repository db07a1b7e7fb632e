/** Bilingual text and small formatters of the /data/ pages (Chinese first, English second). */
import type { DatasetView } from './schema.ts';
import { defineText, type Lang } from '../../i18n/text.ts';

const zh = {
  title: '开放数据',
  description:
    '本站发布的全部数据文件：说明、列、单位、许可、行数、时间范围、大小和 SHA-256，以及冻结的数据发布。',
  intro:
    '本站计算和展示的每个数字都来自下面的文件。文件是普通下载，不需要 JavaScript；任何网站和工具都可以跨域读取（/data/ 下的文件带 CORS 头）。',
  sampleNote: '标有“样例数据”的文件由程序生成，是虚构数据，不是真实观测或真实案例。',
  format:
    'UTF-8，逗号分隔，首行为列名，空单元格表示缺失，布尔值为 true/false；时间为 ISO 8601，带 +08:00，标注小时结束时刻。excel/ 目录下是同样内容、带 BOM 的副本，Excel 可以直接正确显示中文。',
  licence: '许可',
  descriptorsHeading: '描述文件',
  datapackage: 'Frictionless Data Package v2 描述（每个文件的列、类型、单位、字节数和哈希）',
  csvw: 'CSV on the Web（CSVW）元数据',
  sha256sums: 'SHA-256 校验和（用 sha256sum -c SHA256SUMS 核对）',
  datasetsHeading: '数据集',
  rows: '行数',
  period: '时间范围',
  size: '大小',
  sha: 'SHA-256',
  download: '下载',
  excel: 'Excel 版（带 BOM）',
  columns: '列',
  colName: '列名',
  colType: '类型',
  colUnit: '单位',
  colDescription: '说明（英文）',
  colValues: '取值',
  none: '—',
  sample: '样例数据',
  notSample: '公开资料',
  releasesHeading: '数据发布',
  releasesIntro:
    '数据发布是有意冻结的快照：以数据截至日期加序号命名，包含全部文件、描述文件、清单、双语说明和许可，发布后不再改变。每个发布的清单保存在代码仓库 data/releases/ 中，任何人都可以核对。',
  releasesNone: '还没有数据发布。',
  latest: '最新发布',
  release: '发布',
  asOf: '数据截至',
  files: '文件数',
  zip: 'ZIP 压缩包',
  zipMissing: '本次构建未包含此发布的压缩包（保存在发布存储中），可用清单核对任何副本。',
  manifest: '清单（JSON）',
  changelogHeading: '更新日志',
  changelogLink: '数据与方法更新日志（含更正）',
  changelogTitle: '数据与方法更新日志',
  changelogDescription: '本站数据和计算方法的每次变化，包括数据发布和更正。',
  kind_release: '数据发布',
  kind_data: '数据变化',
  kind_method: '方法变化',
  kind_erratum: '更正',
  latestTitle: '最新数据发布',
  latestDescription: '最新的冻结数据发布及其清单。',
  latestManifest: '最新发布的清单',
  backToData: '返回开放数据',
  bytes: '字节',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Open data',
  description:
    'Every data file this site publishes: description, columns, units, licence, row counts, period covered, size and SHA-256, and the frozen data releases.',
  intro:
    'Every number this site computes and shows comes from the files below. They are plain downloads that need no JavaScript, and any site or tool may fetch them across origins (files under /data/ carry CORS headers).',
  sampleNote:
    'Files marked “sample data” are generated, fictitious data, not real observations or cases.',
  format:
    'UTF-8, comma-separated, header row, empty cell = missing, booleans true/false; times ISO 8601 with +08:00 labelling the end of the hour. The excel/ folder holds the same content with a byte-order mark, so Excel shows Chinese text correctly.',
  licence: 'Licence',
  descriptorsHeading: 'Descriptors',
  datapackage:
    'Frictionless Data Package v2 descriptor (columns, types, units, bytes and hash of every file)',
  csvw: 'CSV on the Web (CSVW) metadata',
  sha256sums: 'SHA-256 checksums (check with sha256sum -c SHA256SUMS)',
  datasetsHeading: 'Datasets',
  rows: 'Rows',
  period: 'Period covered',
  size: 'Size',
  sha: 'SHA-256',
  download: 'Download',
  excel: 'Excel copy (with BOM)',
  columns: 'Columns',
  colName: 'Column',
  colType: 'Type',
  colUnit: 'Unit',
  colDescription: 'Description',
  colValues: 'Values',
  none: '—',
  sample: 'Sample data',
  notSample: 'Published sources',
  releasesHeading: 'Data releases',
  releasesIntro:
    'A data release is a snapshot frozen on purpose: named by its as-of date and a sequence number, it holds every file, the descriptors, a manifest, a bilingual README and the licence, and never changes afterwards. Each release’s manifest is kept in the repository under data/releases/, so anyone can verify a copy.',
  releasesNone: 'No data release has been cut yet.',
  latest: 'Latest release',
  release: 'Release',
  asOf: 'Data as of',
  files: 'Files',
  zip: 'ZIP archive',
  zipMissing:
    'This build does not include the release’s archive (it is kept in the release store); its manifest verifies any copy.',
  manifest: 'Manifest (JSON)',
  changelogHeading: 'Changelog',
  changelogLink: 'Changelog of data and methods (errata included)',
  changelogTitle: 'Changelog of data and methods',
  changelogDescription:
    'Every change to the site’s data and methods, including data releases and errata.',
  kind_release: 'Data release',
  kind_data: 'Data change',
  kind_method: 'Method change',
  kind_erratum: 'Erratum',
  latestTitle: 'Latest data release',
  latestDescription: 'The newest frozen data release and its manifest.',
  latestManifest: 'Manifest of the latest release',
  backToData: 'Back to open data',
  bytes: 'bytes',
};

export const openDataText = defineText('open-data', { zh, en });

/** A byte count for people: B, KB, MB (1024-based), with the exact count for checking. */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = i === 0 ? String(v) : v.toFixed(1);
  const exact = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(bytes);
  return `${shown} ${units[i] ?? 'B'} (${exact} ${openDataText(lang, 'bytes')})`;
}

/** The period covered as printed: "first – last", or a dash when the file has no period column. */
export function periodText(d: Pick<DatasetView, 'period'>, lang: Lang): string {
  if (d.period === null) return openDataText(lang, 'none');
  const f = (s: string): string => s.replace(/T(\d{2}:\d{2}):00\+08:00$/, ' $1 (+08:00)');
  return d.period.first === d.period.last
    ? f(d.period.first)
    : `${f(d.period.first)} – ${f(d.period.last)}`;
}

export function kindLabel(lang: Lang, kind: 'release' | 'data' | 'method' | 'erratum'): string {
  return openDataText(lang, `kind_${kind}`);
}
