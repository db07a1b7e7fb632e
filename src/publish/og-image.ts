/**
 * The Open Graph image of the site (1200×630): the home scoreboard of the 2025 targets drawn as
 * SVG from progress.json and rasterised at build time by resvg with the CJK font (no third-party
 * service). `ogImageSvg` is pure; `writeOgImages` writes `og/home-zh.png` and `og/home-en.png`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rasterize, type PngOptions } from '../charts/shared/export.ts';
import { tag, text } from '../charts/shared/svg.ts';
import { THEME } from '../charts/shared/theme.ts';
import { wrap } from '../charts/shared/measure.ts';
import type { Lang } from '../i18n/strings.ts';
import type { Bilingual } from '../page-data/site/index.ts';
import {
  type ProgressPageData,
  type ScoreboardItem,
  TARGET_PAGE,
  countingCells,
  formatTarget,
  formatValue,
} from '../page-data/progress/index.ts';

import { OG_HEIGHT, OG_WIDTH, ogImagePath } from '../lib/routes.ts';

export { OG_HEIGHT, OG_WIDTH, ogImagePath };

const VERDICT_TEXT: Readonly<
  Record<ScoreboardItem['raw']['verdict'], Bilingual & { fill: string }>
> = {
  met: { zh: '达到', en: 'Met', fill: '#0a6b2d' },
  not_met: { zh: '未达到', en: 'Not met', fill: '#a4161a' },
  not_assessable: { zh: '有效数据不足', en: 'Not enough valid data', fill: '#4a4a4a' },
};

export interface OgInput {
  readonly county: Bilingual;
  readonly sample: boolean;
  readonly progress: Pick<ProgressPageData, 'asOf' | 'targetYear' | 'scoreboard' | 'dustList'>;
}

function cardValue(item: ScoreboardItem, dustList: boolean, lang: Lang): string {
  if (item.id === 'grade_ii') return '';
  const v = countingCells(item, dustList)[0];
  // A statistic that fails validity is never shown as a number.
  if (v.value === null || !v.validity.valid)
    return lang === 'zh' ? '有效数据不足' : 'Not enough valid data';
  return formatValue(item.id, v.value, lang);
}

/** The scoreboard as an SVG of exactly 1200×630. */
export function ogImageSvg(input: OgInput, lang: Lang): string {
  const { county, progress, sample } = input;
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const font = THEME.font.family;
  const parts: string[] = [
    tag('rect', { width: W, height: H, fill: '#ffffff' }),
    tag('rect', { width: W, height: 12, fill: THEME.series[0] }),
  ];
  const title = lang === 'zh' ? `${county.zh}空气质量公开` : `${county.en} air quality in the open`;
  parts.push(
    text({ x: 60, y: 92, 'font-size': 48, 'font-weight': 'bold', fill: THEME.text }, title),
  );
  const sub =
    lang === 'zh'
      ? `${progress.targetYear} 年目标进展 · ${progress.dustList ? '扣除沙尘（考核口径）' : '原始口径'} · 2012 年版标准${progress.asOf ? ` · 数据截至 ${progress.asOf.slice(0, 10)}` : ''}`
      : `${progress.targetYear} targets · ${progress.dustList ? 'dust deducted (as assessed)' : 'raw basis'} · 2012 rules${progress.asOf ? ` · data as of ${progress.asOf.slice(0, 10)}` : ''}`;
  parts.push(text({ x: 60, y: 140, 'font-size': 26, fill: THEME.muted }, sub));

  const items = progress.scoreboard.slice(0, 4);
  const gap = 24;
  const cardW = (W - 120 - gap * (items.length - 1 || 0)) / Math.max(items.length, 1);
  items.forEach((item, i) => {
    const x = 60 + i * (cardW + gap);
    const y = 176;
    const inner = cardW - 40;
    const v = VERDICT_TEXT[countingCells(item, progress.dustList)[0].verdict];
    parts.push(
      tag('rect', { x, y, width: cardW, height: 318, rx: 12, fill: '#f4f6f8', stroke: THEME.grid }),
    );
    let cy = y + 44;
    const lines = (s: string, size: number, max: number, attrs: Record<string, string>): void => {
      for (const l of wrap(s, inner, size).slice(0, max)) {
        parts.push(text({ x: x + 20, y: cy, 'font-size': size, ...attrs }, l));
        cy += Math.round(size * 1.3);
      }
    };
    lines(TARGET_PAGE[item.id].name[lang], 24, 2, { 'font-weight': 'bold', fill: THEME.text });
    cy += 16;
    const value = cardValue(item, progress.dustList, lang);
    if (value !== '') lines(value, 36, 2, { 'font-weight': 'bold', fill: THEME.text });
    cy += 4;
    lines(`${lang === 'zh' ? '目标：' : 'Target: '}${formatTarget(item, lang)}`, 20, 4, {
      fill: THEME.muted,
    });
    cy = Math.max(cy + 8, y + 262);
    lines(v[lang], 24, 2, { 'font-weight': 'bold', fill: v.fill });
  });

  if (sample) {
    parts.push(tag('rect', { x: 0, y: H - 110, width: W, height: 110, fill: THEME.sampleMark }));
    parts.push(
      text(
        { x: 60, y: H - 48, 'font-size': 36, 'font-weight': 'bold', fill: '#ffffff' },
        lang === 'zh' ? '样例数据 — 不是真实监测结果' : 'SAMPLE DATA — not real measurements',
      ),
    );
  } else {
    parts.push(
      text(
        { x: 60, y: H - 48, 'font-size': 24, fill: THEME.muted },
        lang === 'zh'
          ? '非官方网站 · 数据与方法公开'
          : 'Not an official site · open data and methods',
      ),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag('svg', { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': font }, parts.join(''))}\n`;
}

/** Rasterise both languages' images into `<publicDir>/og/`. */
export async function writeOgImages(
  publicDir: string,
  input: OgInput,
  opts: PngOptions = {},
): Promise<string[]> {
  const dir = join(publicDir, 'og');
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const img = rasterize(ogImageSvg(input, lang), { ...opts, scale: 1 });
    if (img.width !== OG_WIDTH || img.height !== OG_HEIGHT) {
      throw new Error(
        `og image ${lang}: rendered ${img.width}×${img.height}, expected ${OG_WIDTH}×${OG_HEIGHT}`,
      );
    }
    await writeFile(join(dir, `home-${lang}.png`), img.png);
    written.push(ogImagePath(lang));
  }
  return written;
}
