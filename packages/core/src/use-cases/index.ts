// The registry of use cases that createCore binds. Add one line per new use case.
export { approveApplication } from './approve-application.js';
export { createCommunity } from './create-community.js';
export { extendMembership } from './extend-membership.js';
export { getMembership } from './get-membership.js';
export { identifyAccount } from './identify-account.js';
export { recordPayment } from './record-payment.js';
export { rejectApplication } from './reject-application.js';
export { requestApplicationInfo } from './request-application-info.js';
export { resolveActor } from './resolve-actor.js';
export { submitApplication } from './submit-application.js';
export { syncMemberAccess } from './sync-member-access.js';
export { updateCommunitySettings } from './update-community-settings.js';
