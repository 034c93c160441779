/**
 * The fake Slack Web API in a child process, for benchmarks: in production Slack's servers (and the response
 * URLs) are elsewhere, so the CPU time the fake spends recording thousands of answers must not be charged to
 * the process being measured. Same FakeSlackApi as the tests use; the parent talks to it over IPC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FakeSlackApi, type FakeSlackUser } from '../../../packages/testkit/src/slack/index.js';

type Question =
  | { readonly op: 'addUser'; readonly user: FakeSlackUser }
  | { readonly op: 'answers'; readonly responseId: string };
type Request = Question & { readonly id: number };

interface Started {
  readonly apiUrl: string;
  readonly responseBase: string;
  readonly workspace: FakeSlackApi['defaultWorkspace'];
}

/** The parent's handle on the fake. */
export interface FakeSlackProcess {
  readonly apiUrl: string;
  readonly defaultWorkspace: FakeSlackApi['defaultWorkspace'];
  responseUrl(id: string): string;
  addUser(user: FakeSlackUser): Promise<void>;
  /** How many POSTs the response URL `id` received, and how many of them carried Block Kit blocks. */
  answers(responseId: string): Promise<{ readonly count: number; readonly withBlocks: number }>;
  close(): Promise<void>;
}

export async function startFakeSlackProcess(): Promise<FakeSlackProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--fake-slack-child'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const pending = new Map<number, (value: unknown) => void>();
  const started = await new Promise<Started>((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message) => resolve(message as Started));
  });
  child.on('message', (message) => {
    const { id, value } = message as { id: number; value: unknown };
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const ask = <T>(request: Question): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = ++next;
      pending.set(id, resolve as (value: unknown) => void);
      child.send({ ...request, id });
    });
  return {
    apiUrl: started.apiUrl,
    defaultWorkspace: started.workspace,
    responseUrl: (id) => `${started.responseBase}/response/${id}`,
    addUser: (user) => ask({ op: 'addUser', user }),
    answers: (responseId) => ask({ op: 'answers', responseId }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv.includes('--fake-slack-child')) {
  const fake = await FakeSlackApi.start();
  const send = (message: unknown) => process.send?.(message);
  process.on('message', (message) => {
    const request = message as Request;
    if (request.op === 'addUser') {
      fake.addUser(request.user);
      send({ id: request.id, value: null });
    } else {
      const responses = fake.responsesTo(request.responseId);
      const withBlocks = responses.filter((r) => Array.isArray(r.body['blocks'])).length;
      send({ id: request.id, value: { count: responses.length, withBlocks } });
    }
  });
  process.on('SIGTERM', () => {
    void fake.close().finally(() => process.exit(0));
  });
  send({ apiUrl: fake.apiUrl, responseBase: fake.url, workspace: fake.defaultWorkspace } satisfies Started);
}
