import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { linkBase, recordServerAddress, serverRecordPath } from './server-address.js';

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'snowball-server-address-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the address links are printed on', () => {
  it('is the one the running server recorded, when PUBLIC_URL is not set; it says so in both languages', async () => {
    const dir = await dataDir();
    const config = loadConfig({ SNOWBALL_DATA_DIR: dir });
    const remove = await recordServerAddress(config, 'http://127.0.0.1:4321');
    const en = await linkBase(config, 'en');
    expect(en).toMatchObject({ url: 'http://127.0.0.1:4321', source: 'server' });
    expect(en.note).toContain(`the running snowball server, process ${process.pid}`);
    expect((await linkBase(config, 'zh-CN')).note).toContain(`正在运行的 snowball 服务器（进程 ${process.pid}）`);
    await remove();
    expect(await linkBase(config, 'en')).toMatchObject({ url: 'http://127.0.0.1:3000', source: 'port' });
  });

  it('falls back to HOST and PORT when the recorded server is gone, and says the link assumes it', async () => {
    const dir = await dataDir();
    const config = loadConfig({ SNOWBALL_DATA_DIR: dir, PORT: '4100' });
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    await writeFile(serverRecordPath(config), JSON.stringify({ pid: gone, url: 'http://127.0.0.1:4321' }));
    const base = await linkBase(config, 'en');
    expect(base).toMatchObject({ url: 'http://127.0.0.1:4100', source: 'port' });
    expect(base.note).toContain('no running snowball server found');
    expect((await linkBase(config, 'zh-CN')).note).toContain('未找到正在运行的 snowball 服务器');
  });

  it('is PUBLIC_URL whenever it is set', async () => {
    const dir = await dataDir();
    const config = loadConfig({ SNOWBALL_DATA_DIR: dir, PUBLIC_URL: 'https://club.example.com/' });
    await recordServerAddress(config, 'http://127.0.0.1:4321');
    expect(await linkBase(config, 'en')).toEqual({
      url: 'https://club.example.com',
      source: 'PUBLIC_URL',
      note: '(link on PUBLIC_URL, https://club.example.com)',
    });
  });
});
