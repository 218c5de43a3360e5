import type { MetadataRoute } from 'next';
import { DEFAULT_LOCALE, dictionaryOf } from '../i18n/locale';
import { APP_ICON_SIZES, appIconPath } from '../seo/appIconFiles';
import { THEME_COLOUR } from '../seo/theme';

/** The web app manifest, in Korean (the site's default language). */
export default function manifest(): MetadataRoute.Manifest {
  const t = dictionaryOf(DEFAULT_LOCALE);
  return {
    name: t.site.name,
    short_name: t.site.shortName,
    description: t.meta.description,
    lang: DEFAULT_LOCALE,
    start_url: '/',
    display: 'standalone',
    background_color: THEME_COLOUR,
    theme_color: THEME_COLOUR,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ...APP_ICON_SIZES.map((size) => ({
        src: appIconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any' as const,
      })),
      ...APP_ICON_SIZES.map((size) => ({
        src: appIconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'maskable' as const,
      })),
    ],
  };
}
