import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { SummaryCard } from '../components/SummaryCard';
import { SummaryList } from '../components/SummaryList';
import { Table } from '../components/Table';
import { Tag } from '../components/Tag';
import { formatDate, formatLocalDate, formatShortDate, formatShortLocalDate } from '../labels/dates';
import {
  describePeriod,
  formatDateTime,
  formatPercent,
  objectiveOutcomes,
  reviewDueState,
  reviewDueStates,
  reviewOutcomes,
} from './monitoring-labels';
import type {
  FinalReportRecord,
  PlacementMonitoring,
  PlacementReviewRecord,
  PlacementVisitSummary,
  ProgressReportRecord,
  ProgressReportSummary,
} from './monitoring.data';
import { destinationLabels, reportCadences } from './placement-labels';
import { Written } from './PlacementViews';
import { RecordSheet } from './RecordSheet';

const none = (text: string) => <span class="app-secondary-text">{text}</span>;

const note = (text: string | null | undefined, fallback = 'None given') => <Written text={text} fallback={fallback} />;

/** Last review and when the next is due, with a tag when it is close or overdue. */
export function ReviewScheduleSummary(props: { placement: Pick<PlacementMonitoring, 'lastReviewOn' | 'nextReviewDue' | 'lastVisitOn'>; today: string }) {
  return (
    <SummaryList
      rows={[
        { key: 'Last review', value: props.placement.lastReviewOn ? formatLocalDate(props.placement.lastReviewOn) : none('No review yet') },
        {
          key: 'Next review due',
          value: (
            <Show when={props.placement.nextReviewDue} fallback={none('Not scheduled')}>
              {(due) => (
                <>
                  {formatLocalDate(due())}{' '}
                  <Tag colour={reviewDueStates[reviewDueState(due(), props.today)].colour}>{reviewDueStates[reviewDueState(due(), props.today)].label}</Tag>
                </>
              )}
            </Show>
          ),
        },
        { key: 'Last school visit', value: props.placement.lastVisitOn ? formatLocalDate(props.placement.lastVisitOn) : none('No visit yet') },
      ]}
    />
  );
}

/** Each review meeting as a card: who came, progress against each objective, the views heard and the decision. */
export function ReviewCards(props: { reviews: readonly PlacementReviewRecord[] }) {
  return (
    <Show when={props.reviews.length > 0} fallback={<p class="govuk-body">No review has been recorded yet.</p>}>
      <For each={props.reviews}>
        {(review) => (
          <SummaryCard title={`Review on ${formatLocalDate(review.heldOn)}`} headingLevel={3}>
            <SummaryList
              rows={[
                { key: 'Decision', value: <Tag colour={reviewOutcomes[review.outcome].colour}>{reviewOutcomes[review.outcome].label}</Tag> },
                {
                  key: 'Attended',
                  value: (
                    <ul class="govuk-list govuk-!-margin-bottom-0">
                      <For each={review.attendees}>{(attendee) => <li>{attendee}</li>}</For>
                    </ul>
                  ),
                },
                ...review.objectiveProgress.map((entry) => ({ key: entry.objective, value: note(entry.progress) })),
                { key: 'Summary', value: note(review.summary) },
                { key: "Pupil's views", value: note(review.pupilViews) },
                { key: "Parent or carer's views", value: note(review.parentViews) },
                { key: 'Next review', value: review.nextReviewOn ? formatLocalDate(review.nextReviewOn) : none('Not set') },
                { key: 'Recorded by', value: review.recordedBy },
              ]}
            />
          </SummaryCard>
        )}
      </For>
    </Show>
  );
}

/** School visits, newest first; `visitHref` links each to its full record for those who may open it. */
export function PlacementVisitsTable(props: { visits: readonly PlacementVisitSummary[]; visitHref?: (visit: PlacementVisitSummary) => string }) {
  return (
    <Show when={props.visits.length > 0} fallback={<p class="govuk-body">No school visit has been recorded yet.</p>}>
      <Table
        caption="Visits, newest first"
        small
        rows={props.visits}
        columns={[
          {
            header: 'Visited',
            cell: (visit) => {
              const when = <span class="app-nowrap">{formatShortDate(visit.visitedAt)}</span>;
              const href = props.visitHref?.(visit);
              return href ? (
                <A class="govuk-link" href={href}>
                  {when}
                  <span class="govuk-visually-hidden"> by {visit.staffMember}: view the visit record</span>
                </A>
              ) : (
                when
              );
            },
          },
          { header: 'Staff member', cell: (visit) => visit.staffMember },
          { header: 'Attendance', cell: (visit) => formatPercent(visit.attendancePercent), numeric: true },
          {
            header: 'Safeguarding concerns',
            cell: (visit) => (visit.safeguardingConcerns ? <Tag colour="red">Raised</Tag> : 'None'),
          },
          { header: 'Actions for the provision', cell: (visit) => note(visit.actionsForProvision, 'None') },
        ]}
      />
    </Show>
  );
}

/** The provider's termly and half-termly reports, newest period first, each linking to its printable record. */
export function ProgressReportsTable(props: { reports: readonly ProgressReportSummary[]; reportHref: (report: ProgressReportSummary) => string }) {
  return (
    <Show when={props.reports.length > 0} fallback={<p class="govuk-body">No progress report has been sent yet.</p>}>
      <Table
        caption="Reports, newest period first"
        small
        rows={props.reports}
        columns={[
          {
            header: 'Period',
            cell: (report) => (
              <A class="govuk-link" href={props.reportHref(report)}>
                <span class="app-nowrap">{formatShortLocalDate(report.periodStart)}</span> to <span class="app-nowrap">{formatShortLocalDate(report.periodEnd)}</span>
                <span class="govuk-visually-hidden">: view the {reportCadences[report.kind].toLowerCase()} report</span>
              </A>
            ),
          },
          { header: 'Report', cell: (report) => reportCadences[report.kind] },
          { header: 'Attendance', cell: (report) => formatPercent(report.attendancePercent), numeric: true },
          { header: 'Written by', cell: (report) => report.staffName },
          { header: 'Sent', cell: (report) => <span class="app-nowrap">{formatShortDate(report.createdAt)}</span> },
        ]}
      />
    </Show>
  );
}

/** The provider's final report (seed 003: attainment and progress, attendance, behaviour change, the pupil's view). */
export function FinalReportSummary(props: { report: FinalReportRecord }) {
  return (
    <SummaryList
      rows={[
        { key: 'Attainment and progress', value: note(props.report.attainmentAndProgress) },
        { key: 'Attendance', value: formatPercent(props.report.attendancePercent) },
        { key: 'Attendance record', value: note(props.report.attendanceRecord) },
        { key: 'Change in behaviour', value: note(props.report.behaviourChange) },
        { key: "Pupil's view", value: note(props.report.pupilViews) },
        { key: 'Next steps', value: note(props.report.nextSteps) },
        { key: 'Written by', value: `${props.report.staffName}, ${formatDate(props.report.createdAt)}` },
      ]}
    />
  );
}

/** How an ended placement ended: the last day, why, the destination and each objective's outcome. */
export function EndingSummary(props: { placement: Pick<PlacementMonitoring, 'endedOn' | 'endReason' | 'destination' | 'destinationDetail' | 'objectives'> }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Last day', value: props.placement.endedOn ? formatLocalDate(props.placement.endedOn) : none('Not recorded') },
          { key: 'Why it ended', value: note(props.placement.endReason) },
          {
            key: 'Destination',
            value: props.placement.destination ? (
              <>
                {destinationLabels[props.placement.destination]}
                <Show when={props.placement.destinationDetail}>
                  {(detail) => (
                    <>
                      <br />
                      {detail()}
                    </>
                  )}
                </Show>
              </>
            ) : (
              none('Not recorded')
            ),
          },
        ]}
      />
      <Table
        caption="Outcomes against the plan"
        rows={props.placement.objectives}
        columns={[
          { header: 'Objective', cell: (objective) => `${objective.position}. ${objective.description}` },
          {
            header: 'Outcome',
            cell: (objective) =>
              objective.outcome ? <Tag colour={objectiveOutcomes[objective.outcome].colour}>{objectiveOutcomes[objective.outcome].label}</Tag> : none('Not recorded'),
          },
          { header: 'Evidence', cell: (objective) => note(objective.outcomeNote) },
        ]}
      />
    </>
  );
}

/** The termly review as the seeds' form lays it out (ALP Leicester, seed 004), for screen and paper. */
export function ProgressReportSheet(props: { report: ProgressReportRecord }) {
  const placement = () => props.report.placement;
  return (
    <RecordSheet
      title={`AP ${reportCadences[props.report.kind].toLowerCase()} review`}
      fields={[
        { label: 'Learner name', value: placement().pupilSummary.name },
        { label: 'Provision attended', value: placement().provider.name },
        {
          label: 'Dates attended',
          value: placement().startedOn ? `${formatLocalDate(placement().startedOn!)} to ${placement().endedOn ? formatLocalDate(placement().endedOn!) : 'date'}` : null,
        },
        { label: 'Period of this report', value: describePeriod(props.report.periodStart, props.report.periodEnd) },
        { label: 'Staff completing', value: props.report.staffName },
        { label: 'Date sent', value: formatDateTime(props.report.createdAt) },
        { label: 'Attendance this term', value: formatPercent(props.report.attendancePercent) },
        { label: 'Punctuality', value: <Written text={props.report.punctuality} /> },
        {
          label: 'Attendance commentary (required if below 100%)',
          value: <Written text={props.report.attendanceCommentary} />,
          wide: true,
        },
        { label: 'Attitude to learning', value: <Written text={props.report.attitudeToLearning} />, wide: true },
        { label: 'Brief summary of skills covered', value: <Written text={props.report.skillsCovered} />, wide: true },
        { label: 'Targets for next term', value: <Written text={props.report.targetsNextTerm} />, wide: true },
        { label: "Pupil's views", value: <Written text={props.report.pupilViews} />, wide: true },
        { label: 'Other comments', value: <Written text={props.report.otherComments} />, wide: true },
      ]}
    />
  );
}
