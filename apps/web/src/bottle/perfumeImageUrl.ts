/** A perfume's own picture only from the web or our own origin; anything else is not an image to load. */
export function perfumeImageUrlOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^https?:\/\/[^\s/]/i.test(trimmed) || /^\/(?!\/)/.test(trimmed)) return trimmed;
  return null;
}
