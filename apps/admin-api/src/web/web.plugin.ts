import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Serves the built panel at `/`: hashed assets cached for a year, `index.html` never cached, and every other
 * GET that is not an API call or a file answered with `index.html`, so the panel's own routes survive a reload.
 * Returns whether a panel was found.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) {
    // A checkout where the panel was never built: say how to build it rather than answer a bare 404.
    app.get('/', { schema: { hide: true } }, (_request, reply) => sendPanelMissing(reply));
    return false;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: false,
    wildcard: true,
    setHeaders(reply, path) {
      reply.header('cache-control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The directory itself is not a file (static would refuse it); the panel's home is its index.html.
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
  return true;
}

/** The page served at `/` (and the panel's routes) when the panel has not been built. */
export const PANEL_MISSING_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>snowball</title></head>
<body>
<h1>The admin panel has not been built yet</h1>
<p>The API is running, but this checkout has no built panel. In the snowball folder, run</p>
<pre>pnpm build</pre>
<p>then restart <code>pnpm snowball start</code> and reload this page. The API itself is at <a href="/api/docs">/api/docs</a>.</p>
<hr>
<h1 lang="zh-CN">管理后台尚未构建</h1>
<p lang="zh-CN">API 已在运行，但当前代码目录中还没有构建好的管理后台。请在 snowball 目录下运行</p>
<pre>pnpm build</pre>
<p lang="zh-CN">然后重新运行 <code>pnpm snowball start</code> 并刷新本页。API 文档见 <a href="/api/docs">/api/docs</a>。</p>
</body>
</html>
`;

/** Answers with the "panel not built" page (503: the panel is not available, the process is). */
export function sendPanelMissing(reply: FastifyReply): FastifyReply {
  return reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(PANEL_MISSING_PAGE);
}

/** Whether a not-found GET should get the panel's index.html (a panel route) rather than a 404. */
export function isPanelRoute(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '/';
  return !path.startsWith('/api/') && path !== '/api' && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
}
