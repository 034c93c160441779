/**
 * Guarantee: every /api route, enumerated from the contract (so a route added later is covered without editing
 * this test), refuses a caller without a session (401), a change without the session's CSRF token (403), and a
 * guest expert outside their few routes (403); and the staff of another club can neither read nor change
 * anything of this club through it: a route that names one of this club's records answers 403 or 404, no
 * response shows this club's data, and nothing this club holds in PostgreSQL changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUEST_ENDPOINTS } from '../../apps/admin-api/src/auth/guest-scope.hook.js';
import { type Endpoint, endpoints } from '../../apps/admin-api/src/contract/endpoints.contract.js';
import { bodyCoverage, openPanelClubs, type PanelClubs, requestFor, send } from './support/panel-clubs.js';

const ALL = Object.keys(endpoints) as Endpoint[];
const CHANGES = ALL.filter((e) => !e.startsWith('GET '));

let clubs: PanelClubs;

beforeAll(async () => {
  clubs = await openPanelClubs();
});
afterAll(async () => {
  await clubs?.close();
});

describe('every /api route from the contract: sessions, CSRF, roles and other clubs (PostgreSQL)', () => {
  it('enumerates the routes, each with a valid sample body where it takes one', () => {
    expect(ALL.length).toBeGreaterThan(60);
    expect(bodyCoverage(clubs.records)).toEqual([]);
  });

  it('answers 401 to every route without a session, and with a forged or signed-out one', async () => {
    const { api, records } = clubs;
    const wrong: string[] = [];
    for (const endpoint of ALL) {
      const request = requestFor(endpoint, records);
      for (const cookie of [undefined, 'snowball_session=forged-session-id']) {
        const response = await api.app.inject({
          method: request.method,
          url: request.url,
          headers: cookie ? { cookie } : {},
          ...(request.payload !== undefined ? { payload: request.payload as object } : {}),
        });
        if (response.statusCode !== 401)
          wrong.push(`${endpoint} (${cookie ? 'forged' : 'none'}) → ${response.statusCode}`);
        else expect(response.json().error.message).toEqual(expect.any(String));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every change without the session’s CSRF token, and changes nothing', async () => {
    const { api, a, as, records } = clubs;
    const before = await clubs.fingerprint(a.community.id);
    const wrong: string[] = [];
    for (const endpoint of CHANGES) {
      const response = await send(api, as.owner, requestFor(endpoint, records), { csrf: false });
      if (response.statusCode !== 403) wrong.push(`${endpoint} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(await clubs.fingerprint(a.community.id)).toEqual(before);
  });

  it('answers 403 to a guest expert on every route but their own few', async () => {
    const { api, a, as, records } = clubs;
    const before = await clubs.fingerprint(a.community.id);
    const wrong: string[] = [];
    for (const endpoint of ALL) {
      if (GUEST_ENDPOINTS.has(endpoint)) continue;
      const response = await send(api, as.guest, requestFor(endpoint, records));
      if (response.statusCode !== 403) wrong.push(`${endpoint} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(await clubs.fingerprint(a.community.id)).toEqual(before);
  });

  it('shows and changes nothing of a club to the owner and moderator of another, on any route', async () => {
    const { api, a, other, records, marker } = clubs;
    const before = await clubs.fingerprint(a.community.id);
    const named = new Set(Object.values(records));
    const wrong: string[] = [];
    for (const who of ['owner', 'moderator'] as const) {
      for (const endpoint of ALL) {
        // Signing out would end the session the rest of the loop uses; its own test covers it.
        if (endpoint === 'POST /session/sign-out') continue;
        const request = requestFor(endpoint, records);
        const response = await send(api, other[who], request);
        const status = response.statusCode;
        if (status >= 500) wrong.push(`${who} ${endpoint} → ${status}`);
        // A route whose path names one of club A's records finds nothing: 404 (or 403 by role), as for any id.
        const namesRecord = [...named].some((id) => request.url.includes(id));
        if (namesRecord && status !== 403 && status !== 404) wrong.push(`${who} ${endpoint} → ${status}`);
        // Whatever it answers, nothing of club A is in it (ids are allowed only where the request itself sent them).
        const body = response.body;
        if (body.includes(marker)) wrong.push(`${who} ${endpoint} shows club A's text`);
        for (const id of named) {
          if (body.includes(id) && !request.url.includes(id) && !JSON.stringify(request.payload ?? {}).includes(id)) {
            wrong.push(`${who} ${endpoint} shows club A's record ${id}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await clubs.fingerprint(a.community.id)).toEqual(before);
    // The session's club decides: club A's owner still sees club A's records through the same routes.
    const own = await send(api, clubs.as.owner, requestFor('GET /members/:id', records));
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(marker);
  });

  it('ends a session on sign-out: every route answers 401 to it afterwards', async () => {
    const { api, b, other, records } = clubs;
    const session = other.moderator;
    const out = await send(api, session, requestFor('POST /session/sign-out', records));
    expect(out.statusCode).toBe(204);
    const wrong: string[] = [];
    for (const endpoint of ALL) {
      const response = await send(api, session, requestFor(endpoint, records));
      if (response.statusCode !== 401) wrong.push(`${endpoint} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(b.community.id).not.toBe(clubs.a.community.id);
  });
});
