import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idParams, pagedQuery, uuid } from '../contract/common.contract.js';
import { seriesBody } from '../contract/lesson.contract.js';
import { settingsPatch } from '../contract/settings.contract.js';
import { fieldMessages, type SchemaIssue } from './validation-messages.js';
import { openApiTransform, zodValidatorCompiler } from './zod-schemas.js';

function issuesOf(schema: z.ZodType, data: unknown): SchemaIssue[] {
  const validate = zodValidatorCompiler({ schema, method: 'POST', url: '/x', httpPart: 'body' });
  const result = validate(data) as { value?: unknown; error?: SchemaIssue[] };
  return result.error ?? [];
}

describe('zod validation reads like the JSON Schema messages people already get', () => {
  it('names each bad field once, in zh-CN and en, with the limits of the schema', () => {
    const query = pagedQuery({ status: z.enum(['open', 'closed']).optional() });
    const issues = issuesOf(query, { status: 'late', limit: '1000', offset: '-1' });
    expect(fieldMessages(issues, 'en', 'querystring')).toEqual([
      { field: 'status', message: 'status must be one of: open, closed' },
      { field: 'limit', message: 'limit must be at most 100' },
      { field: 'offset', message: 'offset must be at least 0' },
    ]);
    expect(fieldMessages(issuesOf(idParams('id'), { id: 'not-a-uuid' }), 'zh-CN', 'params')).toEqual([
      { field: 'id', message: 'id 格式不正确（uuid）' },
    ]);
  });

  it('tells a missing field from a wrong type, and words nested paths and patterns', () => {
    const issues = issuesOf(seriesBody, { title: '', frequency: 'daily', weekdays: ['XX'], time: '25:00' });
    expect(fieldMessages(issues, 'en', 'body')).toEqual([
      { field: 'title', message: 'title must have at least 1 characters' },
      { field: 'durationMinutes', message: 'durationMinutes is required' },
      { field: 'frequency', message: 'frequency must be one of: weekly, monthly' },
      { field: 'weekdays.0', message: 'weekdays.0 must be one of: MO, TU, WE, TH, FR, SA, SU' },
      { field: 'time', message: 'time has an invalid format' },
    ]);
    expect(fieldMessages(issuesOf(settingsPatch, { fee: { amount: '1' }, graceDays: 'x' }), 'en', 'body')).toEqual([
      { field: 'graceDays', message: 'graceDays must be number' },
      { field: 'fee.currency', message: 'fee.currency is required' },
    ]);
  });

  it('passes valid input through with defaults filled and text coerced', () => {
    const validate = zodValidatorCompiler({
      schema: pagedQuery({}),
      method: 'GET',
      url: '/x',
      httpPart: 'querystring',
    });
    expect(validate({ offset: '50' })).toEqual({ value: { limit: 25, offset: 50 } });
    expect(issuesOf(uuid, '00000000-0000-4000-8000-000000000001')).toEqual([]);
  });
});

describe('the OpenAPI transform', () => {
  it('turns zod route schemas into JSON Schema and leaves plain JSON Schema routes alone', () => {
    const openapiObject = { openapi: '3.1.0' };
    const plain = { querystring: { type: 'object', properties: { token: { type: 'string' } } } };
    const same = openApiTransform({ schema: plain, url: '/login', route: {}, openapiObject } as never);
    expect(same.schema).toBe(plain);
    const made = openApiTransform({
      schema: { querystring: pagedQuery({}), response: { 200: z.object({ at: z.date() }) } },
      url: '/api/x',
      route: {},
      openapiObject,
    } as never) as { schema: { querystring: object; response: Record<string, object> } };
    expect(made.schema.querystring).toMatchObject({ type: 'object', properties: { limit: { maximum: 100 } } });
    expect(made.schema.response['200']).toMatchObject({ properties: { at: { type: 'string', format: 'date-time' } } });
  });
});
