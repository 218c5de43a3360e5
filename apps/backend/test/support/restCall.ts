/** What a REST call answered: its status, headers and JSON body. */
export interface RestAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** One call to the backend's REST API (`/api…`) as a client sends it: JSON in, an optional bearer token. */
export async function restCall(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<RestAnswer> {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}
