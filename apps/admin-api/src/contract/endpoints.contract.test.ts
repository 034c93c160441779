import { describe, expect, it } from 'vitest';
import { buildApiServer } from '../build-api-server.js';
import { endpoints } from './endpoints.contract.js';

describe('endpoints', () => {
  it('lists exactly the /api routes the server registers, each with the schemas of its entry', async () => {
    // The routes read the core only when a request comes; listing them needs none.
    const app = await buildApiServer({
      core: {} as never,
      config: { publicUrl: 'http://127.0.0.1' },
      readiness: async () => ({}) as never,
    });
    try {
      const doc = (await app.inject({ url: '/api/docs/json' })).json() as {
        paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown }>>;
      };
      const registered: string[] = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
        for (const method of Object.keys(operations)) {
          registered.push(`${method.toUpperCase()} ${path.slice(4).replace(/\{(\w+)\}/g, ':$1')}`);
        }
      }
      expect(registered.sort()).toEqual(Object.keys(endpoints).sort());
      const lookup = doc.paths['/api/members/{id}']?.get;
      expect(lookup?.parameters).toEqual([expect.objectContaining({ in: 'path', name: 'id', required: true })]);
      expect(doc.paths['/api/members/{id}/notes']?.put?.requestBody).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
