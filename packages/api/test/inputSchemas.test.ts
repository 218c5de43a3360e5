/**
 * The shared input schemas: numbers read from parameter text versus JSON numbers, text checked as
 * sent, lists counted as sent, and each documented as what it accepts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenApiDocument } from '../src/host/openApiDocument';
import { noteSlugSchema } from '../src/schemas/catalogPages';
import {
  commaList,
  ID_LIST_MAX_ITEMS,
  idField,
  idListSchema,
  idParam,
  integerField,
  integerParam,
} from '../src/schemas/common';
import { clientAddressSchema, memberEmailSchema, nicknameSchema } from '../src/schemas/member';
import { perfumeSuggestInputSchema } from '../src/schemas/perfume';
import { textInput } from '../src/schemas/textInput';
import { publicProcedure, router } from '../src/trpc/init';
import { ACCORD_KEYS } from '../src/vocabulary';

/** How a service's document describes a field: a query parameter, or a JSON body field. */
function documented(schema: z.ZodType, where: 'query' | 'body' = 'query'): Record<string, unknown> {
  const method = where === 'query' ? 'GET' : 'POST';
  const probe = router({
    probe: publicProcedure
      .meta({ openapi: { method, path: '/probe', tags: ['probe'], summary: 'Probe' } })
      .input(z.object({ value: schema }))
      .output(z.object({}))
      .query(() => ({})),
  });
  const operation = createOpenApiDocument({ title: 'Probe', version: '1', router: probe }).paths?.['/probe']?.[
    method.toLowerCase() as 'get'
  ] as {
    parameters?: { name: string; schema: Record<string, unknown> }[];
    requestBody?: { content: Record<string, { schema: unknown }> };
  };
  if (where === 'query') return operation.parameters?.find((parameter) => parameter.name === 'value')?.schema ?? {};
  const body = operation.requestBody?.content['application/json']?.schema as {
    properties: Record<string, Record<string, unknown>>;
  };
  return body.properties.value ?? {};
}
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('whole numbers', () => {
  it('integerParam reads the decimal text of a query or path parameter, and JSON numbers', () => {
    const limit = integerParam(1, 50);
    expect(limit.parse('12')).toBe(12);
    expect(limit.parse(12)).toBe(12);
    for (const text of ['0x10', '1e1', '12.0', ' 12', '']) expect(limit.safeParse(text).success, text).toBe(false);
    expect(documented(limit)).toEqual({ type: 'integer', minimum: 1, maximum: 50 });
  });

  it('integerField takes a JSON number only, as the document says', () => {
    const count = integerField(1, 5_000);
    expect(count.parse(334)).toBe(334);
    for (const value of ['334', 3.5, null, true, [], 0, 5_001]) expect(count.safeParse(value).success).toBe(false);
    expect(documented(count, 'body')).toEqual({ type: 'integer', minimum: 1, maximum: 5_000 });
    expect(documented(idField, 'body')).toEqual(documented(idParam));
  });
});

describe('lists of ids', () => {
  const ids = (count: number, distinct: number) =>
    Array.from({ length: count }, (_, index) => (index % distinct) + 1).join(',');

  it('count the ids as sent: repeats count against the limit, then drop out in order', () => {
    expect(idListSchema.parse('3,1,3,2,1')).toEqual([3, 1, 2]);
    expect(idListSchema.parse(ids(ID_LIST_MAX_ITEMS, 2))).toEqual([1, 2]);
    const tooMany = idListSchema.safeParse(ids(ID_LIST_MAX_ITEMS + 1, 2));
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toContain(String(ID_LIST_MAX_ITEMS));
    expect(documented(idListSchema)).toMatchObject({ type: 'array', minItems: 1, maxItems: ID_LIST_MAX_ITEMS });
  });
});

describe('comma lists', () => {
  const accords = commaList(z.enum(ACCORD_KEYS));
  const notes = commaList(textInput(60, { required: true }));

  it('check each item as sent; an empty parameter is no items', () => {
    expect(accords.parse('woody,citrus')).toEqual(['woody', 'citrus']);
    expect(accords.parse(['woody'])).toEqual(['woody']);
    expect(accords.parse('')).toEqual([]);
    for (const text of ['woody,', ',woody', 'woody,,citrus', 'woody, citrus']) {
      expect(accords.safeParse(text).success, text).toBe(false);
    }
  });

  it('trim text items after checking them', () => {
    expect(notes.parse('rose, pink pepper ')).toEqual(['rose', 'pink pepper']);
    expect(notes.safeParse('rose, ').success).toBe(false);
    expect(documented(notes)).toMatchObject({ items: { minLength: 1, maxLength: 60, pattern: '\\S' } });
  });
});

describe('text as a person types it', () => {
  it('holds its limits on the text as sent, then is trimmed', () => {
    const q = textInput(60);
    expect(q.parse('  rose  ')).toBe('rose');
    expect(q.safeParse(`${'a'.repeat(60)}\n`).success).toBe(false);
    expect(q.parse(' ')).toBe('');
    expect(documented(q)).toEqual({ type: 'string', maxLength: 60, pattern: '^[^\\u0000]*$' });
  });

  it('that must not be blank says so with the pattern \\S, and refuses " "', () => {
    const q = textInput(60, { required: true });
    expect(q.parse(' rose ')).toBe('rose');
    expect(messages(q.safeParse(' '))).toEqual(['must not be blank']);
    expect(documented(q)).toEqual({
      type: 'string',
      minLength: 1,
      maxLength: 60,
      pattern: '\\S',
      allOf: [{ pattern: '^[^\\u0000]*$' }],
    });
    expect(perfumeSuggestInputSchema.safeParse({ q: `${'a'.repeat(60)}\n` }).success).toBe(false);
    expect(clientAddressSchema.safeParse(' ').success).toBe(false);
    expect(documented(clientAddressSchema)).toMatchObject({ pattern: '\\S' });
  });

  it('with a pattern of its own is checked as sent and not trimmed', () => {
    expect(nicknameSchema.safeParse('짨췼콘').success).toBe(true);
    expect(nicknameSchema.safeParse('짨췼콘 ').success).toBe(false);
    expect(memberEmailSchema.parse('Mina@Example.com')).toBe('mina@example.com');
    expect(memberEmailSchema.safeParse(' mina@example.com').success).toBe(false);
    expect(documented(memberEmailSchema)).toMatchObject({ type: 'string', format: 'email', maxLength: 254 });
  });
});

describe('catalog slugs', () => {
  it('take what their documented pattern allows: letters of any script and case, digits, hyphens', () => {
    const pattern = new RegExp(documented(noteSlugSchema).pattern as string, 'u');
    for (const slug of ['pink-pepper', '장미', 'Rose-Absolute', 'néroli-2']) {
      expect(noteSlugSchema.safeParse(slug).success, slug).toBe(true);
      expect(pattern.test(slug), slug).toBe(true);
    }
    for (const slug of ['pink pepper', '-rose', 'rose-', ' rose', 'a%20b']) {
      expect(noteSlugSchema.safeParse(slug).success, slug).toBe(false);
      expect(pattern.test(slug), slug).toBe(false);
    }
  });
});
