import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loginUrl, type StaffRole, systemActor } from '@snowball/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type TestApi } from './api-test-kit.js';
import { openBrowser } from './browser.js';
import { ensurePanelBuilt } from './build-panel.js';
import { openTestRepositories, type TestRepositories } from './test-repositories.js';

/** Where browser tests leave their screenshots (the repository's test-output/screenshots). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../../test-output/screenshots');

export interface PanelInBrowserOptions {
  /** The browser's language; `en-US` unless told. */
  readonly locale?: string;
  /** Playwright's default timeout for the page; 10 s unless told. */
  readonly timeoutMs?: number;
  /** Console errors for which this returns true are not counted in `problems` (e.g. a 4xx a test provokes). */
  readonly ignoreConsoleError?: (text: string) => boolean;
}

export interface PanelInBrowser {
  readonly store: TestRepositories;
  readonly api: TestApi;
  /** Where the API serving the built panel listens, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Script errors and console errors the page reported so far. */
  readonly problems: string[];
  /** Opens a one-time login link for the member (the way a person signs in); waiting for the landing is the test's. */
  signIn(communityId: string, memberId: string, role: StaffRole): Promise<void>;
  /** A full-page screenshot named `<name>.png` under test-output/screenshots. */
  shot(name: string): Promise<void>;
}

/**
 * The panel in a real browser for one `describe`: registers a `beforeAll` that builds the panel, opens a scratch
 * database, starts the API serving the panel on a free port and opens a headless Chromium page, and an `afterAll`
 * that closes the browser, the server and the database, whether or not the tests (or the set-up) failed.
 * Call it at the top of the `describe`, before the file's own `beforeAll`, which then sees everything started.
 */
export function usePanelInBrowser(options: PanelInBrowserOptions = {}): PanelInBrowser {
  let store: TestRepositories | undefined;
  let api: TestApi | undefined;
  let origin: string | undefined;
  let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;
  let page: Page | undefined;
  const problems: string[] = [];

  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the panel's ${name} is not started (use it inside a test or hook)`);
    return value;
  };

  beforeAll(async () => {
    const webRoot = ensurePanelBuilt();
    await mkdir(SCREENSHOTS, { recursive: true });
    store = await openTestRepositories();
    api = await startTestApi(store.repos, { webRoot });
    origin = await api.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await openBrowser({ locale: options.locale ?? 'en-US' });
    page = await browser.context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 10_000);
    page.on('console', (message) => {
      if (message.type() === 'error' && !options.ignoreConsoleError?.(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
    await store?.close();
  });

  return {
    get store() {
      return started(store, 'database');
    },
    get api() {
      return started(api, 'API');
    },
    get origin() {
      return started(origin, 'server');
    },
    get context() {
      return started(browser, 'browser').context;
    },
    get page() {
      return started(page, 'page');
    },
    problems,
    async signIn(communityId, memberId, role) {
      const { token } = await started(api, 'API').core.issueLoginLink({
        actor: systemActor(communityId, 'test'),
        communityId,
        memberId,
        role,
      });
      await started(page, 'page').goto(loginUrl(started(origin, 'server'), token));
    },
    async shot(name) {
      await started(page, 'page').screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}
