/**
 * Reader-facing names shared by every page family (pollutants, the two regimes of the standards),
 * both languages. In i18n/ so that text tables, which import only i18n/ at run time, can use them.
 */
import type { Pollutant } from '../records/types.ts';
import type { Bilingual } from './text.ts';

export const POLLUTANT_LABEL: Readonly<Record<Pollutant, Bilingual>> = {
  so2: { zh: '二氧化硫（SO2）', en: 'SO2' },
  no2: { zh: '二氧化氮（NO2）', en: 'NO2' },
  pm10: { zh: '可吸入颗粒物（PM10）', en: 'PM10' },
  pm2_5: { zh: '细颗粒物（PM2.5）', en: 'PM2.5' },
  co: { zh: '一氧化碳（CO）', en: 'CO' },
  o3: { zh: '臭氧（O3）', en: 'O3' },
};

export const REGIME_LABEL: Readonly<Record<'2012' | '2026' | 'mixed', Bilingual>> = {
  '2012': { zh: '2012 年版标准', en: '2012 rules' },
  '2026': { zh: '2026 年版标准', en: '2026 rules' },
  mixed: { zh: '混合（逐日按当日标准）', en: 'mixed (each day under its own rules)' },
};

/** Pollutant symbols as printed in tables (the same in both languages). */
export const POLLUTANT_SYMBOL: Readonly<Record<Pollutant, string>> = {
  so2: 'SO2',
  no2: 'NO2',
  pm10: 'PM10',
  pm2_5: 'PM2.5',
  co: 'CO',
  o3: 'O3',
};
