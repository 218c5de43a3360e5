/**
 * Inputs that break careless servers: odd Unicode, injection strings, names of built-in object
 * properties, numbers at and past the edges of what columns and JavaScript hold.
 */

/** Keys that collide with Object.prototype when a parser writes into a plain object. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'toLocaleString',
] as const;

export const ODD_UNICODE = [
  '장미와 시트러스',
  '향수',
  'ㅎㅅ', // bare jamo
  '\u1112\u1161\u11BC\u1109\u116E', // 향수 decomposed (NFD jamo)
  'e\u0301\u0301\u0301\u0301\u0301', // stacked combining marks
  'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034D',
  '\u202Eevil.exe\u202C', // right-to-left override
  'مرحبا بالعالم', // Arabic, right to left
  'שלום',
  '🌹🍋✨',
  '👩‍👩‍👧‍👦', // a ZWJ sequence
  '🏳️‍🌈',
  '\u0000',
  'nul\u0000inside',
  '\uD800', // a lone high surrogate (escaped in JSON)
  '\uDFFF\uD800', // reversed pair
  '\uFEFF', // byte-order mark
  '\u200B\u200C\u200D', // zero-width characters
  '\u00A0\u3000', // no-break and ideographic spaces
  '\r\n\t\v\f',
  '\u0085\u2028\u2029', // line separators JavaScript and JSON disagree on
  '𝕊𝕔𝕖𝕟𝕥', // astral letters
  'Ⅻ①²', // numerals that are not digits
  '１２３', // full-width digits
  'İıß', // case-mapping traps
  '\uFFFD\uFFFF\uFFFE',
  '\u001B[31mred', // terminal escape
] as const;

export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE perfumes; --",
  '1; SELECT pg_sleep(0)',
  "') UNION SELECT NULL, version() --",
  '%',
  '_',
  '\\',
  "\\'",
  '$1',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as it is.
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  '{"$gt": ""}',
  '[object Object]',
  'null',
  'undefined',
  'NaN',
  '-0',
  'true',
  '*',
  '&&',
  ':memory:',
] as const;

/** Integers around the limits of int2/int4/int8 columns and of JavaScript numbers. */
export const EDGE_INTEGERS = [
  -1, 0, 1, 32_767, 32_768, 2_147_483_647, 2_147_483_648, -2_147_483_649, 4_294_967_296, 9_007_199_254_740_991,
  -9_007_199_254_740_991,
] as const;

/** Number literals, as text, that JSON.stringify cannot produce from a JS number. */
export const EDGE_NUMBER_LITERALS = [
  '9007199254740993',
  '99999999999999999999999999',
  '1e308',
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '0.1e1',
  '1.0',
  '1E2',
] as const;

/** Raw query or path values that look like numbers to a lax parser. */
export const NUMBER_LOOKALIKES = [
  '',
  ' ',
  '0x10',
  '0b11',
  '0o17',
  '1e3',
  '1E3',
  '+1',
  ' 1',
  '1 ',
  '1.5',
  '1.',
  '.5',
  '-0',
  '00001',
  '1_000',
  '1,2',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'true',
  '１２',
  '١٢',
  '2147483648',
  '9007199254740993',
  '99999999999999999999999999',
  '-2147483649',
] as const;

/** Percent-encodings that a naive decoder chokes on; sent as they are, not encoded again. */
export const BROKEN_PERCENT_ENCODINGS = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF', // overlong slash
  '%ED%A0%80', // a UTF-16 surrogate encoded as UTF-8
  '%FF%FE',
  '%00',
  '%2e%2e%2f',
  '%u0041',
] as const;

/** Plausible words for free-text fields, so valid searches also find something. */
export const PLAUSIBLE_WORDS = [
  'rose',
  'chanel',
  'dior',
  'santal',
  'citrus',
  'vanilla',
  'oud',
  'musk',
  '장미',
  '샤넬',
  '바닐라',
  '시트러스',
  '머스크',
  '조말론',
  '넘버5',
] as const;
