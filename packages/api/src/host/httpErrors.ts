import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '../schemas/common';

/**
 * Answers below the procedures, shared by the service hosts and the web server: a method a path
 * does not serve, and requests node:http refuses before there is a request object at all.
 */

export const NOT_FOUND_BODY: ErrorBody = { code: 'NOT_FOUND', message: 'Not found', issues: [] };

/** The `Allow` header value for a set of methods. */
export function allowHeader(methods: readonly string[]): string {
  return [...new Set(methods)].join(', ');
}

export function methodNotAllowedBody(method: string, allowed: readonly string[]): ErrorBody {
  return {
    code: 'METHOD_NOT_SUPPORTED',
    message: `${method} is not supported here; use ${allowHeader(allowed)}`,
    issues: [],
  };
}

/**
 * Writes a whole response on a socket node:http has given up parsing (or handed over, as for
 * CONNECT), then closes it: the connection cannot carry another request.
 */
export function writeRawError(
  socket: Duplex,
  status: number,
  body: ErrorBody,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(json)}`,
    'cache-control: no-store',
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${json}`);
}

interface ParseError extends Error {
  code?: string;
}

/** What node:http's own answer would have been (it sends no body), with the error body added. */
function clientErrorAnswer(error: ParseError, maxHeaderBytes: number): { status: number; body: ErrorBody } {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        body: {
          code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
          message: `The request line and headers may be at most ${maxHeaderBytes} bytes`,
          issues: [],
        },
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'Chunk extensions too large', issues: [] } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, body: { code: 'TIMEOUT', message: 'The request took too long to arrive', issues: [] } };
    case 'HPE_INVALID_METHOD':
      return { status: 501, body: { code: 'NOT_IMPLEMENTED', message: 'Unknown request method', issues: [] } };
    default:
      return { status: 400, body: { code: 'BAD_REQUEST', message: 'Malformed HTTP request', issues: [] } };
  }
}

/** Whether a response of an earlier request on this keep-alive connection is already being written. */
function responseUnderway(socket: Duplex): boolean {
  // node:http's own clientError fallback checks the same private field before writing.
  const current = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
  return current?.headersSent === true;
}

/**
 * A `clientError` listener: too large a request line or headers get 431, other unparseable
 * requests 400 (408, 413, 501 where node:http tells why), each with the error body instead of the
 * empty reply node:http sends by itself.
 */
export function answerClientError(error: ParseError, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable || responseUnderway(socket)) {
    socket.destroy();
    return;
  }
  // Neither host sets its own limit, so node's (16 KiB, or --max-http-header-size) applies.
  const { status, body } = clientErrorAnswer(error, http.maxHeaderSize);
  writeRawError(socket, status, body);
}
