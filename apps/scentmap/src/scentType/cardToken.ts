import { createHmac, timingSafeEqual } from 'node:crypto';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import { z } from 'zod';
import type { ScentTypeReading } from './scentType';

/** What a card's id carries: the reading, the perfume to try next and the date; nobody's identity. */
export interface CardContent {
  reading: ScentTypeReading;
  tryNextId: number | null;
  createdAt: Date;
}

const VERSION = 1;
const BASES = ['none', 'explored', 'wardrobe', 'both'] as const;
const SIGNATURE_BYTES = 16;

const wireSchema = z.tuple([
  z.literal(VERSION),
  z
    .array(
      z.tuple([
        z
          .number()
          .int()
          .min(0)
          .max(ACCORD_KEYS.length - 1),
        z.number().min(0).max(100),
      ]),
    )
    .max(3),
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int().min(0),
  z
    .number()
    .int()
    .min(0)
    .max(BASES.length - 1),
  z.number().int().min(0),
]);

/**
 * Card ids: the card's content as compact JSON in base64url, then a truncated HMAC-SHA256 of it
 * under a key derived from the service secret, so an id cannot be forged or altered, and the
 * share page needs no stored row.
 */
export function createCardTokens(secret: string) {
  const key = createHmac('sha256', secret).update('scentence:scent-type-card').digest();
  const sign = (body: string) => createHmac('sha256', key).update(body).digest().subarray(0, SIGNATURE_BYTES);

  return {
    encode(content: CardContent): string {
      const wire: z.infer<typeof wireSchema> = [
        VERSION,
        content.reading.accords.map((accord) => [ACCORD_KEYS.indexOf(accord.key), accord.weight]),
        content.tryNextId ?? 0,
        content.reading.counts.explored,
        content.reading.counts.owned,
        BASES.indexOf(content.reading.basis),
        Math.floor(content.createdAt.getTime() / 1000),
      ];
      const body = Buffer.from(JSON.stringify(wire)).toString('base64url');
      return `${body}.${sign(body).toString('base64url')}`;
    },

    /** The content of a genuine id, or null for anything else. */
    decode(id: string): CardContent | null {
      const [body, signature, extra] = id.split('.');
      if (!body || !signature || extra !== undefined) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      const wire = wireSchema.safeParse(parsed);
      if (!wire.success) return null;
      const [, accords, tryNextId, explored, owned, basis, seconds] = wire.data;
      return {
        reading: {
          basis: BASES[basis] ?? 'none',
          accords: accords.map(([index, weight]) => ({ key: ACCORD_KEYS[index] ?? 'woody', weight })),
          counts: { explored, owned },
        },
        tryNextId: tryNextId === 0 ? null : tryNextId,
        createdAt: new Date(seconds * 1000),
      };
    },
  };
}

export type CardTokens = ReturnType<typeof createCardTokens>;
