import { describe, expect, it } from 'vitest';
import { createTestPorts } from '../testing/create-test-ports.js';
import { errorText, isDomainError } from './domain-error.js';
import { uniqueViolation } from './unique-violation.js';

describe('uniqueViolation', () => {
  it('is a domain conflict with a bilingual text, naming what was taken for logs', () => {
    const error = uniqueViolation('slug');
    expect(isDomainError(error) && error.code).toBe('conflict.unique');
    expect(error.message).toBe('unique violation: slug');
    expect(errorText(error, 'en')).toBe('Someone else changed this at the same moment. Please try again.');
    expect(errorText(error, 'zh-CN')).toBe('有人在同一时间修改了这项内容，请重试。');
  });

  it('is what the in-memory repositories throw on a taken key', async () => {
    const ports = createTestPorts();
    const community = {
      id: ports.ids.id(),
      slug: 'founders',
      name: 'Founders',
      settings: {} as never,
      createdAt: ports.clock.now(),
    };
    await ports.communities.create(community);
    await expect(ports.communities.create({ ...community, id: ports.ids.id() })).rejects.toMatchObject({
      code: 'conflict.unique',
      what: 'slug',
    });
  });
});
