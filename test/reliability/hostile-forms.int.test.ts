/**
 * Guarantee: hostile input through the panel's forms is refused cleanly or stored safely. Every endpoint of the
 * contract that takes a body (so a form added later is covered) gets, in each of its free-text fields in turn,
 * strings from `fast-check` — any Unicode including lone surrogates, control characters and NUL, markup and
 * script, SQL, right-to-left overrides, 100 000 characters — as club A's owner, on PostgreSQL. Each answer is
 * never a 5xx; a refusal is a 4xx with a code and a message in the request's language, and it changed nothing
 * the club holds (no half-written request); an acceptance answers JSON the panel can read. The panel renders
 * text through React only (escaped), never as HTML.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Endpoint, endpoints } from '../../apps/admin-api/src/contract/endpoints.contract.js';
import { fc } from '../../packages/commands/src/testing/property-testing.js';
import { MARKER, openPanelClubs, type PanelClubs, requestFor, send } from './support/panel-clubs.js';

const RUNS_PER_FIELD = 6;

/** Strings an attacker, a broken client or a careless paste sends. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(document.cookie)>',
    "'; drop table members; --",
    '\u0000\u0001\u0007\u001b[31m',
    '\uD800',
    'a\uDFFFb',
    '\u202Eevil\u202C',
    '\u200B\u200B',
    '   ',
    '{{constructor.constructor("alert(1)")()}}',
    `\${7*7}`,
    '@everyone <@&123456789012345678>',
    '加我微信 abc123 带你赚钱 💰',
    'x'.repeat(100_000),
    '汉'.repeat(5_000),
  ),
);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

/** Paths of the free-text fields of a body schema (strings without an enum, format or pattern), arrays as `[]`. */
function freeTextFields(schema: JsonSchema, path: string[] = []): string[][] {
  const options = schema.anyOf ?? [schema];
  const out: string[][] = [];
  for (const option of options) {
    if (option.type === 'string' && !option.enum && !option.format && !option.pattern) out.push(path);
    if (option.type === 'object' && option.properties) {
      for (const [key, child] of Object.entries(option.properties)) out.push(...freeTextFields(child, [...path, key]));
    }
    if (option.type === 'array' && option.items) out.push(...freeTextFields(option.items, [...path, '[]']));
  }
  return out;
}

/** The sample body with `value` at `path` (an array field becomes a one-element array). */
function withValue(body: unknown, path: readonly string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]') return [withValue(undefined, rest, value)];
  const object = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return { ...object, [head]: withValue(object[head], rest, value) };
}

const CJK = /[\u4e00-\u9fff]/;

/** zod as the contract uses it (resolved from the admin API, whose dependency it is), for its JSON Schema. */
const zod = (await import(
  pathToFileURL(
    createRequire(fileURLToPath(new URL('../../apps/admin-api/package.json', import.meta.url))).resolve('zod'),
  ).href
)) as { toJSONSchema(schema: unknown, options: object): unknown };

let clubs: PanelClubs;

beforeAll(async () => {
  clubs = await openPanelClubs();
});
afterAll(async () => {
  await clubs?.close();
});

describe('hostile input through every form of the panel (PostgreSQL)', () => {
  const targets = (Object.entries(endpoints) as [Endpoint, { body?: unknown }][])
    .filter(([, entry]) => entry.body)
    .map(([endpoint, entry]) => ({
      endpoint,
      fields: freeTextFields(zod.toJSONSchema(entry.body, { io: 'input', unrepresentable: 'any' }) as JsonSchema),
    }));

  it('finds the free-text fields of the forms', () => {
    const fields = targets.flatMap((t) => t.fields.map((f) => `${t.endpoint} ${f.join('.')}`));
    expect(fields.length).toBeGreaterThan(30);
    expect(fields).toEqual(expect.arrayContaining(['PUT /members/:id/notes notes', 'PATCH /settings names.en']));
  });

  for (const { endpoint, fields } of targets.filter((t) => t.fields.length > 0)) {
    it(`${endpoint}: refused in the caller’s language with nothing written, or stored; never a 5xx`, async () => {
      const { api, a, as, records } = clubs;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fields),
          hostile,
          fc.constantFrom('en', 'zh-CN'),
          async (field, text, lang) => {
            // Routes that decide an application get a fresh one each time (a decided one answers 409 whatever the input).
            const fresh = endpoint.startsWith('POST /applications/')
              ? { ...records, applicationId: await clubs.pendingApplication() }
              : records;
            const base = requestFor(endpoint, fresh);
            const request = { ...base, payload: withValue(base.payload, field, text) };
            const before = await clubs.fingerprint(a.community.id);
            const response = await send(api, as.owner, request, { headers: { 'accept-language': lang } });
            const where = `${endpoint} ${field.join('.')}=${JSON.stringify(text.slice(0, 40))} → ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, where).toBeLessThan(500);
            if (response.statusCode >= 400) {
              const { error } = response.json() as { error: { code: string; message: string } };
              expect(error.code, where).toEqual(expect.any(String));
              expect(error.message.trim().length, where).toBeGreaterThan(0);
              // In the caller's language: Chinese of its own in zh-CN, none in en (a message may quote the input or a
              // member's name — the fixture's names carry Chinese — so what it quotes does not count).
              const sent = new Set([...text, ...text.normalize('NFKC'), ...MARKER]);
              const own = [...error.message].filter((ch) => !sent.has(ch)).join('');
              expect(CJK.test(own), where).toBe(lang === 'zh-CN');
              expect(await clubs.fingerprint(a.community.id), `${where}: a refused request wrote something`).toEqual(
                before,
              );
            } else if (response.statusCode !== 204) {
              expect(() => response.json(), where).not.toThrow();
            }
          },
        ),
        { numRuns: RUNS_PER_FIELD * fields.length },
      );
    });
  }

  it('renders text in the panel only through React (escaped), never as HTML', async () => {
    const root = fileURLToPath(new URL('../../apps/admin-web/src/', import.meta.url));
    const files = (await readdir(root, { recursive: true })).filter((f) => /\.(tsx?|jsx?)$/.test(String(f)));
    expect(files.length).toBeGreaterThan(10);
    const raw: string[] = [];
    for (const file of files) {
      const text = await readFile(join(root, String(file)), 'utf8');
      if (/dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/.test(text)) {
        raw.push(String(file));
      }
    }
    expect(raw).toEqual([]);
  });
});
