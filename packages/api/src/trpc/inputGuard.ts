import { TRPCError } from '@trpc/server';
import type { Issue } from '../schemas/common';

/** How deep arrays and objects may nest in an input; real inputs nest two or three levels. */
export const INPUT_MAX_DEPTH = 64;

/** PostgreSQL text cannot hold U+0000: a string with it would fail in the database with a 500. */
const NUL = '\u0000';
/** Enough to name the fields at fault without echoing a whole hostile input back. */
const MAX_PROBLEMS = 20;

type InputPath = (string | number)[];

export interface InputProblem {
  path: InputPath;
  message: string;
}

function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Visits the strings of an input and stops at containers nested deeper than `maxDepth`, without
 * recursion, since a tRPC input or a JSON body may nest thousands of levels deep. A visitor
 * returning false stops the walk.
 */
function walkInput(
  input: unknown,
  maxDepth: number,
  visit: { text(path: InputPath, text: string): boolean; tooDeep(path: InputPath): boolean },
): void {
  const stack: { value: unknown; path: InputPath }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: InputPath };
    if (typeof value === 'string') {
      if (!visit.text(path, value)) return;
      continue;
    }
    if (!isContainer(value)) continue;
    if (path.length >= maxDepth) {
      if (!visit.tooDeep(path)) return;
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index] as [string | number, unknown];
      stack.push({ value: child, path: [...path, key] });
    }
  }
}

const tooDeepMessage = (maxDepth: number) => `nests arrays and objects deeper than ${maxDepth} levels`;

/** The first place an input nests deeper than `maxDepth`, told at its outermost field; null when none does. */
export function tooDeeplyNested(input: unknown, maxDepth = INPUT_MAX_DEPTH): InputProblem | null {
  let problem: InputProblem | null = null;
  walkInput(input, maxDepth, {
    text: () => true,
    tooDeep: (path) => {
      problem = { path: path.slice(0, 1), message: tooDeepMessage(maxDepth) };
      return false;
    },
  });
  return problem;
}

/** What no procedure may be given, whatever its schema: text with U+0000, and too deep a nesting. */
export function inputProblems(input: unknown, maxDepth = INPUT_MAX_DEPTH): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (problem: InputProblem) => problems.push(problem) < MAX_PROBLEMS;
  walkInput(input, maxDepth, {
    text: (path, text) => !text.includes(NUL) || add({ path, message: 'must not contain the NUL character (U+0000)' }),
    tooDeep: (path) => add({ path: path.slice(0, 1), message: tooDeepMessage(maxDepth) }),
  });
  return problems;
}

/**
 * REST path parameters arrive percent-encoded: trpc-to-openapi matches routes on the encoded path
 * and hands the raw segment on (`/brands/%ED%83%AC…` for "탬버린즈"). They are decoded here, once.
 */
export function withDecodedPathParameters(input: unknown, openApiPath: string | undefined): unknown {
  const names = [...(openApiPath ?? '').matchAll(/\{(.+?)\}/g)].map(([, name]) => name as string);
  if (names.length === 0 || !isContainer(input) || Array.isArray(input)) return input;
  const decoded: Record<string, unknown> = { ...input };
  const problems: InputProblem[] = [];
  for (const name of names) {
    const value = decoded[name];
    if (typeof value !== 'string') continue;
    try {
      decoded[name] = decodeURIComponent(value);
    } catch {
      problems.push({ path: [name], message: 'is not valid percent-encoded UTF-8' });
    }
  }
  if (problems.length > 0) throw new InputIssuesError(problems);
  return decoded;
}

/** A 400 naming each field at fault and why, as the schemas' own issues are sent. */
export class InputIssuesError extends TRPCError {
  readonly issues: Issue[];

  constructor(problems: readonly InputProblem[]) {
    const issues = problems.map(({ path, message }) => ({ path: path.map(String).join('.'), message }));
    super({
      code: 'BAD_REQUEST',
      message: `Invalid input: ${issues.map((issue) => issue.path || 'input').join(', ')}`,
    });
    this.issues = issues;
  }
}
