import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built panel at `/`: hashed assets cached for a year, `index.html` never cached, and every other
 * GET that is not an API call or a file answered with `index.html`, so the panel's own routes survive a reload.
 * Returns whether a panel was found.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return false;
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

/** Whether a not-found GET should get the panel's index.html (a panel route) rather than a 404. */
export function isPanelRoute(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '/';
  return !path.startsWith('/api/') && path !== '/api' && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
}
