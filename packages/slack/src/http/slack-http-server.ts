import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackHttpRequest, SlackHttpResponse } from './slack-http-receiver.js';
import type { SlackHttpGetRequest } from './slack-install.handler.js';

const MAX_BODY_BYTES = 1_000_000;

/** The three Slack routes, framework-free (the Slack runtime provides them). */
export interface SlackHttpRoutes {
  handleEvents(request: SlackHttpRequest): Promise<SlackHttpResponse>;
  handleInstall(request: SlackHttpGetRequest): Promise<SlackHttpResponse>;
  handleOAuthRedirect(request: SlackHttpGetRequest): Promise<SlackHttpResponse>;
}

/** A running Node HTTP server for the Slack routes. */
export interface SlackHttpServer {
  readonly url: string;
  close(): Promise<void>;
}

function readRaw(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SlackHttpResponse): void {
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  res.end(response.body);
}

/**
 * Serves `POST /slack/events`, `GET /slack/install` and `GET /slack/oauth_redirect` with plain `node:http`
 * (for tests and hosts without Fastify). Listens on 127.0.0.1 unless told otherwise.
 */
export async function startSlackHttpServer(
  runtime: SlackHttpRoutes,
  options: { readonly port?: number; readonly host?: string } = {},
): Promise<SlackHttpServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const query = Object.fromEntries(url.searchParams);
    const work = async (): Promise<SlackHttpResponse> => {
      if (route === 'POST /slack/events') {
        const rawBody = await readRaw(req);
        if (rawBody === null) return { status: 413, headers: {}, body: '' };
        return runtime.handleEvents({ rawBody, headers: req.headers, query });
      }
      if (route === 'GET /slack/install') return runtime.handleInstall({ query, headers: req.headers });
      if (route === 'GET /slack/oauth_redirect') return runtime.handleOAuthRedirect({ query, headers: req.headers });
      return { status: 404, headers: {}, body: '' };
    };
    work().then(
      (response) => send(res, response),
      () => send(res, { status: 500, headers: {}, body: '' }),
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
