import { z } from 'zod';
import { commaList, integerParam } from './common';
import type { MessageTable } from './messageTemplate';
import {
  BRAND_NAME_MAX_LENGTH,
  perfumeIdField,
  perfumeIdParam,
  perfumeNoteSchema,
  perfumeSummarySchema,
  RELEASE_YEAR_MAX,
  RELEASE_YEAR_MIN,
} from './perfume';
import { textInput } from './textInput';
import { accordKeySchema, genderKeySchema, occasionKeySchema, seasonKeySchema } from './vocabulary';
import { localizedTextSchema, preferenceSchema, wardrobeStateSchema } from './wardrobe';

// ---------------------------------------------------------------------------------------------
// The scent map (향수 지도), served by the scentmap service (port 8001; through the web app at
// /api/trpc/scentmap/* and REST /api/scentmap/*). Every perfume of the catalog has a place on two
// layouts computed ahead by a job (never at request time):
//
// - `similarity`: perfumes that smell alike sit together (a seeded PaCMAP projection of each
//   perfume's accord and note vector);
// - `wheel`: the fragrance wheel, explainable: the angle is the family in the wheel's order
//   fresh → floral → amber → woody, the radius goes from fresh (centre) to rich (rim).
//
// Coordinates are normalised to [-1, 1] on both axes (regl-scatterplot's space), rounded to 4
// decimals. The public GETs are cacheable by the map's version: REST answers carry `ETag` and
// `Cache-Control`, and `If-None-Match` with the current ETag answers 304 with no body.
// ---------------------------------------------------------------------------------------------

export const MAP_LAYOUT_KINDS = ['similarity', 'wheel'] as const;
export const mapLayoutKindSchema = z.enum(MAP_LAYOUT_KINDS);
export type MapLayoutKind = z.infer<typeof mapLayoutKindSchema>;

/** The layout a position is asked on; `similarity` by default. */
export const mapLayoutInputSchema = z.object({ layout: mapLayoutKindSchema.default('similarity') });

/** The scentmap service's messages: Korean text with its key in the error body; clients translate from the key. */
export const SCENTMAP_MESSAGES = {
  mapNotReady: {
    ko: '향수 지도를 준비하고 있어요. 잠시 후 다시 열어 주세요',
    en: 'The scent map is being prepared. Please open it again shortly',
  },
  mapPointNotFound: { ko: '지도에 없는 향수예요 (id {id})', en: 'No perfume on the map has the id {id}' },
  mapWardrobeUnavailable: {
    ko: '지금은 향수옷장을 지도에 올릴 수 없어요. 잠시 후 다시 시도해 주세요',
    en: 'Your wardrobe cannot be shown on the map right now. Please try again shortly',
  },
  scentTypeNotFound: {
    ko: '향 유형 카드를 찾을 수 없어요. 링크가 잘렸거나 바뀌었을 수 있어요',
    en: 'This scent type card cannot be found: the link may be cut short or changed',
  },
} as const satisfies MessageTable;

export type ScentmapMessageKey = keyof typeof SCENTMAP_MESSAGES;

const isoDateTime = z.iso.datetime();

/** Which layout the map serves and when it was computed, beside the catalog's own version. */
export const mapVersionFields = {
  /** The catalog version the layout was computed from. */
  catalogVersion: z.number().int(),
  /** When the job computed it (ISO 8601): "지도 계산 시각". */
  computedAt: isoDateTime,
};

// ---------------------------------------------------------------------------------------------
// `map.status` (GET /map/status): is there a map, is it current, is a new one being computed.
// ---------------------------------------------------------------------------------------------

export const mapStatusSchema = z.object({
  /** False until the first layout is stored (a fresh install's first minute). */
  ready: z.boolean(),
  /** The catalog's version now. */
  catalogVersion: z.number().int(),
  /** The layout being served: its catalog version and when it was computed; null before the first. */
  layout: z.object(mapVersionFields).extend({ points: z.number().int() }).nullable(),
  /** A new layout is being computed; the one above keeps serving meanwhile. */
  computing: z.boolean(),
});
export type MapStatus = z.infer<typeof mapStatusSchema>;

// ---------------------------------------------------------------------------------------------
// `map.points` (GET /map/points): every perfume in columns, both layouts at once.
//
// Column i of every array is the perfume `ids[i]` (ids ascending). Codes index the
// `dictionaries`; masks set bit k for entry k of a dictionary (`mask & (1 << k)`). Draw with
// `scatterplot.draw({ x: layouts.similarity.x, y: layouts.similarity.y, z: layouts.similarity.cluster })`
// and colour by cluster with `clusters[k].color` (`map.clusters`), or by `dominantAccord` with
// the accord colours of `vocabulary.get`. Both layouts list the points in the same order, so
// switching is a transition between two point sets of one length. Names and details come on
// demand: `perfume.lookup` (GET /perfumes/lookup?ids=…, up to 100 ids) or `map.point`.
// ---------------------------------------------------------------------------------------------

export const mapLayoutColumnsSchema = z.object({
  /** Normalised to [-1, 1]. */
  x: z.array(z.number()),
  y: z.array(z.number()),
  /** Index into that layout's `clusters` (`map.clusters`). */
  cluster: z.array(z.number().int()),
});
export type MapLayoutColumns = z.infer<typeof mapLayoutColumnsSchema>;

export const mapBrandEntrySchema = z.object({
  /** The brand's address and filter key (`brandSlug`), e.g. `comme-des-garcons`. */
  slug: z.string(),
  name: z.string(),
  nameKo: z.string().nullable(),
});

export const mapDictionariesSchema = z.object({
  /** Accord keys in the vocabulary's order: `dominantAccord` and `accordMask` index them. */
  accords: z.array(accordKeySchema),
  genders: z.array(genderKeySchema),
  seasons: z.array(seasonKeySchema),
  occasions: z.array(occasionKeySchema),
  /** `brand` indexes this list (most perfumes first). */
  brands: z.array(mapBrandEntrySchema),
});
export type MapDictionaries = z.infer<typeof mapDictionariesSchema>;

export const mapPointsSchema = z.object({
  ...mapVersionFields,
  count: z.number().int(),
  ids: z.array(z.number().int()),
  layouts: z.object({ similarity: mapLayoutColumnsSchema, wheel: mapLayoutColumnsSchema }),
  /** The strongest accord (index into `dictionaries.accords`), −1 when the perfume has none. */
  dominantAccord: z.array(z.number().int()),
  /** Accords present (strength ≥ 30, the search filters' threshold), one bit per accord. */
  accordMask: z.array(z.number().int()),
  /** Index into `dictionaries.genders`. */
  gender: z.array(z.number().int()),
  /** Seasons it fits (share ≥ 50, as the search's season filter), one bit per season. */
  seasonMask: z.array(z.number().int()),
  /** Occasions it fits (share ≥ 50), one bit per occasion. */
  occasionMask: z.array(z.number().int()),
  /** Release year, 0 when unknown. */
  year: z.array(z.number().int()),
  /** Index into `dictionaries.brands`. */
  brand: z.array(z.number().int()),
  /** Popularity as a percentile 0–100 within the catalog (point size, label priority). */
  popularity: z.array(z.number().int()),
  dictionaries: mapDictionariesSchema,
});
export type MapPoints = z.infer<typeof mapPointsSchema>;

// ---------------------------------------------------------------------------------------------
// Clusters (`map.clusters`, GET /map/clusters?layout=…): labelled regions of one layout.
// ---------------------------------------------------------------------------------------------

export const mapNoteRefSchema = perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true });

export const mapClusterSchema = z.object({
  /** The value of `cluster` in the points' columns. */
  index: z.number().int(),
  /** Index into `groups`: the coarse region it belongs to (labels of groups show when zoomed out). */
  group: z.number().int(),
  /** From its dominant accords and notes, e.g. { ko: '우디 · 앰버', en: 'Woody · Amber' }. */
  label: localizedTextSchema,
  /** Its leading accords, strongest first (up to 3). */
  accords: z.array(accordKeySchema),
  /** Its most frequent notes (up to 3). */
  notes: z.array(mapNoteRefSchema),
  /** The colour of its dominant accord (hex). */
  color: z.string(),
  /** Where to put the label: the centre of its points, normalised like the points. */
  x: z.number(),
  y: z.number(),
  /** The spread of its points around the centre (root mean square distance). */
  radius: z.number(),
  /** How many perfumes it holds. */
  size: z.number().int(),
});
export type MapCluster = z.infer<typeof mapClusterSchema>;

export const mapClusterGroupSchema = mapClusterSchema.omit({ index: true, group: true });
export type MapClusterGroup = z.infer<typeof mapClusterGroupSchema>;

export const mapClustersSchema = z.object({
  ...mapVersionFields,
  layout: mapLayoutKindSchema,
  /** Coarse regions (a handful), largest first in no particular order of index. */
  groups: z.array(mapClusterGroupSchema),
  /** Fine clusters: `clusters[k]` is cluster k of the points' `cluster` column. */
  clusters: z.array(mapClusterSchema),
});
export type MapClusters = z.infer<typeof mapClustersSchema>;

// ---------------------------------------------------------------------------------------------
// One point (`map.point`, GET /map/points/{id}) and its neighbours.
// ---------------------------------------------------------------------------------------------

export const mapPositionSchema = z.object({
  x: z.number(),
  y: z.number(),
  cluster: z.number().int(),
});
export type MapPosition = z.infer<typeof mapPositionSchema>;

export const mapPointInputSchema = mapLayoutInputSchema.extend({ id: perfumeIdParam });

export const mapPointSchema = z.object({
  perfume: perfumeSummarySchema,
  layout: mapLayoutKindSchema,
  position: mapPositionSchema,
  /** The label of its cluster on that layout. */
  clusterLabel: localizedTextSchema,
});
export type MapPoint = z.infer<typeof mapPointSchema>;

export const MAP_NEIGHBOURS_MAX = 30;

export const mapNeighboursInputSchema = mapPointInputSchema.extend({
  limit: integerParam(1, MAP_NEIGHBOURS_MAX).prefault(10),
});

export const mapNeighbourSchema = z.object({
  perfume: perfumeSummarySchema,
  position: mapPositionSchema,
  /** Cosine similarity of the two perfumes' embeddings, 0..1. */
  similarity: z.number(),
  /** Accords both carry (strength ≥ 30 in each), strongest first. */
  sharedAccords: z.array(accordKeySchema),
});

export const mapNeighboursSchema = z.object({
  layout: mapLayoutKindSchema,
  /** The perfume asked about, where it is. */
  perfume: perfumeSummarySchema,
  position: mapPositionSchema,
  /** Most similar first. */
  items: z.array(mapNeighbourSchema),
});
export type MapNeighbours = z.infer<typeof mapNeighboursSchema>;

// ---------------------------------------------------------------------------------------------
// Filter options with counts (`map.filters`, GET /map/filters): facet counts. Each option's
// count is how many perfumes match every *other* selected filter plus that option, so the panel
// shows what picking it would leave. The page filters the points itself from their columns.
// ---------------------------------------------------------------------------------------------

const mapYearSchema = integerParam(RELEASE_YEAR_MIN, RELEASE_YEAR_MAX);

export const mapFilterInputSchema = z
  .object({
    /** Accords that must be present (strength ≥ 30). */
    accords: commaList(accordKeySchema).optional(),
    /** `all`: every listed accord; `any`: at least one. */
    accordMode: z.enum(['all', 'any']).default('all'),
    gender: genderKeySchema.optional(),
    season: seasonKeySchema.optional(),
    occasion: occasionKeySchema.optional(),
    /** A brand slug as in `dictionaries.brands`. */
    brand: textInput(BRAND_NAME_MAX_LENGTH, { required: true }).optional(),
    yearFrom: mapYearSchema.optional(),
    yearTo: mapYearSchema.optional(),
  })
  .refine((input) => input.yearFrom === undefined || input.yearTo === undefined || input.yearFrom <= input.yearTo, {
    path: ['yearTo'],
    message: 'must not be before yearFrom',
  });
export type MapFilterInput = z.input<typeof mapFilterInputSchema>;
export type MapFilter = z.output<typeof mapFilterInputSchema>;

const keyCount = <K extends z.ZodType<string>>(key: K) => z.object({ key, count: z.number().int() });

export const mapFilterOptionsSchema = z.object({
  ...mapVersionFields,
  /** Perfumes on the map. */
  total: z.number().int(),
  /** Perfumes matching every selected filter. */
  matching: z.number().int(),
  /** Every accord in the vocabulary's order. */
  accords: z.array(keyCount(accordKeySchema)),
  genders: z.array(keyCount(genderKeySchema)),
  seasons: z.array(keyCount(seasonKeySchema)),
  occasions: z.array(keyCount(occasionKeySchema)),
  /** Brands with at least one match, most matches first (ties by name). */
  brands: z.array(mapBrandEntrySchema.extend({ count: z.number().int() })),
  years: z.object({
    /** The earliest and latest known release year on the map (null when none is known). */
    min: z.number().int().nullable(),
    max: z.number().int().nullable(),
    /** Matches per decade (`from`: 1990 for the 1990s), oldest first. */
    decades: z.array(z.object({ from: z.number().int(), count: z.number().int() })),
    /** Matches with no known year (left out by a year filter). */
    unknown: z.number().int(),
  }),
});
export type MapFilterOptions = z.infer<typeof mapFilterOptionsSchema>;

// ---------------------------------------------------------------------------------------------
// Search: where is a perfume (`map.search`, GET /map/search?q=…). Korean or English names.
// ---------------------------------------------------------------------------------------------

export const MAP_SEARCH_TEXT_MAX_LENGTH = 100;
export const MAP_SEARCH_LIMIT_MAX = 20;

export const mapSearchInputSchema = mapLayoutInputSchema.extend({
  q: textInput(MAP_SEARCH_TEXT_MAX_LENGTH, { required: true }),
  limit: integerParam(1, MAP_SEARCH_LIMIT_MAX).prefault(8),
});

export const mapSearchHitSchema = z.object({
  perfume: perfumeSummarySchema,
  position: mapPositionSchema,
});

export const mapSearchSchema = z.object({
  layout: mapLayoutKindSchema,
  /** Best match first; fly to `items[0].position`. */
  items: z.array(mapSearchHitSchema),
});
export type MapSearch = z.infer<typeof mapSearchSchema>;

// ---------------------------------------------------------------------------------------------
// "My wardrobe on the map" (`map.wardrobe`, GET /map/wardrobe; protected): only the signed-in
// member's own wardrobe, never another's. With "use my wardrobe" switched off nothing personal
// is shown: `enabled` is false and the lists are empty.
// ---------------------------------------------------------------------------------------------

export const mapWardrobeItemSchema = z.object({
  perfumeId: z.number().int(),
  state: wardrobeStateSchema,
  preference: preferenceSchema,
  position: mapPositionSchema,
});

export const mapWardrobeSchema = z.object({
  layout: mapLayoutKindSchema,
  enabled: z.boolean(),
  /** Newest first; perfumes no longer on the map are left out. */
  items: z.array(mapWardrobeItemSchema),
  /**
   * The centre of the member's taste on this layout: the liked perfumes' positions weighted as
   * the taste profile weighs them (preference × state, the newest more). Null with nothing liked.
   */
  centre: z.object({ x: z.number(), y: z.number() }).nullable(),
  /** The taste's leading accords, strongest first (up to 3). */
  leadingAccords: z.array(accordKeySchema),
});
export type MapWardrobe = z.infer<typeof mapWardrobeSchema>;

// ---------------------------------------------------------------------------------------------
// The scent type card (향 유형 카드). `scentType.create` (POST /map/scent-type) reads what was
// explored on the map (the perfume ids the page sends; guests too) and, for a signed-in member
// with "use my wardrobe" on, what they own and like. The card's `id` is a URL-safe signed token
// carrying the card's data (nobody else's data, nothing stored): `scentType.get` (GET
// /map/scent-type/{id}) shows it again, for the share page /map/card/[id] and its preview image.
// ---------------------------------------------------------------------------------------------

/** At most this many explored perfumes count (the most recent the page sends). */
export const SCENT_TYPE_EXPLORED_MAX = 300;
/** A card's id is at most this long. */
export const SCENT_TYPE_ID_MAX_LENGTH = 200;

export const scentTypeCreateInputSchema = z.object({
  /** Perfumes opened, hovered long enough or searched on the map, most recent last. */
  explored: z.array(perfumeIdField).max(SCENT_TYPE_EXPLORED_MAX).default([]),
});
export type ScentTypeCreateInput = z.input<typeof scentTypeCreateInputSchema>;

export const scentTypeIdInputSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(SCENT_TYPE_ID_MAX_LENGTH)
    .regex(/^[\w-]+(\.[\w-]+)?$/, 'must be a scent type card id'),
});

/** The personas' families: each accord belongs to one (see `SCENT_FAMILY_OF_ACCORD` in the service). */
export const SCENT_FAMILIES = ['citrus', 'fresh', 'floral', 'soft', 'sweet', 'amber', 'woody'] as const;
export const scentFamilySchema = z.enum(SCENT_FAMILIES);
export type ScentFamily = z.infer<typeof scentFamilySchema>;

export const scentPersonaSchema = z.object({
  /** The two leading families, e.g. `floral-woody` (one family twice: `woody-woody`); `explorer` before anything is known. */
  key: z.string(),
  /** The two families the key names (empty for `explorer`). */
  families: z.array(scentFamilySchema).max(2),
  name: localizedTextSchema,
  portrait: localizedTextSchema,
});
export type ScentPersona = z.infer<typeof scentPersonaSchema>;

export const scentTypeCardSchema = z.object({
  /** The share id: /map/card/{id}. */
  id: z.string(),
  /** `explored`: from the map alone; `wardrobe`: from the wardrobe alone; `both`; `none`: nothing to read yet. */
  basis: z.enum(['explored', 'wardrobe', 'both', 'none']),
  /** Leading accords with their weight (the first is 100), strongest first, up to 3. */
  accords: z.array(z.object({ key: accordKeySchema, weight: z.number().min(0).max(100) })),
  /** The leading accords' colours, in the same order (for the card's gradient). */
  colors: z.array(z.string()),
  persona: scentPersonaSchema,
  /** A perfume to try next, neither explored nor owned, closest to the type; null when none is found. */
  tryNext: z
    .object({
      perfume: perfumeSummarySchema,
      reason: localizedTextSchema,
    })
    .nullable(),
  counts: z.object({ explored: z.number().int(), owned: z.number().int() }),
  createdAt: isoDateTime,
});
export type ScentTypeCard = z.infer<typeof scentTypeCardSchema>;
