import { brandSlug } from '@scentence/api/text';

/** The address of a brand's page, from its catalog name (`perfume.brand`, a suggestion's `name`). */
export function brandHref(brand: string): string {
  return `/brands/${encodeURIComponent(brandSlug(brand))}`;
}
