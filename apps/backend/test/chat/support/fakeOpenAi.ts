import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message of a Chat Completions request, as far as the fake reads it. */
export interface FakeMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
}

export interface FakeRequest {
  model: string;
  stream?: boolean;
  messages: FakeMessage[];
  tools?: { function: { name: string } }[];
}

/** What the fake answers one request with. */
export type FakeReply =
  | { text: string }
  | { toolCalls: { name: string; arguments: string }[] }
  | { status: number }
  /** No answer at all (the client's timeout must end it). */
  | { hang: true }
  /** This body as it is (200 unless told): what a broken proxy or a server of another kind sends. */
  | { raw: string; contentType: string; status?: number }
  /** The text streamed up to its middle, then the connection dropped: no finish reason, no [DONE]. */
  | { cut: string }
  /** The text streamed piece by piece with `gapMs` between pieces: a model that writes slowly. */
  | { trickle: string; gapMs: number };

export type FakeScript = (request: FakeRequest) => FakeReply;

/** The pieces a streamed text or argument string is cut into, so the client reassembles them. */
const PIECE = 7;
const pieces = (text: string) => text.match(new RegExp(`[\\s\\S]{1,${PIECE}}`, 'g')) ?? [''];

function chunk(delta: Record<string, unknown>, finish: string | null = null) {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'fake',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

type StreamedReply = Extract<FakeReply, { text: string } | { toolCalls: unknown }>;

function streamReply(res: http.ServerResponse, reply: StreamedReply) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  if ('text' in reply) {
    res.write(chunk({ role: 'assistant', content: '' }));
    for (const piece of pieces(reply.text)) res.write(chunk({ content: piece }));
    res.write(chunk({}, 'stop'));
  } else {
    reply.toolCalls.forEach((call, index) => {
      res.write(
        chunk({
          ...(index === 0 && { role: 'assistant', content: null }),
          tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } }],
        }),
      );
      for (const piece of pieces(call.arguments)) {
        res.write(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
      }
    });
    res.write(chunk({}, 'tool_calls'));
  }
  res.end('data: [DONE]\n\n');
}

function trickle(res: http.ServerResponse, reply: Extract<FakeReply, { trickle: string }>) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(chunk({ role: 'assistant', content: '' }));
  const left = pieces(reply.trickle);
  const timer = setInterval(() => {
    const piece = left.shift();
    if (piece !== undefined) res.write(chunk({ content: piece }));
    else res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
  }, reply.gapMs);
  res.on('close', () => clearInterval(timer));
}

/**
 * A small OpenAI-compatible server on 127.0.0.1 speaking the Chat Completions SSE format, streamed
 * text and streamed tool calls included (the npm mock servers crash on streamed tool calls). Each
 * request is answered by `script`, which tests replace as they go; every request is kept.
 */
export async function startFakeOpenAi(script: FakeScript) {
  const requests: FakeRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  /** `latencyMs`: how long each answer waits before its first byte, as a remote model would. */
  const fake = { script, requests, baseURL: '', latencyMs: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (piece: Buffer) => chunks.push(piece));
    req.on('end', async () => {
      if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeRequest;
      requests.push(request);
      const reply = fake.script(request);
      if ('hang' in reply) {
        hanging.add(res);
        return;
      }
      if ('raw' in reply) {
        res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType }).end(reply.raw);
        return;
      }
      if ('cut' in reply) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(chunk({ role: 'assistant', content: '' }));
        for (const piece of pieces(reply.cut.slice(0, reply.cut.length / 2))) res.write(chunk({ content: piece }));
        // Dropped once what was written has left, so that the reader saw the text begin.
        res.write(': cut\n\n', () => res.destroy());
        return;
      }
      if ('trickle' in reply) {
        hanging.add(res);
        trickle(res, reply);
        return;
      }
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
        return;
      }
      streamReply(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}

export type FakeOpenAi = Awaited<ReturnType<typeof startFakeOpenAi>>;

/** The tool results the request carries (the model's second round trip reads them). */
export function toolResults(request: FakeRequest): string[] {
  return request.messages.filter((message) => message.role === 'tool').map((message) => message.content ?? '');
}
