// Policies of the proposals module, merged into POLICIES (auth/policies.ts). What a role may do inside a
// policy (its agency; a unit head drafts and submits; a council member moves a proposal to signing; a cluster
// leader drafts the cluster's flag proposals) is checked in modules/proposals/service.ts.
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const PROPOSAL_POLICIES = {
  'proposals:read': ['admin', 'officer', 'council', 'unit-head', 'reviewer', 'cluster-leader'],
  'proposals:write': ['admin', 'officer', 'unit-head', 'cluster-leader'], // create, edit, dossier uploads
  'proposals:workflow': ['admin', 'officer', 'council', 'unit-head'], // each action's roles: service
  'proposals:comment': ['admin', 'officer'], // comments received during the public-disclosure window
} as const satisfies Record<string, readonly Role[]>;
