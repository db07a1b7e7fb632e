/** The enforcement list pages: pagination and the filter pages (no JavaScript needed). */
import { VIOLATION_CATEGORIES } from '../../records/enforcement/index.ts';
import { type Bilingual } from '../../i18n/text.ts';
import { type CaseView, type EnforcementPageData } from './schema.ts';
import { PAGE_SIZE } from './build.ts';

// Lists, pagination and filter pages (no JavaScript needed)
// ---------------------------------------------------------------------------------------------

export type FilterDimension = 'category' | 'township' | 'year';
export const FILTER_DIMENSIONS: readonly FilterDimension[] = ['category', 'township', 'year'];

export interface ListPage {
  /** Language-neutral path, e.g. `/enforcement/`, `/enforcement/year/2025/page/2/`. */
  readonly path: string;
  readonly filter: {
    readonly dimension: FilterDimension;
    readonly value: string;
    readonly label: Bilingual;
  } | null;
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly cases: readonly CaseView[];
  readonly prevPath: string | null;
  readonly nextPath: string | null;
}

export interface FilterOption {
  readonly value: string;
  readonly label: Bilingual;
  readonly count: number;
  /** Null when no published case has this value (no empty page is built). */
  readonly path: string | null;
}

export function filterBasePath(dimension: FilterDimension, value: string): string {
  return `/enforcement/${dimension}/${value}/`;
}

function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Split a case list into pages of `PAGE_SIZE`; an empty list still has one page. */
export function paginate(
  base: string,
  cases: readonly CaseView[],
  filter: ListPage['filter'],
  size = PAGE_SIZE,
): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(cases.length / size));
  return Array.from({ length: pageCount }, (_, i) => {
    const page = i + 1;
    return {
      path: pagePath(base, page),
      filter,
      page,
      pageCount,
      total: cases.length,
      cases: cases.slice(i * size, page * size),
      prevPath: page > 1 ? pagePath(base, page - 1) : null,
      nextPath: page < pageCount ? pagePath(base, page + 1) : null,
    };
  });
}

/** The values of one filter dimension, with counts; every value with cases gets a page. */
export function filterOptions(
  data: Pick<EnforcementPageData, 'cases' | 'townships'>,
  dimension: FilterDimension,
): FilterOption[] {
  const valueOf = (c: CaseView): string =>
    dimension === 'category'
      ? c.category
      : dimension === 'township'
        ? c.township
        : c.decisionDate.slice(0, 4);
  const options: { value: string; label: Bilingual }[] =
    dimension === 'category'
      ? VIOLATION_CATEGORIES.map((k) => ({ value: k.id, label: { zh: k.zh, en: k.en } }))
      : dimension === 'township'
        ? data.townships.map((t) => ({ value: t.id, label: { zh: t.zh, en: t.en } }))
        : [...new Set(data.cases.map(valueOf))]
            .sort()
            .reverse()
            .map((y) => ({ value: y, label: { zh: `${y}年`, en: y } }));
  return options.map((o) => {
    const count = data.cases.filter((c) => valueOf(c) === o.value).length;
    return { ...o, count, path: count > 0 ? filterBasePath(dimension, o.value) : null };
  });
}

/** Every list page: the main list (`/enforcement/`, `/enforcement/page/N/`) and each filter's pages. */
export function listPages(data: Pick<EnforcementPageData, 'cases' | 'townships'>): ListPage[] {
  const out = paginate('/enforcement/', data.cases, null);
  for (const dimension of FILTER_DIMENSIONS) {
    for (const o of filterOptions(data, dimension)) {
      if (o.path === null) continue;
      const matching = data.cases.filter((c) =>
        dimension === 'category'
          ? c.category === o.value
          : dimension === 'township'
            ? c.township === o.value
            : c.decisionDate.startsWith(o.value),
      );
      out.push(...paginate(o.path, matching, { dimension, value: o.value, label: o.label }));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
