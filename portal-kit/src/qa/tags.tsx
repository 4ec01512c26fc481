import { Tag } from '../components/Tag';
import type {
  EvidenceStatus,
  QaActionItemStatus,
  QaApprovalStatus,
  QaAssessmentStatus,
  QaFrameworkVersionStatus,
  QaRating,
} from '../gql/graphql';
import {
  actionItemStatuses,
  approvalStatuses,
  assessmentStatuses,
  evidenceStatuses,
  frameworkVersionStatuses,
  ratings,
} from '../labels/qa-labels';

export function EvidenceStatusTag(props: { status: EvidenceStatus }) {
  return <Tag colour={evidenceStatuses[props.status].colour}>{evidenceStatuses[props.status].label}</Tag>;
}

export function ApprovalStatusTag(props: { status: QaApprovalStatus }) {
  return <Tag colour={approvalStatuses[props.status].colour}>{approvalStatuses[props.status].label}</Tag>;
}

export function RatingTag(props: { rating: QaRating }) {
  return <Tag colour={ratings[props.rating].colour}>{ratings[props.rating].label}</Tag>;
}

export function AssessmentStatusTag(props: { status: QaAssessmentStatus }) {
  return <Tag colour={assessmentStatuses[props.status].colour}>{assessmentStatuses[props.status].label}</Tag>;
}

export function ActionItemStatusTag(props: { status: QaActionItemStatus }) {
  return <Tag colour={actionItemStatuses[props.status].colour}>{actionItemStatuses[props.status].label}</Tag>;
}

export function FrameworkVersionStatusTag(props: { status: QaFrameworkVersionStatus }) {
  return <Tag colour={frameworkVersionStatuses[props.status].colour}>{frameworkVersionStatuses[props.status].label}</Tag>;
}
