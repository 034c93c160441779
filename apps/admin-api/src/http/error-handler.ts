import { type ErrorCode, errorMessages, isDomainError, type Locale, translate } from '@snowball/core';
import { describeDatabaseError, isDatabaseUnavailable } from '@snowball/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sessionIfLoaded } from '../auth/require-session.js';
import { httpStatusFor } from './error-status.js';
import { requestLocale } from './request-locale.js';
import { type FieldMessage, fieldMessages, type SchemaIssue } from './validation-messages.js';

/** The body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly requestId: string;
    readonly fields?: readonly FieldMessage[];
  };
}

async function localeOf(request: FastifyRequest): Promise<Locale> {
  const session = await sessionIfLoaded(request);
  return requestLocale(request, {
    memberLocale: session?.member.locale ?? null,
    communityLocale: session?.community.settings.defaultLocale ?? null,
  });
}

function body(request: FastifyRequest, code: ErrorCode, message: string, fields?: FieldMessage[]): ErrorBody {
  return { error: { code, message, requestId: request.id, ...(fields?.length ? { fields } : {}) } };
}

/** Builds the response for any error: catalogue text for DomainErrors, field messages, never internals. */
export async function errorResponse(
  error: unknown,
  request: FastifyRequest,
): Promise<{ status: number; body: ErrorBody }> {
  const locale = await localeOf(request);
  if (isDomainError(error)) {
    const status = httpStatusFor(error.code);
    const message = translate(errorMessages, locale, error.code, error.context);
    const field = error.context.field;
    const fields = error.code.startsWith('validation.') && typeof field === 'string' ? [{ field, message }] : [];
    return { status, body: body(request, error.code, message, fields) };
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: SchemaIssue[] };
  if (fastifyError.validation) {
    const fields = fieldMessages(fastifyError.validation, locale, fastifyError.validationContext);
    return {
      status: 400,
      body: body(request, 'validation.failed', translate(errorMessages, locale, 'validation.failed'), fields),
    };
  }
  if (isDatabaseUnavailable(error)) {
    // PostgreSQL down, unreachable or past its statement timeout: the request may succeed in a minute.
    return {
      status: 503,
      body: body(request, 'service.unavailable', translate(errorMessages, locale, 'service.unavailable')),
    };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) {
    return {
      status,
      body: body(request, 'request.rate_limited', translate(errorMessages, locale, 'request.rate_limited')),
    };
  }
  if (status === 404) {
    return { status, body: body(request, 'request.not_found', translate(errorMessages, locale, 'request.not_found')) };
  }
  if (status === 403) {
    return { status, body: body(request, 'auth.forbidden', translate(errorMessages, locale, 'auth.forbidden')) };
  }
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, unsupported media type, body too large): the status says it.
    const reason = status === 413 ? 'too large' : status === 415 ? 'unsupported content type' : 'malformed request';
    return {
      status,
      body: body(
        request,
        'validation.invalid',
        translate(errorMessages, locale, 'validation.invalid', { field: 'body', reason }),
      ),
    };
  }
  return {
    status: 500,
    body: body(request, 'internal.unexpected', translate(errorMessages, locale, 'internal.unexpected')),
  };
}

/** Fastify error handler: logs with the request id (5xx with the stack), replies with an ErrorBody. */
export async function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<ErrorBody> {
  const { status, body: payload } = await errorResponse(error, request);
  if (status === 503) {
    request.log.warn({ code: payload.error.code, reason: describeDatabaseError(error) }, 'service unavailable');
    reply.header('retry-after', '5');
  } else if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: payload.error.code, status }, 'request refused');
  reply.code(status);
  return payload;
}
