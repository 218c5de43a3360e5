import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body was cut at the read limit (or the stream was left open, as event streams are). */
  truncated: boolean;
}

/** No HTTP answer at all: a reset or closed connection, or nothing before the deadline. */
export interface NoAnswer {
  error: string;
  /** The fuzzer built a request Node refuses to send: a fault of the fuzzer, not of the service. */
  notSent?: boolean;
}

export interface SendOptions {
  method: string;
  /** e.g. http://127.0.0.1:8000 */
  origin: string;
  /** Path and query exactly as they go on the request line. */
  target: string;
  headers: Record<string, string>;
  body: string | Buffer | null;
}

const READ_LIMIT_BYTES = 1_000_000;
/** A hang guard, not a performance check: a request that takes this long is reported as unanswered. */
const DEADLINE_MS = 20_000;

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/**
 * Sends one request with node:http (fetch refuses TRACE, odd targets and some header values) and
 * reads at most 1 MB of the answer; an event stream is read up to its first chunk.
 */
export async function send(options: SendOptions): Promise<Answer | NoAnswer> {
  // A kept-alive socket the server closed meanwhile (Node's documented race) is retried on another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await sendOnce(options);
    if (!('staleSocket' in outcome)) return outcome;
  }
  return { error: 'ECONNRESET on every reused connection' };
}

function sendOnce(options: SendOptions): Promise<Answer | NoAnswer | { staleSocket: true }> {
  return new Promise((resolve) => {
    const url = new URL(options.origin);
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== null) headers['content-length'] = Buffer.byteLength(options.body);
    let settled = false;
    const finish = (result: Answer | NoAnswer | { staleSocket: true }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let request: http.ClientRequest;
    try {
      request = http.request({
        agent,
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.target,
        headers,
      });
    } catch (error) {
      resolve({ error: `the request could not be sent: ${(error as Error).message}`, notSent: true });
      return;
    }
    const timer = setTimeout(() => {
      request.destroy();
      finish({ error: `no answer within ${DEADLINE_MS / 1000} s` });
    }, DEADLINE_MS);
    request.on('error', (error) =>
      finish({ error: `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`.trim() }),
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = String(response.headers['content-type'] ?? '').startsWith('text/event-stream');
      const done = (truncated: boolean) =>
        finish({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
        });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= READ_LIMIT_BYTES || stream) {
          done(true);
          response.destroy();
        }
      });
      response.on('end', () => done(false));
      response.on('error', () => done(true));
      response.on('close', () => done(!response.complete));
    });
    request.end(options.body ?? undefined);
  });
}

export function closeConnections(): void {
  agent.destroy();
}

export function isAnswer(outcome: Answer | NoAnswer): outcome is Answer {
  return 'status' in outcome;
}
