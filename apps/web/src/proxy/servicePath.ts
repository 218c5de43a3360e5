import 'server-only';

// RFC 3986 allows these in a path segment unescaped; tRPC batching relies on the comma.
const SEGMENT_SAFE = /%(2C|3A|40|21|24|26|27|28|29|2A|2B|3B|3D)/gi;

/**
 * Re-encodes a catch-all route's decoded segments for the service URL, or null when a segment
 * would climb out of the proxied prefix ("." / "..").
 */
export function encodeServicePath(segments: readonly string[] | undefined): string | null {
  const parts = segments ?? [];
  if (parts.some((part) => part === '.' || part === '..')) return null;
  return parts.map((part) => encodeURIComponent(part).replace(SEGMENT_SAFE, decodeURIComponent)).join('/');
}
