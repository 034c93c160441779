import type { Application, ApplicationStatus } from '../../domain/application.js';
import type { ApplicantKey, ApplicationRepository } from '../../ports/application.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { copy, type MemoryStore } from './store.js';

export class InMemoryApplicationRepository implements ApplicationRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Application>('applications');
  }
  async create(application: Application) {
    this.rows.set(application.id, copy(application));
  }
  async update(application: Application) {
    this.rows.set(application.id, copy(application));
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async findOpen(communityId: string, applicant: ApplicantKey) {
    const row = [...this.rows.values()].find(
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
  async list(communityId: string, status: ApplicationStatus | null, page: PageRequest) {
    const all = [...this.rows.values()]
      .filter((a) => a.communityId === communityId && (!status || a.status === status))
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
}
