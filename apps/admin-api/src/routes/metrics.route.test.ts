import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerMetricsRoute } from './metrics.route.js';

const render = async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: 'up 1\n' });

describe('GET /metrics', () => {
  it('serves the exposition text', async () => {
    const app = Fastify();
    await registerMetricsRoute(app, { render });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toBe('up 1\n');
    await app.close();
  });

  it('asks for the bearer token when one is configured', async () => {
    const app = Fastify();
    await registerMetricsRoute(app, { render, token: 's3cret' });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer s3cret' } });
    expect(right.statusCode).toBe(200);
    await app.close();
  });
});
