import type { Lang } from '../i18n/strings.ts';

/** getStaticPaths for a page that exists in both languages: `/x/` (zh) and `/en/x/` (en). */
export function bothLanguages(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { lang: undefined }, props: { lang: 'zh' } },
    { params: { lang: 'en' }, props: { lang: 'en' } },
  ];
}

/** The same, crossed with per-item params (e.g. one page per station in each language). */
export function bothLanguagesFor<P extends Record<string, string>, X>(
  items: readonly { params: P; props: X }[],
): { params: P & { lang: string | undefined }; props: X & { lang: Lang } }[] {
  return bothLanguages().flatMap((l) =>
    items.map((it) => ({
      params: { ...it.params, lang: l.params.lang },
      props: { ...it.props, lang: l.props.lang },
    })),
  );
}

/** The language's feed URL path: `/feed.xml` and `/en/feed.xml` (written by src/publish/current.ts). */
export function feedPath(lang: Lang): string {
  return lang === 'zh' ? '/feed.xml' : '/en/feed.xml';
}

/** Size and site path of a language's home Open Graph image (written by src/publish/og-image.ts). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export function ogImagePath(lang: Lang): string {
  return `/og/home-${lang}.png`;
}
