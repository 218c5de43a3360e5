import net from 'node:net';

export interface RawResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: string;
}

export interface RawRequest {
  method: string;
  /** The request target as sent: a path, or `host:port` for CONNECT. */
  target: string;
  headers?: Record<string, string>;
}

/** The body of a `transfer-encoding: chunked` answer, its chunk sizes counted in bytes. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset);
    const size = Number.parseInt(raw.subarray(offset, lineEnd).toString(), 16);
    if (lineEnd < 0 || !size) return Buffer.concat(parts);
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

function parseResponse(raw: Buffer): RawResponse | null {
  const headerEnd = raw.indexOf('\r\n\r\n');
  if (headerEnd < 0) return null;
  const [statusLine = '', ...headerLines] = raw.subarray(0, headerEnd).toString().split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = raw.subarray(headerEnd + 4);
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: (headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body).toString(),
  };
}

/**
 * Sends a request byte for byte over a fresh connection (`fetch` refuses methods such as TRACE and
 * CONNECT, and headers past its own limits) and reads the answer until the server closes it; null
 * when the server closed without answering.
 */
export function sendRawRequest(port: number, request: RawRequest): Promise<RawResponse | null> {
  const headers = { host: '127.0.0.1', ...request.headers, connection: 'close' };
  const head = [
    `${request.method} ${request.target} HTTP/1.1`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head.join('\r\n')}\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while the oversized request is still being written.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve(parseResponse(Buffer.concat(chunks)));
      else reject(error);
    });
    socket.on('close', () => resolve(parseResponse(Buffer.concat(chunks))));
  });
}
