import { format, type Locale } from '@snowball/core';

/** One invalid field, named as the client sent it, with a message in the request's language. */
export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** The subset of an Ajv error that Fastify passes along. */
export interface SchemaIssue {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

const REASONS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  required: { en: 'is required', 'zh-CN': '为必填项' },
  type: { en: 'must be {type}', 'zh-CN': '类型应为 {type}' },
  minLength: { en: 'must have at least {limit} characters', 'zh-CN': '至少需要 {limit} 个字符' },
  maxLength: { en: 'must have at most {limit} characters', 'zh-CN': '最多 {limit} 个字符' },
  minimum: { en: 'must be at least {limit}', 'zh-CN': '不能小于 {limit}' },
  maximum: { en: 'must be at most {limit}', 'zh-CN': '不能大于 {limit}' },
  minItems: { en: 'must have at least {limit} items', 'zh-CN': '至少需要 {limit} 项' },
  maxItems: { en: 'must have at most {limit} items', 'zh-CN': '最多 {limit} 项' },
  enum: { en: 'must be one of: {allowedValues}', 'zh-CN': '必须是以下之一：{allowedValues}' },
  format: { en: 'is not a valid {format}', 'zh-CN': '格式不正确（{format}）' },
  pattern: { en: 'has an invalid format', 'zh-CN': '格式不正确' },
  additionalProperties: { en: 'is not allowed', 'zh-CN': '不允许此字段' },
  other: { en: 'is not valid', 'zh-CN': '无效' },
};

function fieldOf(issue: SchemaIssue, context: string | undefined): string {
  const path = issue.instancePath
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = issue.params.missingProperty ?? issue.params.additionalProperty;
  if (typeof extra === 'string') path.push(extra);
  return path.join('.') || context || 'body';
}

/** Turns schema validation issues into one message per field, in zh-CN or en. */
export function fieldMessages(
  issues: readonly SchemaIssue[],
  locale: Locale,
  context: string | undefined,
): FieldMessage[] {
  const seen = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOf(issue, context);
    if (seen.has(field)) continue;
    const template = REASONS[issue.keyword] ?? REASONS.other!;
    const allowed = issue.params.allowedValues;
    const params = {
      ...issue.params,
      allowedValues: Array.isArray(allowed) ? allowed.join(', ') : allowed,
    };
    seen.set(field, `${field} ${format(template[locale], params)}`.trim());
  }
  return [...seen].map(([field, message]) => ({ field, message }));
}
