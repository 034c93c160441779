import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function snowball(args: string[], stdin: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    // No database or Redis: without --community the command must not need them.
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('snowball automod check', () => {
  it('reads JSON lines on stdin and prints one {"id","action","rules"} line per input with the default rules', {
    timeout: 60_000,
  }, () => {
    const stdin = [
      { id: 'm1', text: '大家好，下周三下午开会' },
      { id: 'm2', text: '加我薇信：ｌｉｈｕａ８８６ 领资料' },
      { id: 'm3', text: 'Our pricing page: https://lihua-tech.cn/pricing' },
      { id: 'm4', text: 'Our pricing page: https://lihua-tech.cn/pricing', isNewMember: true },
      { id: 'm5', text: '币圈项目稳赚不赔，日收益5%' },
    ]
      .map((m) => JSON.stringify(m))
      .join('\n');
    const { code, stdout, stderr } = snowball(['automod', 'check'], `${stdin}\nnot json\n`);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: 'm1', action: 'allow', rules: [] },
      { id: 'm2', action: 'delete', rules: ['ad.contact'] },
      { id: 'm3', action: 'review', rules: ['ad.link'] },
      { id: 'm4', action: 'review', rules: ['ad.link', 'sandbox'] },
      { id: 'm5', action: 'delete', rules: ['ad.excluded'] },
    ]);
    expect(stderr).toContain('line 6: not JSON');
  });

  it('refuses an unknown subcommand with a usage message', { timeout: 60_000 }, () => {
    const { code, stderr } = snowball(['automod', 'run'], '');
    expect(code).toBe(2);
    expect(stderr).toContain('snowball automod check');
  });
});
