/**
 * A stand-in for Kakao's OAuth servers on 127.0.0.1, speaking the three endpoints next-auth's
 * Kakao provider uses: GET /oauth/authorize (kauth), POST /oauth/token (kauth) and GET /v2/user/me
 * (kapi). Point the provider's `authorization`, `token` and `userinfo` URLs at it.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

export interface KakaoUser {
  id: number;
  nickname: string;
  email?: string | null;
  emailVerified?: boolean;
  profileImageUrl?: string | null;
}

/** The body of Kakao's GET /v2/user/me, as far as sign-in reads it. */
export interface KakaoUserMe {
  id: number;
  connected_at: string;
  properties: { nickname: string; profile_image?: string; thumbnail_image?: string };
  kakao_account: {
    profile_nickname_needs_agreement: boolean;
    profile_image_needs_agreement: boolean;
    profile: { nickname: string; profile_image_url?: string; thumbnail_image_url?: string; is_default_image: boolean };
    has_email: boolean;
    email_needs_agreement: boolean;
    is_email_valid?: boolean;
    is_email_verified?: boolean;
    email?: string;
  };
}

export interface KakaoServerOptions {
  clientId: string;
  /** When set, the token endpoint requires it (client_secret_post or HTTP Basic). */
  clientSecret?: string;
}

export interface KakaoServer {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  authorizeUrl: string;
  tokenUrl: string;
  userInfoUrl: string;
  /** The account that approves the next /oauth/authorize (Kakao's login screen, skipped). */
  signInAs(user: KakaoUser): void;
  /** Requests received, for assertions: "POST /oauth/token", … */
  requests: string[];
  close(): Promise<void>;
}

interface Grant {
  user: KakaoUser;
  redirectUri: string;
}

function toUserMe(user: KakaoUser): KakaoUserMe {
  const image = user.profileImageUrl ?? undefined;
  const hasEmail = Boolean(user.email);
  return {
    id: user.id,
    connected_at: new Date(0).toISOString(),
    properties: { nickname: user.nickname, profile_image: image, thumbnail_image: image },
    kakao_account: {
      profile_nickname_needs_agreement: false,
      profile_image_needs_agreement: false,
      profile: {
        nickname: user.nickname,
        profile_image_url: image,
        thumbnail_image_url: image,
        is_default_image: !image,
      },
      has_email: hasEmail,
      email_needs_agreement: false,
      ...(hasEmail
        ? { is_email_valid: true, is_email_verified: user.emailVerified ?? true, email: user.email ?? undefined }
        : {}),
    },
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const [id, secret] = Buffer.from(match[1], 'base64').toString('utf8').split(':');
  return id !== undefined && secret !== undefined
    ? { id: decodeURIComponent(id), secret: decodeURIComponent(secret) }
    : null;
}

export async function startKakaoServer(options: KakaoServerOptions): Promise<KakaoServer> {
  const codes = new Map<string, Grant>();
  const tokens = new Map<string, KakaoUser>();
  const requests: string[] = [];
  let approving: KakaoUser | null = null;

  function authorize(url: URL, res: http.ServerResponse): void {
    const redirectUri = url.searchParams.get('redirect_uri');
    if (url.searchParams.get('client_id') !== options.clientId || !redirectUri) {
      sendJson(res, 400, { error: 'invalid_request', error_description: 'bad client_id or redirect_uri' });
      return;
    }
    const back = new URL(redirectUri);
    const state = url.searchParams.get('state');
    if (state) back.searchParams.set('state', state);
    if (!approving) {
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = randomBytes(16).toString('hex');
      codes.set(code, { user: approving, redirectUri });
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { location: back.toString() });
    res.end();
  }

  async function token(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const form = await readForm(req);
    const basic = basicCredentials(req.headers.authorization);
    const clientId = basic?.id ?? form.get('client_id');
    const clientSecret = basic?.secret ?? form.get('client_secret');
    if (clientId !== options.clientId || (options.clientSecret && clientSecret !== options.clientSecret)) {
      return sendJson(res, 401, { error: 'invalid_client', error_description: 'Bad client credentials' });
    }
    const code = form.get('code') ?? '';
    const grant = codes.get(code);
    codes.delete(code);
    if (form.get('grant_type') !== 'authorization_code' || !grant || grant.redirectUri !== form.get('redirect_uri')) {
      return sendJson(res, 400, { error: 'invalid_grant', error_description: 'authorization code not found' });
    }
    const accessToken = randomBytes(24).toString('base64url');
    tokens.set(accessToken, grant.user);
    sendJson(res, 200, {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: randomBytes(24).toString('base64url'),
      expires_in: 21599,
      scope: 'account_email profile_nickname profile_image',
      refresh_token_expires_in: 5183999,
    });
  }

  function userMe(req: http.IncomingMessage, res: http.ServerResponse): void {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const user = bearer ? tokens.get(bearer) : undefined;
    if (user) sendJson(res, 200, toUserMe(user));
    else sendJson(res, 401, { msg: 'this access token does not exist', code: -401 });
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = `${req.method} ${url.pathname}`;
    requests.push(request);
    if (request === 'GET /oauth/authorize') authorize(url, res);
    else if (request === 'POST /oauth/token') await token(req, res);
    else if (request === 'GET /v2/user/me' || request === 'POST /v2/user/me') userMe(req, res);
    else sendJson(res, 404, { msg: 'not found', code: -404 });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { msg: 'internal error', code: -500 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    authorizeUrl: `${url}/oauth/authorize`,
    tokenUrl: `${url}/oauth/token`,
    userInfoUrl: `${url}/v2/user/me`,
    signInAs(user) {
      approving = user;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What the web's Kakao callback hands the backend: the fields of /v2/user/me sign-in needs. */
export function kakaoSignInFields(me: KakaoUserMe) {
  return {
    kakaoId: String(me.id),
    email: me.kakao_account.email ?? null,
    emailVerified: me.kakao_account.is_email_verified === true,
    nickname: me.kakao_account.profile.nickname,
  };
}

/** POST /oauth/token as a client trades its authorization code (client_secret_post when it has a secret). */
export function exchangeKakaoCode(
  server: KakaoServer,
  client: { clientId: string; clientSecret?: string; redirectUri: string },
  code: string,
): Promise<Response> {
  return fetch(server.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
      redirect_uri: client.redirectUri,
      code,
    }),
  });
}
