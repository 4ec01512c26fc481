/** Named permissions from me.permissions that the portals act on. */
export const permissions = {
  inviteMembers: 'member:invite',
  manageMembers: 'member:manage',
  /** Keep one's own provider's shared QA record: profile and evidence. */
  editQaRecord: 'qa-record:edit',
  /** Mark a provider's evidence as checked (LA officers). */
  verifyEvidence: 'evidence:verify',
  /** Define and publish the LA's QA framework. */
  manageFrameworks: 'framework:manage',
  /** Assess providers against the LA's framework: ratings, QA visits, action plans. */
  conductAssessments: 'assessment:conduct',
  /** Approve, make conditional, suspend or remove a provider on the LA's framework. */
  decideApprovals: 'approval:decide',
} as const;

export type PortalPermission = (typeof permissions)[keyof typeof permissions];
