import { randomUUID } from 'node:crypto';
import { createCallerFactory, toErrorBody } from '@scentence/api';
import { createPerfumeRepository, type PerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { TRPCError } from '@trpc/server';
import { createBackendRouter } from '../../src/router';
import { wardrobeDependenciesOf } from '../../src/wardrobe/wardrobeDependencies';

/** A shipped perfume's id by its brand and name. */
async function shippedPerfumeId(perfumes: PerfumeRepository, brand: string, name: string): Promise<number> {
  const found = (await perfumes.perfumesNamed([name])).find((perfume) => perfume.brand === brand);
  if (!found) throw new Error(`${brand} ${name} is not in the shipped catalog`);
  return found.id;
}

/** The ids of the shipped perfumes the wardrobe tests name. */
export async function shippedPerfumeIds(perfumes: PerfumeRepository) {
  return {
    santal: await shippedPerfumeId(perfumes, 'Le Labo', 'Santal 33'),
    another13: await shippedPerfumeId(perfumes, 'Le Labo', 'Another 13'),
    sauvage: await shippedPerfumeId(perfumes, 'Dior', 'Sauvage'),
    bleu: await shippedPerfumeId(perfumes, 'Chanel', 'Bleu de Chanel'),
  };
}

/**
 * A backend router over fresh perfume (shipped catalog) and recom databases, with callers for any
 * number of members; a member is only a token's id to the wardrobe.
 */
export async function createWardrobeFixture() {
  const databases: TestDatabases = await createTestDatabases(['perfume', 'recom']);
  await seedShippedCatalog(databases.get('perfume'));
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const wardrobe = wardrobeDependenciesOf(databases, perfumes);
  if (!wardrobe) throw new Error('recom_db is open');
  const router = createBackendRouter({ perfumes, wardrobe });
  const createCaller = createCallerFactory(router);

  const fixture = {
    databases,
    perfumes,
    wardrobe,
    router,
    /** Santal 33, Another 13, Sauvage and Bleu de Chanel by id. */
    shipped: await shippedPerfumeIds(perfumes),
    anonymous: createCaller({ caller: null }),
    as: (memberId: string) => createCaller({ caller: { memberId, role: 'member' } }),
    /** A new member's caller and id (the wardrobe knows members only by the token's id). */
    member() {
      const id = randomUUID();
      return { id, calls: fixture.as(id).wardrobe };
    },
    close: () => databases.close(),
  };
  return fixture;
}

export type WardrobeFixture = Awaited<ReturnType<typeof createWardrobeFixture>>;

/** The error body a failed call answers with (as REST and tRPC send it). */
export async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return toErrorBody(error);
    throw error;
  }
  throw new Error('expected the call to be refused');
}
