import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEmbedder } from '../../src/cli/embedderChoice';
import { EMBEDDING_DIMENSIONS } from '../../src/embedding/embedder';
import { perfumeEmbeddingText } from '../../src/embedding/embeddingText';
import { createOpenAIEmbedder } from '../../src/embedding/openaiEmbedder';
import { shippedCatalogRecords } from '../../src/seed/catalogRecords';
import {
  type EmbeddingRequest,
  type FakeEmbeddingsServer,
  sendEmbeddings,
  startFakeEmbeddings,
} from './fakeEmbeddingsServer';

/** A tiny OpenAI-compatible embeddings endpoint: each vector encodes its input's length and position. */
const requests: { authorization: string | undefined; body: EmbeddingRequest }[] = [];
let server: FakeEmbeddingsServer;
let baseURL: string;
let failNext = 0;

function vectorFor(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  vector[0] = text.length;
  vector[1] = text.includes('Accords:') ? 1 : 0;
  return vector;
}

beforeAll(async () => {
  server = await startFakeEmbeddings((req, raw, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
      res.writeHead(404).end();
      return;
    }
    if (failNext > 0) {
      failNext--;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"try again"}}');
      return;
    }
    const body = JSON.parse(raw) as EmbeddingRequest;
    requests.push({ authorization: req.headers.authorization, body });
    // Answer out of order: the client must put vectors back by index.
    const data = body.input
      .map((text, index) => {
        const embedding = vectorFor(text, body.dimensions);
        const encoded =
          body.encoding_format === 'base64'
            ? Buffer.from(new Float32Array(embedding).buffer).toString('base64')
            : embedding;
        return { object: 'embedding' as const, index, embedding: encoded };
      })
      .reverse();
    sendEmbeddings(res, body.model, data);
  });
  baseURL = server.baseUrl;
});
afterAll(() => server.close());

const records = shippedCatalogRecords().slice(0, 5);

describe('the OpenAI embedder', () => {
  it('asks text-embedding-3-small for 256 dimensions in batches and returns vectors in input order', async () => {
    requests.length = 0;
    const embedder = createOpenAIEmbedder({ apiKey: 'sk-test', baseURL, batchSize: 2 });
    const vectors = await embedder.embed(records);
    expect(embedder.model).toBe('text-embedding-3-small');
    expect(requests.map((r) => r.body.input.length)).toEqual([2, 2, 1]);
    for (const { authorization, body } of requests) {
      expect(authorization).toBe('Bearer sk-test');
      expect(body).toMatchObject({ model: 'text-embedding-3-small', dimensions: EMBEDDING_DIMENSIONS });
    }
    expect(vectors).toHaveLength(5);
    vectors.forEach((vector, i) => {
      expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
      expect(vector[0]).toBe(perfumeEmbeddingText(records[i]!).length);
    });
  });

  it('sends brand, name, accords and notes', async () => {
    requests.length = 0;
    const [record] = records;
    await createOpenAIEmbedder({ apiKey: 'sk-test', baseURL }).embed([record!]);
    const text = requests[0]!.body.input[0]!;
    expect(text).toContain(`${record!.brand} ${record!.name}`);
    expect(text).toMatch(/Accords: \w+ 100/);
    expect(text).toContain(record!.notes[0]!.name);
  });

  it('retries a failed request', async () => {
    failNext = 1;
    const vectors = await createOpenAIEmbedder({ apiKey: 'sk-test', baseURL }).embed(records.slice(0, 1));
    expect(vectors).toHaveLength(1);
  });

  it('is chosen when OPENAI_API_KEY is set, the local one otherwise', () => {
    expect(chooseEmbedder({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL }).model).toBe(
      'text-embedding-3-small',
    );
    expect(chooseEmbedder({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined }).model).toBe('local-v1');
    expect(chooseEmbedder({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL }, 'local').model).toBe('local-v1');
    expect(() => chooseEmbedder({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined }, 'openai')).toThrow(
      /OPENAI_API_KEY/,
    );
  });
});
