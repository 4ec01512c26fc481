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
  /** See placements: a school its own, a provider those made with it, an LA those of its schools and in its area. */
  readPlacements: 'placement:read',
  /** Refer, plan, draw up the agreement, start and cancel a placement (school). */
  commissionPlacements: 'placement:commission',
  /** Sign the agreement for one's organisation; in a school, also record the parent's or carer's signature. */
  signAgreements: 'agreement:sign',
  /** Read pupil records (a school its own pupils, an LA the pupils of its schools). */
  readPupils: 'pupil:read',
  /** Add, change and import the school's pupils. */
  managePupils: 'pupil:manage',
  /** Hold and record placement reviews (school). */
  reviewPlacements: 'placement:review',
  /** Visit the pupil at the provider and record the visit (school). */
  visitPlacements: 'placement:visit',
  /** Write termly reports and the final report (provider). */
  reportOnPlacements: 'placement:report',
  /** Set the school's AP policy. */
  manageSchoolPolicy: 'school-policy:manage',
  /** Record and correct session attendance (provider). */
  recordAttendance: 'attendance:record',
  /** Export the school's AP attendance for its MIS (school). */
  exportAttendance: 'attendance:export',
  /** Read safeguarding concerns (DSLs involved; the LA's designated officers when shared). */
  readConcerns: 'concern:read',
  /** Raise, add to and acknowledge safeguarding concerns (DSLs). */
  raiseConcerns: 'concern:raise',
  /** Report a serious behaviour incident to the school (provider). */
  reportIncidents: 'incident:report',
  /** Decide the school's response to a reported incident. */
  decideIncidents: 'incident:decide',
  /** See and handle absence alerts (school attendance lead, AP lead, head, DSL). */
  handleAlerts: 'alert:handle',
} as const;

export type PortalPermission = (typeof permissions)[keyof typeof permissions];
