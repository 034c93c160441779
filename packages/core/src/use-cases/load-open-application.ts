import type { Application } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';

/** Loads an application that is still to be decided; throws when it is unknown or already decided. */
export async function loadOpenApplication(
  repos: Pick<Repositories, 'applications'>,
  communityId: string,
  id: string,
): Promise<Application> {
  const application = await repos.applications.get(communityId, id);
  if (!application) throw new DomainError('application.not_found', { applicationId: id });
  if (application.status !== 'pending' && application.status !== 'info_requested') {
    throw new DomainError('application.already_decided', { status: application.status });
  }
  return application;
}
