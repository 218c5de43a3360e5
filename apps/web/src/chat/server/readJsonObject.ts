import 'server-only';
import type { ErrorBody } from '@scentence/api/schemas';

/** The most a chat request's body may hold: a 1,000-character message is far below it. */
export const CHAT_BODY_LIMIT_BYTES = 32_000;

export type JsonObjectResult = { ok: true; body: Record<string, unknown> } | { ok: false; response: Response };

function refusal(status: number, code: string, message: string): JsonObjectResult {
  const body: ErrorBody = { code, message, issues: status === 400 ? [{ path: '', message }] : [] };
  return { ok: false, response: Response.json(body, { status, headers: { 'cache-control': 'no-store' } }) };
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's body as a JSON object, or the answer that refuses it: 415 unless it is sent as
 * JSON (a cross-site form cannot send that without asking first), 413 when too large, 400 when
 * it is not a JSON object.
 */
export async function readJsonObject(request: Request): Promise<JsonObjectResult> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send application/json');
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(request, CHAT_BODY_LIMIT_BYTES);
  } catch {
    return refusal(400, 'BAD_REQUEST', 'The request body could not be read');
  }
  if (!bytes) return refusal(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refusal(400, 'BAD_REQUEST', 'must be a JSON object');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refusal(400, 'BAD_REQUEST', 'must be a JSON object');
  }
  return { ok: true, body: body as Record<string, unknown> };
}
