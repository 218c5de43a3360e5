/** What the name matcher needs to know of a catalog perfume; callers pass their own rows. */
export interface PerfumeCandidate {
  id: number | string;
  brand: string;
  brandKo?: string | null;
  name: string;
  nameKo?: string | null;
  /** Higher is better known; breaks ties between equally good matches ("Sauvage" of Dior before a namesake). */
  popularity?: number | null;
}
