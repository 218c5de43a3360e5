/**
 * The root box of a picture drawn by satori (next/og: share previews, app icons): the whole
 * image, laying its children out with flexbox, the only layout satori draws.
 */
export const IMAGE_FRAME = { width: '100%', height: '100%', display: 'flex' } as const;
