import type http from 'node:http';
import type { OpenAPIObject } from 'trpc-to-openapi';
import { readDocAsset, renderDocsPage } from './docsPage';
import { notFound, sendBytes } from './hostResponses';
import { withServerUrl } from './openApiDocument';

/** How many bases (prefixes a proxy forwards) the documents are kept for; past it, one is made per request. */
const KEPT_BASES = 16;
const PREFIX_PATTERN = /^\/[\w\-/]*$/;

function keptPerBase(make: (base: string) => Buffer): (base: string) => Buffer {
  const kept = new Map<string, Buffer>();
  return (base) => {
    let made = kept.get(base);
    if (!made) {
      made = make(base);
      if (kept.size < KEPT_BASES) kept.set(base, made);
    }
    return made;
  };
}

function forwardedPrefix(req: http.IncomingMessage, header: string, fallback: string): string {
  const value = req.headers[header];
  return typeof value === 'string' && PREFIX_PATTERN.test(value) ? value.replace(/\/$/, '') : fallback;
}

export interface HostDocuments {
  /** The OpenAPI document with its server at `apiBase`, as bytes. */
  openApiJson(apiBase: string): Buffer;
  /** Everything under /docs: the page, its OpenAPI document and its assets; `rest` is the path after /docs. */
  docs(req: http.IncomingMessage, res: http.ServerResponse, rest: string): Promise<void>;
}

/** The OpenAPI document and the docs page, each written once per base (direct, or behind the web proxy's prefix). */
export function createHostDocuments(title: string, document: OpenAPIObject): HostDocuments {
  const openApiJson = keptPerBase((apiBase) => Buffer.from(JSON.stringify(withServerUrl(document, apiBase))));
  const docsPage = keptPerBase((docsBase) => Buffer.from(renderDocsPage(title, docsBase)));
  const docAssets = new Map<string, Promise<Awaited<ReturnType<typeof readDocAsset>>>>();

  function docAsset(name: string) {
    let asset = docAssets.get(name);
    if (!asset) {
      asset = readDocAsset(name);
      // Only the few known assets are ever kept: an unknown name reads nothing and is not kept.
      void asset.then(
        (found) => {
          if (!found) docAssets.delete(name);
        },
        () => docAssets.delete(name),
      );
      docAssets.set(name, asset);
    }
    return asset;
  }

  async function docs(req: http.IncomingMessage, res: http.ServerResponse, rest: string): Promise<void> {
    const docsBase = forwardedPrefix(req, 'x-forwarded-prefix', '/docs');
    if (rest === '' || rest === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(docsPage(docsBase));
      return;
    }
    if (rest === '/openapi.json') {
      sendBytes(res, openApiJson(forwardedPrefix(req, 'x-forwarded-api-prefix', '/api')));
      return;
    }
    const asset = rest.startsWith('/assets/') ? await docAsset(rest.slice('/assets/'.length)) : null;
    if (!asset) return notFound(res);
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
    res.end(asset.body);
  }

  return { openApiJson, docs };
}
