import { type BrandPerfumeSort, brandPerfumeSortSchema } from '@scentence/api/schemas';

/** `?sort=newest` on a brand page; anything else lists the most popular first. */
export function brandSortOf(value: string | string[] | undefined): BrandPerfumeSort {
  const sort = brandPerfumeSortSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return sort.success ? sort.data : 'popularity';
}

/** A brand page's query string: the order when not the default, and where the list starts. */
export function brandQuery(sort: BrandPerfumeSort, from = 0): string {
  const params = new URLSearchParams();
  if (sort !== 'popularity') params.set('sort', sort);
  if (from > 0) params.set('from', String(from));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A country code in the reader's language ("FR" → "프랑스"), or the code when the runtime has no name for it. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
