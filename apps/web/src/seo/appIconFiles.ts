/** The PNG sizes the web manifest lists: what Android and Chrome ask of an installable site. */
export const APP_ICON_SIZES = [192, 512] as const;

/** `icon-192.png` → 192; null for any other name. */
export function appIconSizeOf(file: string): number | null {
  return APP_ICON_SIZES.find((size) => file === `icon-${size}.png`) ?? null;
}

export function appIconPath(size: number): string {
  return `/app-icons/icon-${size}.png`;
}
