/**
 * What the host and the procedures refuse whatever a schema says (text with U+0000, nesting too
 * deep), how REST path parameters are decoded, how the documents say it, and the start-up rules
 * that keep numbers in REST inputs as the documents describe them.
 */
import { coerceSchema } from 'trpc-to-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enforceRestInputRules } from '../src/host/restInputRules';
import { restRoutesOf } from '../src/host/restRoutes';
import { documentStorableText, STORABLE_TEXT_PATTERN } from '../src/host/storableText';
import { commaList, idParam, integerField, integerParam } from '../src/schemas/common';
import { publicProcedure, router } from '../src/trpc/init';
import { INPUT_MAX_DEPTH, inputProblems, tooDeeplyNested, withDecodedPathParameters } from '../src/trpc/inputGuard';

/** `{ nested: [[[…]]] }` with `depth` arrays. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < depth; level++) value = [value];
  return { nested: value };
}

describe('inputProblems', () => {
  it('names each text with U+0000, at any depth', () => {
    expect(inputProblems({ q: 'rose\u0000', list: ['ok', 'a\u0000b'], inner: { name: '\u0000' }, n: 0 })).toEqual([
      { path: ['q'], message: 'must not contain the NUL character (U+0000)' },
      { path: ['list', 1], message: 'must not contain the NUL character (U+0000)' },
      { path: ['inner', 'name'], message: 'must not contain the NUL character (U+0000)' },
    ]);
    expect(inputProblems({ q: 'rose', lone: '\ud800', emoji: '😀', nothing: null })).toEqual([]);
  });

  it('refuses nesting deeper than the limit, told at the outermost field, without overflowing the stack', () => {
    expect(tooDeeplyNested(nestedArrays(INPUT_MAX_DEPTH - 1))).toBeNull();
    const problem = { path: ['nested'], message: `nests arrays and objects deeper than ${INPUT_MAX_DEPTH} levels` };
    expect(tooDeeplyNested(nestedArrays(INPUT_MAX_DEPTH))).toEqual(problem);
    expect(tooDeeplyNested(nestedArrays(200_000))).toEqual(problem);
    expect(inputProblems(nestedArrays(5_000))).toEqual([problem]);
  });
});

describe('REST path parameters', () => {
  it('are decoded once; a bad percent-encoding is a 400 naming the parameter', () => {
    expect(
      withDecodedPathParameters({ slug: '%ED%83%AC%EB%B2%84%EB%A6%B0%EC%A6%88', q: 'a%20b' }, '/brands/{slug}'),
    ).toEqual({
      slug: '탬버린즈',
      q: 'a%20b',
    });
    expect(() => withDecodedPathParameters({ slug: '%E0%A4%A' }, '/brands/{slug}')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
  });
});

describe('the documents', () => {
  it('say that text may not hold U+0000, keeping enums, formats and patterns that already exclude it', () => {
    const schema = {
      type: 'object',
      properties: {
        q: { type: 'string', maxLength: 10 },
        blank: { type: 'string', pattern: '\\S' },
        slug: { type: 'string', pattern: '^[a-z]+$' },
        kind: { type: 'string', enum: ['a'] },
        email: { type: 'string', format: 'email' },
        list: { type: 'array', items: { type: 'string' } },
        either: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    };
    documentStorableText(schema);
    documentStorableText(schema);
    const nul = { pattern: STORABLE_TEXT_PATTERN };
    expect(schema.properties).toEqual({
      q: { type: 'string', maxLength: 10, ...nul },
      blank: { type: 'string', pattern: '\\S', allOf: [nul] },
      slug: { type: 'string', pattern: '^[a-z]+$' },
      kind: { type: 'string', enum: ['a'] },
      email: { type: 'string', format: 'email' },
      list: { type: 'array', items: { type: 'string', ...nul } },
      either: { anyOf: [{ type: 'string', ...nul }, { type: 'null' }] },
    });
    const pattern = new RegExp(STORABLE_TEXT_PATTERN, 'u');
    expect(pattern.test('로즈 rose 😀')).toBe(true);
    expect(pattern.test('rose\u0000')).toBe(false);
  });
});

describe('the start-up rules for REST inputs', () => {
  const tags = ['probe'];
  const summary = 'Probe';

  it('keep a JSON body strict even after trpc-to-openapi switches coercion on', () => {
    const input = z.object({ count: z.number().int(), wish: z.boolean().optional(), id: integerField(1, 9) });
    const probe = router({
      save: publicProcedure
        .meta({ openapi: { method: 'POST', path: '/save', tags, summary } })
        .input(input)
        .output(z.object({}))
        .mutation(() => ({})),
    });
    enforceRestInputRules(restRoutesOf(probe));
    coerceSchema(input);
    expect(input.safeParse({ count: '334', id: 1 }).success).toBe(false);
    expect(input.safeParse({ count: 334, wish: 'false', id: 1 }).success).toBe(false);
    expect(input.safeParse({ count: 334, id: '1' }).success).toBe(false);
    expect(input.parse({ count: 334, wish: false, id: 1 })).toEqual({ count: 334, wish: false, id: 1 });
  });

  it('refuse a bare number read from a query or path parameter: it could never parse', () => {
    const probe = router({
      list: publicProcedure
        .meta({ openapi: { method: 'GET', path: '/items/{id}', tags, summary } })
        .input(z.object({ id: idParam, page: z.number().optional() }))
        .output(z.object({}))
        .query(() => ({})),
    });
    expect(() => enforceRestInputRules(restRoutesOf(probe))).toThrow(
      /GET \/items\/\{id\}: `page` is a query or path parameter .* use integerParam/,
    );
  });

  it('refuse a parameter schema or z.coerce reading a JSON body field: it would take "12" for 12', () => {
    const probe = router({
      save: publicProcedure
        .meta({ openapi: { method: 'PUT', path: '/items/{id}', tags, summary } })
        .input(
          z.object({
            id: idParam,
            count: integerParam(1, 9),
            tags: commaList(z.string()),
            ids: z.array(idParam),
            size: z.coerce.number(),
          }),
        )
        .output(z.object({}))
        .mutation(() => ({})),
    });
    const refusal = (() => {
      try {
        enforceRestInputRules(restRoutesOf(probe));
        return '';
      } catch (error) {
        return String(error);
      }
    })();
    expect(refusal).toContain('`count` is a JSON body field');
    expect(refusal).toContain('`tags` is a JSON body field');
    expect(refusal).toContain('`ids` is a JSON body field');
    expect(refusal).toContain('`size` is a JSON body field read by z.coerce');
    expect(refusal).not.toContain('`id` is');
  });
});
