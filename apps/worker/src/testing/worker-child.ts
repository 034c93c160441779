import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

/** A worker running in a child process (see worker-process.ts). */
export interface WorkerChild {
  readonly process: ChildProcess;
  /** Resolves when the worker printed `ready`; rejects if it exits first. */
  readonly ready: Promise<void>;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** What the child wrote to stderr (its warnings and errors), for failure messages. */
  readonly stderr: string[];
}

/** Starts `node --import tsx worker-process.ts` from the repository root with these environment variables. */
export function spawnWorkerChild(env: Record<string, string>): WorkerChild {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ready\n')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited (${code}) before ready: ${stderr.join('')}`)));
  });
  return { process: child, ready, exited, stderr };
}
