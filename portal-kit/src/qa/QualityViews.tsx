import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import { Table, type TableColumn } from '../components/Table';
import type { ApprovalFieldsFragment, AssessmentOutcomeFieldsFragment } from '../gql/graphql';
import { formatDate, formatLocalDate, formatShortDate, formatShortLocalDate } from '../labels/dates';
import { approvalStatuses } from '../labels/qa-labels';
import type { AssessmentDetail, ProviderQuality } from './qa.data';
import { ActionItemStatusTag, ApprovalStatusTag, AssessmentStatusTag, RatingTag } from './tags';

const none = (text = 'None') => <span class="app-secondary-text">{text}</span>;

function approvalColumns(withDecided: boolean): TableColumn<ApprovalFieldsFragment>[] {
  return [
    ...(withDecided
      ? [{ header: 'Decided', cell: (approval: ApprovalFieldsFragment) => <span class="app-nowrap">{formatShortDate(approval.decidedAt)}</span> }]
      : []),
    {
      header: 'Framework',
      cell: (approval) => (
        <>
          {approval.framework.name}
          <br />
          <span class="govuk-body-s app-secondary-text">{approval.localAuthority.name}</span>
        </>
      ),
    },
    { header: 'Status', cell: (approval) => <ApprovalStatusTag status={approval.status} /> },
    {
      header: 'From',
      cell: (approval) => (
        <span class="app-nowrap">{(withDecided ? formatShortLocalDate : formatLocalDate)(approval.effectiveFrom)}</span>
      ),
    },
    {
      header: 'Review',
      cell: (approval) =>
        approval.reviewDate ? (
          <span class="app-nowrap">{(withDecided ? formatShortLocalDate : formatLocalDate)(approval.reviewDate)}</span>
        ) : (
          none('Not set')
        ),
    },
    {
      header: 'Reason',
      cell: (approval) => (
        <>
          {approval.reason ?? none('None given')}
          <Show when={withDecided}>
            <br />
            <span class="govuk-body-s app-secondary-text">Decided by {approval.decidedBy}</span>
          </Show>
        </>
      ),
    },
  ];
}

/** The provider's standing on each LA framework: the latest decision of each. */
export function CurrentApprovalsTable(props: { approvals: readonly ApprovalFieldsFragment[] }) {
  return (
    <Show
      when={props.approvals.length > 0}
      fallback={<p class="govuk-body">No local authority has decided on this provider’s approval yet.</p>}
    >
      <Table caption="Current approvals" columns={approvalColumns(false)} rows={props.approvals} />
    </Show>
  );
}

/** Every decision, newest first. */
export function ApprovalHistoryTable(props: { approvals: readonly ApprovalFieldsFragment[] }) {
  return (
    <Show when={props.approvals.length > 0}>
      <Table caption="Approval history" columns={approvalColumns(true)} rows={props.approvals} small />
    </Show>
  );
}

/** "Approved on the DMBC QA Framework (City of Doncaster Council)": one line per framework, for lists. */
export function ApprovalSummaryList(props: { approvals: readonly Pick<ApprovalFieldsFragment, 'id' | 'status' | 'framework' | 'localAuthority'>[] }) {
  return (
    <Show when={props.approvals.length > 0} fallback={none('Not assessed on any framework')}>
      <ul class="govuk-list govuk-!-margin-bottom-0">
        <For each={props.approvals}>
          {(approval) => (
            <li>
              <ApprovalStatusTag status={approval.status} />{' '}
              <span class="govuk-body-s">
                {approval.framework.name}
                <span class="govuk-visually-hidden">: {approvalStatuses[approval.status].label}</span>
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export interface AssessmentsTableProps {
  caption: string;
  assessments: readonly AssessmentOutcomeFieldsFragment[];
  /** A link to the assessment's details, for those who may see them. */
  assessmentHref?: (assessment: AssessmentOutcomeFieldsFragment) => string | undefined;
}

/** Assessment outcomes: framework, version, status and outcome, completed when and by whom. */
export function AssessmentsTable(props: AssessmentsTableProps) {
  const columns = (): TableColumn<AssessmentOutcomeFieldsFragment>[] => [
    {
      header: 'Framework',
      cell: (assessment) => {
        const href = props.assessmentHref?.(assessment);
        const name = `${assessment.framework.name} (version ${assessment.version.number})`;
        return (
          <>
            {href ? (
              <A class="govuk-link" href={href}>
                {name}
              </A>
            ) : (
              name
            )}
            <br />
            <span class="govuk-body-s app-secondary-text">{assessment.localAuthority.name}</span>
          </>
        );
      },
    },
    { header: 'Status', cell: (assessment) => <AssessmentStatusTag status={assessment.status} /> },
    { header: 'Outcome', cell: (assessment) => (assessment.outcome ? <RatingTag rating={assessment.outcome} /> : none('Not yet')) },
    {
      header: 'Completed',
      cell: (assessment) =>
        assessment.completedAt ? (
          <>
            <span class="app-nowrap">{formatDate(assessment.completedAt)}</span>
            <Show when={assessment.completedBy}>
              <br />
              <span class="govuk-body-s app-secondary-text">by {assessment.completedBy}</span>
            </Show>
          </>
        ) : (
          <>Started {formatDate(assessment.startedAt)}</>
        ),
    },
  ];
  return (
    <Show when={props.assessments.length > 0} fallback={<p class="govuk-body">No assessments yet.</p>}>
      <Table caption={props.caption} columns={columns()} rows={props.assessments} />
    </Show>
  );
}

type ActionItem = NonNullable<AssessmentDetail['actionPlan']>[number] | NonNullable<ProviderQuality['assessments'][number]['actionPlan']>[number];

export interface ActionPlanTableProps {
  caption: string;
  items: readonly ActionItem[];
  /** e.g. "Mark as done", for the assessing LA. */
  action?: { header: string; cell: (item: ActionItem) => JSX.Element };
}

/** What the provider must do, by when, who owns it, and whether it is done. */
export function ActionPlanTable(props: ActionPlanTableProps) {
  const columns = (): TableColumn<ActionItem>[] => [
    {
      header: 'Action',
      cell: (item) => (
        <>
          {item.description}
          <Show when={item.criterion}>
            {(criterion) => (
              <>
                <br />
                <span class="govuk-body-s app-secondary-text">
                  {criterion().code} {criterion().title}
                </span>
              </>
            )}
          </Show>
        </>
      ),
    },
    { header: 'Owner', cell: (item) => item.owner },
    { header: 'Due', cell: (item) => <span class="app-nowrap">{formatLocalDate(item.dueDate)}</span> },
    {
      header: 'Status',
      cell: (item) => (
        <>
          <ActionItemStatusTag status={item.status} />
          <Show when={item.doneAt}>
            {(doneAt) => (
              <>
                <br />
                <span class="govuk-body-s app-secondary-text app-nowrap">{formatDate(doneAt())}</span>
              </>
            )}
          </Show>
        </>
      ),
    },
    ...(props.action ? [{ header: <span class="govuk-visually-hidden">{props.action.header}</span>, cell: props.action.cell }] : []),
  ];
  return (
    <Show when={props.items.length > 0} fallback={<p class="govuk-body">There are no actions in the plan.</p>}>
      <Table caption={props.caption} columns={columns()} rows={props.items} />
    </Show>
  );
}

export interface CriteriaRatingsTableProps {
  assessment: AssessmentDetail;
  /** Titles of evidence types, by code. */
  evidenceTitle: (code: string) => string;
  /** e.g. "Rate" or "Change rating", for the assessing LA while the assessment is in progress. */
  action?: { header: string; cell: (criterion: AssessmentDetail['version']['criteria'][number]) => JSX.Element };
}

type Criterion = AssessmentDetail['version']['criteria'][number];

/** Each criterion of the version, with its rating, comment and the evidence checked. */
export function CriteriaRatingsTable(props: CriteriaRatingsTableProps) {
  const ratingOf = (criterion: Criterion) => props.assessment.ratings?.find((rating) => rating.criterion.id === criterion.id);
  const columns = (): TableColumn<Criterion>[] => [
    {
      header: 'Criterion',
      cell: (criterion) => (
        <>
          <strong>{criterion.code}</strong> {criterion.title}
        </>
      ),
    },
    {
      header: 'Rating',
      cell: (criterion) => {
        const rating = ratingOf(criterion);
        return rating ? <RatingTag rating={rating.rating} /> : none('Not rated');
      },
    },
    {
      header: 'Comment and evidence checked',
      cell: (criterion) => {
        const rating = ratingOf(criterion);
        if (!rating) return none('');
        return (
          <>
            <Show when={rating.comment}>
              <p class="govuk-body-s govuk-!-margin-bottom-1">{rating.comment}</p>
            </Show>
            <Show when={rating.evidenceChecked.length > 0}>
              <p class="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
                Evidence checked: {rating.evidenceChecked.map(props.evidenceTitle).join('; ')}
              </p>
            </Show>
            <p class="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
              Rated by {rating.ratedBy}, {formatDate(rating.ratedAt)}
            </p>
          </>
        );
      },
    },
    ...(props.action ? [{ header: <span class="govuk-visually-hidden">{props.action.header}</span>, cell: props.action.cell }] : []),
  ];
  return <Table caption="Criteria" columns={columns()} rows={props.assessment.version.criteria} />;
}

/** QA visits made for an assessment, newest first. */
export function VisitsTable(props: { visits: AssessmentDetail['visits'] }) {
  return (
    <Show when={(props.visits ?? []).length > 0} fallback={<p class="govuk-body">No QA visits have been recorded.</p>}>
      <Table
        caption="QA visits"
        rows={props.visits ?? []}
        columns={[
          { header: 'Date', cell: (visit) => <span class="app-nowrap">{formatLocalDate(visit.visitDate)}</span> },
          { header: 'Visitor', cell: (visit) => visit.visitor },
          { header: 'Notes', cell: (visit) => visit.notes || none('No notes') },
        ]}
      />
    </Show>
  );
}
