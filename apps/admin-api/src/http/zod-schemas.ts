import type { FastifyInstance, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { type core, z } from 'zod';
import { firstUnknownField } from './unknown-fields.js';
import type { SchemaIssue } from './validation-messages.js';

type Issue = core.$ZodIssue & { readonly input?: unknown };

/** Zod's format names as JSON Schema (and so the messages people read) call them. */
const FORMAT_NAMES: Readonly<Record<string, string>> = { datetime: 'date-time', guid: 'uuid' };

/** Zod's issue in the words of JSON Schema (Ajv), so one catalogue words every field message. */
function asSchemaIssue(issue: Issue, prefix: readonly PropertyKey[] = []): SchemaIssue {
  const path = [...prefix, ...issue.path];
  const instancePath = path.map((key) => `/${String(key)}`).join('');
  const as = (keyword: string, params: Record<string, unknown> = {}) => ({ keyword, instancePath, params });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? as('required') : as('type', { type: issue.expected });
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const side = issue.code === 'too_small' ? 'min' : 'max';
      if (issue.origin === 'string') return as(`${side}Length`, { limit });
      if (issue.origin === 'array' || issue.origin === 'set') return as(`${side}Items`, { limit });
      return as(issue.code === 'too_small' ? 'minimum' : 'maximum', { limit });
    }
    case 'invalid_value':
      return as('enum', { allowedValues: issue.values.map(String) });
    case 'invalid_format':
      if (issue.format === 'regex') return as('pattern');
      return as('format', { format: FORMAT_NAMES[issue.format] ?? issue.format });
    case 'unrecognized_keys':
      return as('additionalProperties', { additionalProperty: issue.keys[0] });
    case 'invalid_union': {
      // The first alternative's complaint says enough (`uuid` for "a uuid or empty").
      const first = issue.errors[0]?.[0] as Issue | undefined;
      return first ? asSchemaIssue(first, path) : as('other');
    }
    default:
      return as('other');
  }
}

/** Validates a request part with its zod schema; failures read like Ajv's, field by field. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      // Bodies are strict: a property the schema does not know is refused, not silently dropped.
      const unknown = httpPart === 'body' ? firstUnknownField(data, result.data) : null;
      if (!unknown) return { value: result.data };
      const instancePath = unknown
        .slice(0, -1)
        .map((key) => `/${key}`)
        .join('');
      const issue: SchemaIssue = {
        keyword: 'additionalProperties',
        instancePath,
        params: { additionalProperty: unknown[unknown.length - 1] },
      };
      return { error: [issue] as never };
    }
    return { error: result.error.issues.map((issue) => asSchemaIssue(issue as Issue)) as never };
  };

/** True for a route schema made of zod schemas (the /api routes), false for plain JSON Schema ones. */
function isZodSchema(schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return false;
  const parts = [schema.body, schema.querystring, schema.params, ...Object.values(schema.response ?? {})];
  return parts.some((part) => part instanceof z.ZodType);
}

/** The OpenAPI transform: zod route schemas become JSON Schema; plain JSON Schema routes pass as they are. */
export const openApiTransform: typeof jsonSchemaTransform = (document) =>
  isZodSchema(document.schema as Record<string, unknown> | undefined) ? jsonSchemaTransform(document) : document;

/** What a handler may return for a schema: its output, read-only all the way down (core lists are readonly). */
type Returned<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly Returned<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Returned<T[K]> }
      : T;

/**
 * `fastify-type-provider-zod`'s provider, except that handlers may return read-only data: request parts are
 * typed by the schema's output, replies by its (read-only) output, which the serializer encodes.
 */
export interface ApiTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? Returned<z.output<this['schema']>> : unknown;
}

/** The /api routes' view of the server: zod schemas in, typed requests and replies. */
export function zodRoutes(app: FastifyInstance) {
  return app.withTypeProvider<ApiTypeProvider>();
}

/** Switches a plugin's routes to zod: validation, response encoding (an allow-list) and handler types. */
export function withZod(app: FastifyInstance): void {
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
}
