import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCallerFactory } from '@scentence/api';
import type { ChatMessage, ChatSendInput, PerfumeDetail } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import { createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { brandIdentityKey } from '@scentence/domain/names';
import { createLayeringService } from '@scentence/layering';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OpenAiChatSettings } from '../../src/chat/openai/openaiSettings';
import { DEFAULT_MEMBER_LIMITS, DEFAULT_MEMBER_SETTINGS } from '../../src/member/shared/memberSettings';
import { createBackendService } from '../../src/service';

export const AUTH_SECRET = 'chat-test-secret-that-is-long-enough!!';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A port nothing listens on: the layering service "down". */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ChatFixtureOptions {
  /** false: the layering service is down (its URL answers nothing). */
  layering?: boolean;
  /** Where the chat reaches the layering service instead of the real one (a fake that fails). */
  layeringUrl?: string;
  guestMessagesPerDay?: number;
  guestSessionsPerDay?: number;
  /** A member's messages per sliding hour (default 1000: no other test reaches it). */
  memberMessagesPerHour?: number;
  openai?: OpenAiChatSettings;
}

/**
 * The backend over fresh perfume, recom and member databases with the shipped catalog, the real
 * layering service on its own port (the chat reaches it through its typed client), callers for
 * members and guests, and the catalog's perfumes as the perfume pages show them.
 */
export async function createChatFixture(options: ChatFixtureOptions = {}) {
  const databases: TestDatabases = await createTestDatabases(['perfume', 'recom', 'member']);
  await seedShippedCatalog(databases.get('perfume'));
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const chatLog: string[] = [];
  const layering =
    options.layering === false || options.layeringUrl
      ? null
      : createLayeringService(databases, { authSecret: AUTH_SECRET, corsOrigins: [] });
  const layeringPort = layering ? await layering.host.listen(0, '127.0.0.1') : await closedPort();
  const service = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    layeringUrl: options.layeringUrl ?? `http://127.0.0.1:${layeringPort}`,
    ...(options.openai && { openai: options.openai }),
    chatLog: (line) => chatLog.push(line),
    member: {
      ...DEFAULT_MEMBER_SETTINGS,
      limits: {
        ...DEFAULT_MEMBER_LIMITS,
        chatGuestMessages: { limit: options.guestMessagesPerDay ?? 1000, windowMs: DAY_MS },
        chatGuestSessions: { limit: options.guestSessionsPerDay ?? 1000, windowMs: DAY_MS },
        chatMemberMessages: { limit: options.memberMessagesPerHour ?? 1000, windowMs: HOUR_MS },
      },
    },
  });
  const createCaller = createCallerFactory(service.router);
  const names = await perfumes.catalogNames();
  const details = new Map<number, PerfumeDetail>();

  const fixture = {
    databases,
    perfumes,
    service,
    /** The chat's line per turn, in order. */
    chatLog,
    anonymous: () => createCaller({ caller: null }),
    member(memberId: string = randomUUID()) {
      return { memberId, caller: createCaller({ caller: { memberId, role: 'member' } }) };
    },
    /** A shipped perfume's id by its house and name. */
    id(brand: string, name: string): number {
      const row = names.find((entry) => entry.brand === brand && entry.name === name);
      if (!row) throw new Error(`not in the shipped catalog: ${brand} / ${name}`);
      return row.id;
    },
    /** The perfume as its page shows it: what a person checks a recommendation against. */
    async detail(id: number): Promise<PerfumeDetail> {
      const cached = details.get(id);
      if (cached) return cached;
      const found = await perfumes.findById(id);
      if (!found) throw new Error(`perfume ${id} is not in the catalog`);
      details.set(id, found);
      return found;
    },
    async close() {
      await service.host.close();
      await layering?.host.close();
      await databases.close();
    },
  };
  return fixture;
}

export type ChatFixture = Awaited<ReturnType<typeof createChatFixture>>;

/** A fixture shared by a test file's tests: created before them (the catalog takes a while), closed after. */
export function useChatFixture(options: ChatFixtureOptions = {}): () => ChatFixture {
  let fixture: ChatFixture | undefined;
  beforeAll(async () => {
    fixture = await createChatFixture(options);
  }, 120_000);
  afterAll(async () => {
    await fixture?.close();
  });
  return () => {
    if (!fixture) throw new Error('the chat fixture is not ready');
    return fixture;
  };
}
type Caller = ReturnType<ChatFixture['anonymous']>;

/**
 * One conversation in one thread: every answer's recommended perfumes are remembered, and a
 * perfume recommended twice in the thread fails the test.
 */
export class Conversation {
  threadId: string | undefined;
  readonly recommended: number[] = [];
  readonly answers: ChatMessage[] = [];

  constructor(
    private readonly caller: Caller,
    private readonly extra: Partial<ChatSendInput> = {},
  ) {}

  async say(text: string, extra: Partial<ChatSendInput> = {}): Promise<ChatMessage> {
    const result = await this.caller.chat.send({
      ...this.extra,
      ...extra,
      text,
      ...(this.threadId && { threadId: this.threadId }),
    });
    this.threadId = result.thread.id;
    const answer = result.answer;
    if (answer.kind === 'recommendation') {
      for (const card of answer.cards) {
        expect(this.recommended, `${card.perfume.name} was recommended twice in the thread`).not.toContain(
          card.perfume.id,
        );
        this.recommended.push(card.perfume.id);
      }
    }
    this.answers.push(answer);
    return answer;
  }

  /** The ids of the last answer's cards, in order. */
  get lastCards(): number[] {
    return this.answers.at(-1)?.cards.map((card) => card.perfume.id) ?? [];
  }
}

/** What a person asked for, to check each recommended perfume against its page. */
export interface Asked {
  gender?: GenderKey;
  season?: SeasonKey;
  occasion?: OccasionKey;
  /** Every one of these accords (strength 30 or more, as the filters count them). */
  accords?: AccordKey[];
  /** At least one of these (what a mood word stands for). */
  anyAccord?: AccordKey[];
  noAccords?: AccordKey[];
  /** Note slugs, every one. */
  notes?: string[];
  noNotes?: string[];
  /** Houses as named ("Dior"). */
  brands?: string[];
  noBrands?: string[];
  notIds?: number[];
  count?: number;
}

const KIND_OF: Partial<Record<keyof Asked, string>> = {
  gender: 'gender',
  season: 'season',
  occasion: 'occasion',
  accords: 'accords',
  anyAccord: 'moods',
  notes: 'notes',
  brands: 'brands',
};

/**
 * Checks every recommended perfume against the catalog's data for what was asked: the perfume
 * exists with the card's names and link, and meets each condition unless the answer said it let
 * that condition go. Never more than two from one house unless a house was asked for.
 */
export async function expectPicksMeet(fixture: ChatFixture, answer: ChatMessage, asked: Asked): Promise<void> {
  expect(answer.kind).toBe('recommendation');
  if (asked.count !== undefined) expect(answer.cards).toHaveLength(asked.count);
  expect(answer.cards.length).toBeGreaterThan(0);
  const relaxed = new Set<string>(answer.relaxed);
  if (relaxed.size > 0) expect(answer.text).toMatch(/느슨하게|relaxed/);
  const checks = (key: keyof Asked) => asked[key] !== undefined && !relaxed.has(KIND_OF[key] ?? '');
  const perHouse = new Map<string, number>();
  for (const card of answer.cards) {
    const perfume = await fixture.detail(card.perfume.id);
    const label = `${perfume.brand} ${perfume.name}`;
    expect(card.perfume.name).toBe(perfume.name);
    expect(card.perfume.brand).toBe(perfume.brand);
    expect(card.href).toBe(`/perfumes/${perfume.id}`);
    expect(card.save).toEqual({ perfumeId: perfume.id, state: 'wish', source: 'chat' });
    expect(card.reasons.length, label).toBeGreaterThan(0);
    const strength = (key: AccordKey) => perfume.accords.find((accord) => accord.key === key)?.strength ?? 0;
    const share = (list: readonly { key: string; share: number }[], key: string) =>
      list.find((entry) => entry.key === key)?.share ?? 0;
    const slugs = perfume.notes.map((note) => note.slug);
    if (checks('gender')) {
      const allowed = asked.gender === 'unisex' ? ['unisex'] : [asked.gender, 'unisex'];
      expect(allowed, `${label} gender`).toContain(perfume.gender);
    }
    if (checks('season')) expect(share(perfume.seasons, asked.season!), `${label} season`).toBeGreaterThanOrEqual(50);
    if (checks('occasion'))
      expect(share(perfume.occasions, asked.occasion!), `${label} occasion`).toBeGreaterThanOrEqual(50);
    if (checks('accords'))
      for (const key of asked.accords!) expect(strength(key), `${label} ${key}`).toBeGreaterThanOrEqual(30);
    if (checks('anyAccord')) {
      expect(Math.max(...asked.anyAccord!.map(strength)), `${label} one of ${asked.anyAccord}`).toBeGreaterThanOrEqual(
        30,
      );
    }
    if (checks('notes')) for (const slug of asked.notes!) expect(slugs, `${label} note`).toContain(slug);
    for (const key of asked.noAccords ?? []) expect(strength(key), `${label} has ${key}`).toBeLessThan(30);
    for (const slug of asked.noNotes ?? []) expect(slugs, `${label} has ${slug}`).not.toContain(slug);
    for (const brand of asked.noBrands ?? []) expect(brandIdentityKey(perfume.brand)).not.toBe(brandIdentityKey(brand));
    if (checks('brands')) {
      expect(asked.brands!.map(brandIdentityKey), `${label} house`).toContain(brandIdentityKey(perfume.brand));
    }
    expect(asked.notIds ?? []).not.toContain(perfume.id);
    const house = brandIdentityKey(perfume.brand);
    perHouse.set(house, (perHouse.get(house) ?? 0) + 1);
  }
  if (!asked.brands)
    for (const [house, count] of perHouse) expect(count, `${house} more than twice`).toBeLessThanOrEqual(2);
}
