import { z } from 'zod';
import { afterQuery, dateTime, keysetPage, memberRef, pagedQuery, uuid, type Wire } from './common.contract.js';

export const auditEntry = z.object({
  id: uuid,
  action: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  actor: memberRef.nullable(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: dateTime,
});

/** An id filter; empty means "any". */
const idOrEmpty = z.union([uuid, z.literal('')]);

export const auditQuery = pagedQuery({
  action: z.string().max(80).optional(),
  actorId: idOrEmpty.optional(),
  targetId: idOrEmpty.optional(),
  ...afterQuery,
});

export const auditPage = keysetPage(auditEntry);

export type AuditEntry = Wire<z.output<typeof auditEntry>>;
export type AuditPage = Wire<z.output<typeof auditPage>>;
