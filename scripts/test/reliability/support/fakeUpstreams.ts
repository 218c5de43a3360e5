import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the system sent its upstreams, so a test knows the secrets really went through it. */
export interface UpstreamCalls {
  /** The Authorization headers of the Chat Completions requests. */
  openAiAuthorizations: string[];
  /** The form bodies of the Kakao token requests (the client secret is in them). */
  kakaoTokenBodies: string[];
  /** The Authorization headers of the Kakao user-info requests. */
  kakaoUserInfoAuthorizations: string[];
}

export interface FakeUpstreams {
  /** OpenAI's base URL (OPENAI_BASE_URL). */
  openAiBaseUrl: string;
  /** KAKAO_AUTH_URL, KAKAO_TOKEN_URL, KAKAO_USERINFO_URL. */
  kakao: { authUrl: string; tokenUrl: string; userInfoUrl: string };
  calls: UpstreamCalls;
  close(): Promise<void>;
}

function refuse(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * OpenAI and Kakao on 127.0.0.1, both refusing the credentials they are sent. The fake OpenAI
 * echoes the whole key in its error, as an OpenAI-compatible proxy may (OpenAI itself masks
 * most of it): the worst an upstream can hand the system to log.
 */
export async function startFakeUpstreams(): Promise<FakeUpstreams> {
  const calls: UpstreamCalls = { openAiAuthorizations: [], kakaoTokenBodies: [], kakaoUserInfoAuthorizations: [] };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (piece: Buffer) => chunks.push(piece));
    req.on('end', () => {
      const authorization = req.headers.authorization ?? '';
      const pathname = (req.url ?? '/').split('?')[0];
      if (pathname === '/v1/chat/completions') {
        calls.openAiAuthorizations.push(authorization);
        const key = authorization.replace(/^Bearer /, '');
        return refuse(res, 401, {
          error: {
            message: `Incorrect API key provided: ${key}.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        });
      }
      if (pathname === '/oauth/token') {
        calls.kakaoTokenBodies.push(Buffer.concat(chunks).toString('utf8'));
        return refuse(res, 401, { error: 'invalid_client', error_description: 'Bad client credentials' });
      }
      if (pathname === '/v2/user/me') {
        calls.kakaoUserInfoAuthorizations.push(authorization);
        return refuse(res, 401, { msg: 'this access token does not exist', code: -401 });
      }
      refuse(res, 404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openAiBaseUrl: `${origin}/v1`,
    kakao: {
      authUrl: `${origin}/oauth/authorize`,
      tokenUrl: `${origin}/oauth/token`,
      userInfoUrl: `${origin}/v2/user/me`,
    },
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
