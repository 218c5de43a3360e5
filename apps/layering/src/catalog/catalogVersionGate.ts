export interface CatalogVersionOptions {
  /** The catalog version is read again at most this often (ms); 0 reads it on every use. */
  recheckMs?: number;
  now?: () => number;
}

/** The catalog's current version, read at most every `recheckMs`; callers arriving together share one read. */
export type CatalogVersionGate = () => Promise<number>;

/**
 * What the caches built from the catalog (the name index, the family leaders, whole profiles) ask
 * before trusting what they hold: the catalog version every write bumps (one cheap read).
 */
export function createCatalogVersionGate(
  read: () => Promise<number>,
  options: CatalogVersionOptions = {},
): CatalogVersionGate {
  const recheckMs = options.recheckMs ?? 2_000;
  const now = options.now ?? Date.now;
  let known: number | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<number> | null = null;
  return () => {
    if (known !== null && now() - checkedAt < recheckMs) return Promise.resolve(known);
    reading ??= read()
      .then((version) => {
        known = version;
        checkedAt = now();
        return version;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  };
}

/**
 * A value built from the catalog, kept until the catalog's version changes; built on first use,
 * shared by callers arriving together, and forgotten when its build fails so the next call retries.
 */
export function createCatalogCache<T>(version: CatalogVersionGate, build: () => Promise<T>): () => Promise<T> {
  let built: { version: number; value: Promise<T> } | null = null;
  return async () => {
    const current = await version();
    if (!built || built.version !== current) {
      const entry = { version: current, value: build() };
      built = entry;
      entry.value.catch(() => {
        if (built === entry) built = null;
      });
    }
    return built.value;
  };
}
