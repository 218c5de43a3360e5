/** The cookies a browser would keep for the web app, as `name=value` by name. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** The next-auth session cookie's value (its name has no `__Secure-` prefix over plain HTTP). */
  session(): string | undefined {
    return this.cookies.get('next-auth.session-token');
  }
}

/** A POST of next-auth's form (as its `signIn()` sends it), with the jar's cookies and a fresh CSRF token. */
export async function postAuthForm(
  webUrl: string,
  jar: CookieJar,
  path: string,
  fields: Record<string, string>,
): Promise<Response> {
  const csrf = await fetch(`${webUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${webUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: webUrl, json: 'true' }),
  });
  jar.keep(response);
  return response;
}

/** Signs in through the login form's endpoint; the jar holds the session cookie when it worked. */
export async function signInOnWeb(webUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const response = await postAuthForm(webUrl, jar, '/api/auth/callback/credentials', { email, password });
  await response.body?.cancel();
  return jar;
}

/**
 * Starts a Kakao sign-in and comes back to the callback with a made-up code, as Kakao's redirect
 * would: next-auth then sends the client secret to the token endpoint. Answers the callback.
 */
export async function kakaoCallbackOnWeb(webUrl: string): Promise<Response> {
  const jar = new CookieJar();
  const start = await postAuthForm(webUrl, jar, '/api/auth/signin/kakao', {});
  const location = start.headers.get('location') ?? ((await start.json()) as { url: string }).url;
  const state = new URL(location).searchParams.get('state');
  const callback = new URL(`${webUrl}/api/auth/callback/kakao`);
  callback.searchParams.set('code', 'made-up-authorization-code');
  if (state) callback.searchParams.set('state', state);
  const response = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } });
  await response.body?.cancel();
  return response;
}
