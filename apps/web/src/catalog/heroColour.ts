import type { CSSProperties } from 'react';

/** Tints a catalog page's header with an accord colour (catalog.css reads --hero-colour). */
export function heroColour(colour: string): CSSProperties {
  // React's style type has no entry for custom properties; the name is ours and fixed.
  return { '--hero-colour': colour } as CSSProperties;
}
