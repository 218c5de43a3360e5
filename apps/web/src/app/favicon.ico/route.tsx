import { appIconResponse, icoOfPng } from '../../seo/appIcon';

const FAVICON_SIZE = 32;

/** /favicon.ico, which browsers and tools ask for on their own; pages link icon.svg. */
export async function GET(): Promise<Response> {
  const png = new Uint8Array(await appIconResponse(FAVICON_SIZE, { grounded: false }).arrayBuffer());
  return new Response(icoOfPng(png, FAVICON_SIZE), {
    headers: { 'Content-Type': 'image/x-icon', 'Cache-Control': 'public, max-age=86400' },
  });
}
