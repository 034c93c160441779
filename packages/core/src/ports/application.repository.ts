import type { Application, ApplicationStatus } from '../domain/application.js';
import type { Platform } from '../domain/member.js';
import type { Page, PageRequest } from './page.js';

export interface ApplicantKey {
  readonly email?: string | null;
  readonly platform?: Platform | null;
  readonly workspaceId?: string | null;
  readonly platformUserId?: string | null;
}

/** Applications to join a club. */
export interface ApplicationRepository {
  create(application: Application): Promise<void>;
  update(application: Application): Promise<void>;
  get(communityId: string, id: string): Promise<Application | null>;
  /** An application by the same person (same email or same platform user) still being decided. */
  findOpen(communityId: string, applicant: ApplicantKey): Promise<Application | null>;
  list(communityId: string, status: ApplicationStatus | null, page: PageRequest): Promise<Page<Application>>;
}
