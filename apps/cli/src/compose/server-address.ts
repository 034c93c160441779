import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Catalogue, type Locale, translate } from '@snowball/core';
import type { Config } from '../config.js';

/**
 * Where a running `snowball start` records the address people reach it at, so that another process on the same
 * data directory (`snowball club create`, `snowball admin invite`) prints login links that work.
 */
export function serverRecordPath(config: Pick<Config, 'SNOWBALL_DATA_DIR'>): string {
  return resolve(join(config.SNOWBALL_DATA_DIR, 'server.json'));
}

interface ServerRecord {
  readonly pid: number;
  readonly url: string;
}

/** Records this process's public URL; the returned function removes the record (if it is still ours). */
export async function recordServerAddress(
  config: Pick<Config, 'SNOWBALL_DATA_DIR'>,
  url: string,
): Promise<() => Promise<void>> {
  const path = serverRecordPath(config);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ pid: process.pid, url } satisfies ServerRecord));
  await rename(temporary, path);
  return async () => {
    const current = await readRecord(path);
    if (current?.pid === process.pid) await unlink(path).catch(() => undefined);
  };
}

async function readRecord(path: string): Promise<ServerRecord | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<ServerRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.url !== 'string') return null;
    if (!/^https?:\/\//.test(parsed.url)) return null;
    return { pid: parsed.pid, url: parsed.url.replace(/\/+$/, '') };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const texts = {
  fromPublicUrl: { en: '(link on PUBLIC_URL, {url})', 'zh-CN': '（链接使用 PUBLIC_URL：{url}）' },
  fromServer: {
    en: '(link on the address of the running snowball server, process {pid}, as it recorded in {file}; set PUBLIC_URL to use another)',
    'zh-CN':
      '（链接使用正在运行的 snowball 服务器（进程 {pid}）记录在 {file} 中的地址；如需其他地址，请设置 PUBLIC_URL）',
  },
  fromPort: {
    en: '(no running snowball server found; the link assumes the server will listen on {url} from HOST and PORT; set PUBLIC_URL if people reach it at another address)',
    'zh-CN':
      '（未找到正在运行的 snowball 服务器；链接假定服务器将按 HOST 和 PORT 监听 {url}；如果大家通过其他地址访问，请设置 PUBLIC_URL）',
  },
} as const satisfies Catalogue;

/**
 * The base URL for links this process prints, and a line saying where it came from: PUBLIC_URL when set; else
 * the address the running server recorded in the data directory; else HOST and PORT of this configuration.
 */
export async function linkBase(
  config: Pick<Config, 'SNOWBALL_DATA_DIR' | 'PUBLIC_URL' | 'publicUrl'>,
  locale: Locale,
): Promise<{ readonly url: string; readonly source: 'PUBLIC_URL' | 'server' | 'port'; readonly note: string }> {
  if (config.PUBLIC_URL) {
    return {
      url: config.publicUrl,
      source: 'PUBLIC_URL',
      note: translate(texts, locale, 'fromPublicUrl', { url: config.publicUrl }),
    };
  }
  const file = serverRecordPath(config);
  const record = await readRecord(file);
  if (record && isAlive(record.pid)) {
    return {
      url: record.url,
      source: 'server',
      note: translate(texts, locale, 'fromServer', { pid: record.pid, file }),
    };
  }
  return {
    url: config.publicUrl,
    source: 'port',
    note: translate(texts, locale, 'fromPort', { url: config.publicUrl }),
  };
}
