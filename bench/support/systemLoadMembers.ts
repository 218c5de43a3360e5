/**
 * The members the system-load mix reads and chats as: signed up through the REST API with a
 * wardrobe of perfumes (have, wish and had, liked or not), then signed in for bearer tokens.
 */

/**
 * Sign-ups are limited per client and hour (SIGNUP_MAX_PER_HOUR, 10 by default; every REST caller
 * shares one bucket), so the run stays under that limit instead of raising it.
 */
export const MEMBERS = 8;
const ENTRIES_PER_MEMBER = 24;
const PASSWORD = 'Load-test-9!';
const STATES = ['have', 'have', 'wish', 'had'] as const;
const PREFERENCES = ['good', 'good', 'neutral', 'bad'] as const;

async function call(origin: string, method: string, path: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

const emailOf = (index: number) => `load-${index}@example.com`;

async function signIn(backend: string, email: string): Promise<string> {
  const answer = (await call(backend, 'POST', '/api/auth/token', { email, password: PASSWORD })) as {
    tokens?: { accessToken: string };
  };
  if (!answer.tokens) throw new Error(`signing in ${email} gave no tokens: ${JSON.stringify(answer)}`);
  return answer.tokens.accessToken;
}

/**
 * Access tokens of every member, one sign-in after another: an attempt counts against the
 * client's address until it succeeds (LOGIN_MAX_FAILURES, 5 by default), so more than five at once
 * from one address are refused with 429 (REST access tokens last 15 minutes; each step asks again).
 */
export async function signInAll(backend: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let index = 0; index < MEMBERS; index++) tokens.push(await signIn(backend, emailOf(index)));
  return tokens;
}

/** Signs the members up and fills their wardrobes, each with its own slice of the catalog. */
export async function prepareMembers(backend: string, perfumeIds: readonly number[]): Promise<void> {
  for (let index = 0; index < MEMBERS; index++) {
    await call(backend, 'POST', '/api/members', {
      email: emailOf(index),
      password: PASSWORD,
      nickname: `load${index}`,
    });
  }
  const tokens = await signInAll(backend);
  await Promise.all(
    tokens.map(async (token, member) => {
      for (let entry = 0; entry < ENTRIES_PER_MEMBER; entry++) {
        const id = perfumeIds[(member * 37 + entry * 7) % perfumeIds.length];
        const state = STATES[entry % STATES.length];
        const preference = PREFERENCES[(entry + member) % PREFERENCES.length];
        await call(backend, 'PUT', `/api/wardrobe/perfumes/${id}`, { state, preference }, token);
      }
    }),
  );
}
