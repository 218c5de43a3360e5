import { randomBytes } from 'node:crypto';
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import type { BackendRouter } from '@scentence/backend';
import type { IdentityKind } from './fuzzRequest';
import type { Random } from './random';

export interface IdentityOptions {
  /** The backend's origin; without it (or without the secret) only anonymous and forged callers exist. */
  backendUrl?: string;
  /** The services' AUTH_SECRET: signs the service token that signs members up, and their access tokens. */
  authSecret?: string;
  /** Emails on the backend's ADMIN_EMAILS, used one after another for admin accounts. */
  adminEmails?: readonly string[];
}

export interface Identities {
  available: IdentityKind[];
  /** Identities the run has no token for, and why (listed in the report). */
  unavailable: { identity: IdentityKind; reason: string }[];
  /** The Authorization header for a caller, or null for anonymous. */
  authorization(identity: IdentityKind, random: Random): Promise<string | null>;
  /**
   * A member or admin token got a 401 from an operation that requires credentials: the account
   * may have been withdrawn by a fuzzed request. The next request signs a member up anew, or
   * signs the admin in again (a new admin only when that fails).
   */
  refused(identity: IdentityKind, token: string | null): void;
  /** Requests sent to set accounts up (not counted in the run's budget). */
  setupRequests(): number;
}

interface Account {
  id: string;
  email: string;
  password: string;
}

/** Long enough for the large runs; a 401 renews it anyway. */
const TOKEN_TTL_SECONDS = 3_600;

function forgedHeaders(wrongKeyToken: string): string[] {
  const [header, payload] = wrongKeyToken.split('.');
  const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return [
    `Bearer ${wrongKeyToken}`,
    `Bearer ${none}.${payload}.`,
    `Bearer ${header}.${payload}.${'A'.repeat(43)}`,
    'Bearer not-a-token',
    'Bearer ',
    'Basic Zm9vOmJhcg==',
    `Bearer ${'A'.repeat(4_000)}`,
    'bearer\ttoken',
  ];
}

function randomAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${(c ?? 0) % 254 || 1}`;
}

function unavailableIdentities(options: IdentityOptions): Identities['unavailable'] {
  if (!options.backendUrl || !options.authSecret) {
    const reason = !options.backendUrl ? 'no backend to sign members up' : 'no AUTH_SECRET to sign tokens with';
    return [
      { identity: 'member', reason },
      { identity: 'admin', reason },
    ];
  }
  if (!options.adminEmails?.length) {
    return [{ identity: 'admin', reason: 'no admin email configured on the backend for the fuzzer' }];
  }
  return [];
}

type BackendClient = ReturnType<typeof createServiceClient<BackendRouter>>;

/** Makes member and admin accounts through the backend and mints their tokens, counting the requests it sends. */
function createAccountMaker(client: BackendClient, authSecret: string, adminEmailList: readonly string[]) {
  const adminEmails = [...adminEmailList];
  let admin: Account | null = null;
  let setup = 0;

  async function signUp(email: string): Promise<Account> {
    const password = `Fz9!${randomBytes(6).toString('hex')}`;
    setup += 1;
    const profile = await client.member.signUp.mutate({
      email,
      password,
      nickname: `fz${randomBytes(4).toString('hex')}`,
      clientAddress: randomAddress(),
    });
    return { id: profile.id, email, password };
  }

  /** Signs an account in; the backend promotes an address on ADMIN_EMAILS to admin here. */
  async function signInAsAdmin(account: Account): Promise<string | null> {
    setup += 1;
    const signIn = await client.member.verifyCredentials
      .mutate({ email: account.email, password: account.password, clientAddress: randomAddress() })
      .catch(() => null);
    if (signIn?.status !== 'signed_in' || signIn.member.role !== 'admin') return null;
    return signAccessToken(authSecret, { memberId: account.id, role: 'admin' }, TOKEN_TTL_SECONDS);
  }

  async function newToken(identity: IdentityKind): Promise<string> {
    if (identity === 'member') {
      const member = await signUp(`fuzz-member-${randomBytes(6).toString('hex')}@example.com`);
      return signAccessToken(authSecret, { memberId: member.id, role: 'member' }, TOKEN_TTL_SECONDS);
    }
    // The same admin signs in again while it can; a new one only when it cannot (withdrawn, locked).
    const again = admin && (await signInAsAdmin(admin));
    if (again) return again;
    const email = adminEmails.shift();
    if (!email) throw new Error('every admin email on the list has been used up');
    admin = await signUp(email);
    const token = await signInAsAdmin(admin);
    if (!token) throw new Error(`${email} did not become an admin on sign-in (is it on the backend's ADMIN_EMAILS?)`);
    return token;
  }

  return { newToken, setupRequests: () => setup };
}

/** One token per identity, made on first need and shared by the requests made while it is pending. */
function createTokenCache(newToken: (identity: IdentityKind) => Promise<string>) {
  const tokens = new Map<IdentityKind, { pending: Promise<string>; value?: string }>();

  function token(identity: IdentityKind): Promise<string> {
    let entry = tokens.get(identity);
    if (!entry) {
      const created: { pending: Promise<string>; value?: string } = { pending: newToken(identity) };
      created.pending.then(
        (value) => {
          created.value = value;
        },
        () => {
          // A failed sign-up is tried again by the next request that needs this identity.
          if (tokens.get(identity) === created) tokens.delete(identity);
        },
      );
      entry = created;
      tokens.set(identity, entry);
    }
    return entry.pending;
  }

  function refused(identity: IdentityKind, authorization: string | null): void {
    const entry = tokens.get(identity);
    // Only the token that was refused is dropped, once, however many requests saw the 401.
    if (entry?.value !== undefined && authorization === `Bearer ${entry.value}`) tokens.delete(identity);
  }

  return { token, refused };
}

/**
 * The callers a run sends requests as. Members are signed up through the backend's API (with a
 * service token vouching for a fresh client address, so sign-up throttling does not stop the run)
 * and get access tokens minted for their real rows; admins also sign in once, which is when the
 * backend promotes an address on ADMIN_EMAILS.
 */
export async function createIdentities(options: IdentityOptions): Promise<Identities> {
  const wrongKey = await signAccessToken(randomBytes(32).toString('hex'), {
    memberId: randomBytes(16).toString('hex'),
    role: 'admin',
  });
  const forged = forgedHeaders(wrongKey);
  const unavailable = unavailableIdentities(options);
  const { backendUrl, authSecret } = options;
  const accounts =
    backendUrl && authSecret
      ? createAccountMaker(
          createServiceClient<BackendRouter>({ url: backendUrl, getToken: () => signServiceToken(authSecret) }),
          authSecret,
          options.adminEmails ?? [],
        )
      : null;
  const tokens = createTokenCache((identity) =>
    accounts ? accounts.newToken(identity) : Promise.reject(new Error(`no ${identity} identity`)),
  );

  const available: IdentityKind[] = ['anonymous', 'forged'];
  for (const identity of ['member', 'admin'] as const) {
    if (unavailable.some((entry) => entry.identity === identity)) continue;
    try {
      await tokens.token(identity);
      available.push(identity);
    } catch (error) {
      unavailable.push({ identity, reason: (error as Error).message });
    }
  }

  return {
    available,
    unavailable,
    async authorization(identity, random) {
      if (identity === 'anonymous') return null;
      if (identity === 'forged') return random.pick(forged);
      return `Bearer ${await tokens.token(identity)}`;
    },
    refused: tokens.refused,
    setupRequests: () => accounts?.setupRequests() ?? 0,
  };
}
