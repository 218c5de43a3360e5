import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { bottleSvgDocument } from '../../../../bottle/bottleSvg';
import { drawBottle } from '../../../../bottle/drawBottle';
import { SHARE_SIZE, ShareCard } from '../../../../bottle/ShareCard';
import { shareFonts } from '../../../../bottle/shareFonts';
import { loadPerfume } from '../../../../catalog/catalogBackend';
import { perfumeIdOf } from '../../../../catalog/pageParams';
import { toLocale } from '../../../../i18n/locale';

// The image depends on the address alone (the language is in it, not in a cookie), so caches may keep it.
const CACHE_CONTROL = 'public, max-age=86400';

/**
 * The perfume page's share preview (og:image): its bottle drawing and names as a PNG, drawn by
 * next/og with Pretendard. `?lang=en` draws it in English.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = perfumeIdOf((await params).id);
  if (id === null) return new Response('Not Found', { status: 404 });
  // An unknown perfume ends here as a 404 (loadPerfume calls notFound()).
  const loaded = await loadPerfume(id);
  if (!loaded.ok) return new Response('Service Unavailable', { status: 503, headers: { 'Retry-After': '30' } });
  const locale = toLocale(request.nextUrl.searchParams.get('lang') ?? undefined);
  try {
    const fonts = await shareFonts();
    return new ImageResponse(<ShareCard perfume={loaded.data} locale={locale} />, {
      ...SHARE_SIZE,
      fonts,
      headers: { 'Cache-Control': CACHE_CONTROL },
    });
  } catch (error) {
    // Without its font the PNG cannot be drawn; the bottle as SVG is still a picture of the perfume.
    console.error(`[web] share image of perfume ${id} drawn as SVG: ${error instanceof Error ? error.message : error}`);
    const svg = bottleSvgDocument(drawBottle(loaded.data, locale), { title: loaded.data.name });
    return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' } });
  }
}
