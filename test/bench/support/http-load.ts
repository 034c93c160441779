/**
 * The HTTP load generator shared by the benchmarks: a bounded loop of concurrent keep-alive requests
 * (node:http, one socket per concurrent caller), run in a child process so it does not share the event
 * loop of the server it measures. Each benchmark runs it against its own path and its baseline with the
 * same requests, concurrency and count.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One request to send; the generator cycles through the list. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface LoadSpec {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly requests: readonly LoadRequest[];
  readonly count: number;
  readonly warmup: number;
  readonly concurrency: number;
  /** Each answer must have this status and contain this text, or it counts as an error. */
  readonly expectStatus: number;
  readonly expectText?: string;
  /** The run stops (and reports what it has) after this long. */
  readonly timeLimitMs: number;
}

export interface LoadResult {
  readonly completed: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly meanBytes: number;
  readonly timedOut: boolean;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function generate(spec: LoadSpec): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(spec.origin)) throw new Error(`refusing to load ${spec.origin}`);
  const url = new URL(spec.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  let errors = 0;
  let firstError: string | null = null;
  let bytes = 0;

  const send = (req: LoadRequest) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: req.method,
          path: req.path,
          headers:
            req.body === undefined ? req.headers : { ...req.headers, 'content-length': Buffer.byteLength(req.body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(req.body);
    });

  const run = async (count: number, record: number[] | null, deadline: number): Promise<boolean> => {
    let next = 0;
    let timedOut = false;
    const caller = async () => {
      while (next < count) {
        if (performance.now() > deadline) {
          timedOut = true;
          return;
        }
        const i = next++;
        const req = spec.requests[i % spec.requests.length] as LoadRequest;
        const started = performance.now();
        try {
          const res = await send(req);
          const ms = performance.now() - started;
          const ok = res.status === spec.expectStatus && (!spec.expectText || res.text.includes(spec.expectText));
          if (!ok) {
            errors += record ? 1 : 0;
            firstError ??= `${res.status} ${res.text.slice(0, 200)}`;
          }
          if (record) {
            record.push(ms);
            bytes += res.text.length;
          }
        } catch (error) {
          if (record) errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, caller));
    return timedOut;
  };

  const deadline = performance.now() + spec.timeLimitMs;
  await run(spec.warmup, null, deadline);
  errors = 0;
  firstError = null;
  const latencies: number[] = [];
  const started = performance.now();
  const timedOut = await run(spec.count, latencies, deadline);
  const elapsedMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    errors,
    firstError,
    elapsedMs,
    reqPerSec: (latencies.length / elapsedMs) * 1000,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    meanBytes: latencies.length ? bytes / latencies.length : 0,
    timedOut,
  };
}

/** Runs the generator in a child process against a server of this process and returns its figures. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--http-load-child'], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const kill = setTimeout(() => child.kill('SIGKILL'), spec.timeLimitMs + 30_000);
    let result: LoadResult | null = null;
    child.on('message', (message) => {
      result = message as LoadResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(kill);
      if (result) resolve(result);
      else reject(new Error(`load generator exited with ${code} and no result`));
    });
    child.send(spec);
  });
}

// --- formatting shared by the benchmarks ---

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function describeLoad(label: string, r: LoadResult): string {
  return (
    `${label.padEnd(36)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s   p50 ${ms(r.p50).padStart(9)}` +
    `   p95 ${ms(r.p95).padStart(9)}   p99 ${ms(r.p99).padStart(9)}   max ${ms(r.max).padStart(9)}` +
    `   ${r.completed} ok-or-error, ${r.errors} errors, ~${r.meanBytes.toFixed(0)} B/answer` +
    (r.timedOut ? '   (TIME LIMIT HIT)' : '')
  );
}

export function machineLine(title: string): string {
  return (
    `${title} — node ${process.version}, ${cpus().length} cores, load average ${(loadavg()[0] ?? 0).toFixed(2)}, ` +
    `${new Date().toISOString().slice(0, 10)}`
  );
}

/** PASS/FAIL lines and the exit code, in the style of matching.bench.ts. */
export function createChecker(): { check(ok: boolean, text: string): void; finish(name: string): void } {
  let pass = true;
  return {
    check(ok, text) {
      pass &&= ok;
      console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    },
    finish(name) {
      console.log(pass ? `${name}: all targets met` : `${name}: some targets missed`);
      process.exitCode = pass ? 0 : 1;
    },
  };
}

if (process.argv.includes('--http-load-child') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (spec) => {
    generate(spec as LoadSpec).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
