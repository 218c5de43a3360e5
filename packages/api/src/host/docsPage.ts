import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const DOC_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** A swagger-ui asset from the installed package, or null for anything else. */
export async function readDocAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const type = DOC_ASSETS[name];
  if (!type) return null;
  return { body: await readFile(path.join(swaggerDir, name)), type };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The API docs page; `docsBase` is where the page itself is reached (direct or behind the web proxy). */
export function renderDocsPage(title: string, docsBase: string): string {
  const base = escapeHtml(docsBase);
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · API</title>
<link rel="stylesheet" href="${base}/assets/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="${base}/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(`${docsBase}/openapi.json`)}, dom_id: '#docs' });</script>
</body>
</html>`;
}
