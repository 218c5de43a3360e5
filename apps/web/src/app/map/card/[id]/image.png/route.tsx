import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { SHARE_SIZE } from '../../../../../bottle/ShareCard';
import { shareFonts } from '../../../../../bottle/shareFonts';
import { toLocale } from '../../../../../i18n/locale';
import { ScentTypeShareImage } from '../../../../../map/ScentTypeShareImage';
import { loadScentTypeCard } from '../../../../../map/scentmapServer';

// A card's id carries its whole content, so the image of an address never changes.
const CACHE_CONTROL = 'public, max-age=604800, immutable';

/**
 * A scent type card as a PNG, drawn by next/og with Pretendard: the download on the map page and
 * the share page's preview (og:image). `?lang=en` draws it in English.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  // A card id that is cut short or altered ends here as a 404 (loadScentTypeCard calls notFound()).
  const loaded = await loadScentTypeCard((await params).id);
  if (!loaded.ok) return new Response('Service Unavailable', { status: 503, headers: { 'Retry-After': '30' } });
  const locale = toLocale(request.nextUrl.searchParams.get('lang') ?? undefined);
  try {
    return new ImageResponse(<ScentTypeShareImage card={loaded.data} locale={locale} />, {
      ...SHARE_SIZE,
      fonts: await shareFonts(),
      headers: { 'Cache-Control': CACHE_CONTROL },
    });
  } catch (error) {
    console.error(`[web] scent type card image failed: ${error instanceof Error ? error.message : error}`);
    return new Response('Service Unavailable', { status: 503, headers: { 'Retry-After': '30' } });
  }
}
