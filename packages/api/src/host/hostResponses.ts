import type http from 'node:http';
import { NOT_FOUND_BODY } from './httpErrors';

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** JSON written once (the OpenAPI document), sent as bytes. */
export function sendBytes(res: http.ServerResponse, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

export function notFound(res: http.ServerResponse): void {
  sendJson(res, 404, NOT_FOUND_BODY);
}
