import type { Application, ApplicationStatus } from '../../domain/application.js';
import type { ApplicantKey, ApplicationRepository } from '../../ports/application.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemoryApplicationRepository implements ApplicationRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Application>('applications');
  }
  async create(application: Application) {
    insertNew(this.rows, application.id, application);
  }
  async update(application: Application) {
    replaceExisting(this.rows, application.id, application);
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async findOpen(communityId: string, applicant: ApplicantKey) {
    const row = this.byAge([...this.rows.values()]).find(
      (a) =>
        a.communityId === communityId &&
        (a.status === 'pending' || a.status === 'info_requested') &&
        ((applicant.email && a.email === applicant.email) ||
          (applicant.platformUserId &&
            a.platform === applicant.platform &&
            a.workspaceId === applicant.workspaceId &&
            a.platformUserId === applicant.platformUserId)),
    );
    return row ? copy(row) : null;
  }
  /** Oldest first; when several match, the oldest one is the answer. */
  private byAge(rows: Application[]) {
    return rows.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || compareText(a.id, b.id));
  }
  async list(communityId: string, status: ApplicationStatus | null, page: PageRequest) {
    const all = this.byAge([...this.rows.values()]).filter(
      (a) => a.communityId === communityId && (!status || a.status === status),
    );
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
}
