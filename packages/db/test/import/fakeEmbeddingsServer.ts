import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbeddingRequest {
  model: string;
  input: string[];
  dimensions: number;
  encoding_format?: string;
}

export interface FakeEmbeddingsServer {
  /** The API's base URL, e.g. http://127.0.0.1:1234/v1 */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible embeddings endpoint on a free local port, so the OpenAI path runs for
 * real. `answer` gets each request with its body read whole and answers it, usually through
 * `sendEmbeddings`.
 */
export async function startFakeEmbeddings(
  answer: (req: IncomingMessage, raw: string, res: ServerResponse) => void,
): Promise<FakeEmbeddingsServer> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => answer(req, raw, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Answers as the API does: the list of embeddings with the request's model. */
export function sendEmbeddings(
  res: ServerResponse,
  model: string,
  data: { object: 'embedding'; index: number; embedding: number[] | string }[],
): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
}
