import { operationDocs, publicProcedure } from '@scentence/api';
import { BRAND_PROFILE_ACCORDS, brandPageInputSchema, brandPageSchema } from '@scentence/api/schemas';
import { brandSlug } from '@scentence/api/text';
import { BRAND_COUNTRIES } from '@scentence/api/vocabulary';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError } from '@trpc/server';
import { CATALOG_CACHE } from './catalogCache';

const docs = operationDocs('brands');

/** A house: its names, where it comes from, its accord profile and its perfumes. */
export function brandPageProcedure(perfumes: PerfumeRepository) {
  return publicProcedure
    .meta(
      docs.get('/brands/{slug}', 'A brand and its perfumes', {
        description:
          'A brand (house) by its slug, its folded name with hyphens (`le-labo`, `maison-francis-kurkdjian`): its Korean and English names, its country when known, how many perfumes it has, its accord profile (the share of its perfumes carrying each accord) and a page of its perfumes in the order asked.',
        errors: { 404: 'No brand has this slug (`NOT_FOUND`).' },
        cache: CATALOG_CACHE,
      }),
    )
    .input(brandPageInputSchema)
    .output(brandPageSchema)
    .query(async ({ input }) => {
      const brand = await perfumes.findBrandBySlug(input.slug);
      if (!brand) throw new TRPCError({ code: 'NOT_FOUND', message: `No brand "${input.slug}"` });
      const slug = brandSlug(brand.name);
      const [accords, list] = await Promise.all([
        perfumes.brandAccordProfile(brand, BRAND_PROFILE_ACCORDS),
        perfumes.perfumesOfBrand(brand, input.sort, input.limit, input.cursor),
      ]);
      return {
        brand: {
          slug,
          name: brand.name,
          nameKo: brand.nameKo,
          country: BRAND_COUNTRIES[slug] ?? null,
          perfumes: brand.perfumes,
        },
        accords,
        perfumes: list,
      };
    });
}
