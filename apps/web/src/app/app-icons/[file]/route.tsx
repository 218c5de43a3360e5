import { appIconResponse } from '../../../seo/appIcon';
import { APP_ICON_SIZES, appIconSizeOf } from '../../../seo/appIconFiles';

export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICON_SIZES.map((size) => ({ file: `icon-${size}.png` }));
}

/** The web manifest's icons: `icon-192.png` and `icon-512.png`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const size = appIconSizeOf((await params).file);
  if (size === null) return new Response('Not Found', { status: 404 });
  return appIconResponse(size, { grounded: true });
}
