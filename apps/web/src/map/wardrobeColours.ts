import type { WardrobeState } from '@scentence/api/schemas';

/** The ring around a wardrobe perfume on the map, by its state; each reads at 3:1 on the map's background. */
export const WARDROBE_STATE_COLOURS: Record<WardrobeState, string> = {
  have: '#7a3f5e',
  wish: '#1f6fb2',
  had: '#6b615a',
};

export const TASTE_CENTRE_COLOUR = '#c0392b';
