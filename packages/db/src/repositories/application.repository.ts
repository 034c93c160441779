import type { ApplicantKey, Application, ApplicationRepository, ApplicationStatus, PageRequest } from '@snowball/core';
import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { applications } from '../schema/index.js';
import { isUuid, sameAs, uniqueViolation } from './sql-helpers.js';

type Row = typeof applications.$inferSelect;

function toApplication(row: Row | Application): Application {
  return {
    id: row.id,
    communityId: row.communityId,
    name: row.name,
    email: row.email,
    company: row.company,
    industry: row.industry,
    locale: row.locale,
    platform: row.platform,
    workspaceId: row.workspaceId,
    platformUserId: row.platformUserId,
    answers: row.answers,
    valuesPledge: row.valuesPledge,
    referrerMemberId: row.referrerMemberId,
    flags: row.flags,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    memberId: row.memberId,
    submittedAt: row.submittedAt,
    reasonShared: row.reasonShared,
    infoAnswer: row.infoAnswer,
    infoAnsweredAt: row.infoAnsweredAt,
    vouchedAt: row.vouchedAt,
  };
}

/** Applications to join a club, in PostgreSQL. */
export class DrizzleApplicationRepository implements ApplicationRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(application: Application) {
    const inserted = await this.db()
      .insert(applications)
      .values(toApplication(application))
      .onConflictDoNothing()
      .returning({ id: applications.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(application: Application) {
    if (!isUuid(application.id, application.communityId)) return;
    await this.db()
      .update(applications)
      .set(toApplication(application))
      .where(and(eq(applications.id, application.id), eq(applications.communityId, application.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(applications)
      .where(and(eq(applications.communityId, communityId), eq(applications.id, id)));
    return row ? toApplication(row) : null;
  }

  async findOpen(communityId: string, applicant: ApplicantKey) {
    if (!isUuid(communityId)) return null;
    const samePerson: SQL[] = [];
    if (applicant.email) samePerson.push(eq(applications.email, applicant.email));
    if (applicant.platformUserId) {
      const account = and(
        sameAs(applications.platform, applicant.platform),
        sameAs(applications.workspaceId, applicant.workspaceId),
        eq(applications.platformUserId, applicant.platformUserId),
      );
      if (account) samePerson.push(account);
    }
    if (samePerson.length === 0) return null;
    const [row] = await this.db()
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.communityId, communityId),
          inArray(applications.status, ['pending', 'info_requested']),
          or(...samePerson),
        ),
      )
      .orderBy(asc(applications.submittedAt), asc(applications.id))
      .limit(1);
    return row ? toApplication(row) : null;
  }

  async list(communityId: string, status: ApplicationStatus | null, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = and(eq(applications.communityId, communityId), status ? eq(applications.status, status) : undefined);
    const rows = await this.db()
      .select()
      .from(applications)
      .where(where)
      .orderBy(asc(applications.submittedAt), asc(applications.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db().select({ total: count() }).from(applications).where(where);
    return { items: rows.map(toApplication), total: counted?.total ?? 0 };
  }
}
