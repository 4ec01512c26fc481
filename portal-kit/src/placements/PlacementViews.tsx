import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import { SummaryCard } from '../components/SummaryCard';
import { SummaryList, type SummaryListAction, type SummaryListRow } from '../components/SummaryList';
import { Table } from '../components/Table';
import { Tag } from '../components/Tag';
import type { PlacementStatus } from '../gql/graphql';
import { formatDate, formatLocalDate } from '../labels/dates';
import type { PlacementAgreementRecord, PlacementObjective, PlacementRecord } from './placement.data';
import {
  agreementParties,
  agreementPartyValues,
  describeCost,
  describeLinkedPlans,
  describeReviewInterval,
  describeVisitsPerTerm,
  legalBases,
  placementStatuses,
  reportCadences,
  reportingCadences,
  signatureMethods,
} from './placement-labels';
import { yearGroupLabel } from '../labels/pupil-labels';
import { TimetableTable } from './TimetableTable';

export function PlacementStatusTag(props: { status: PlacementStatus }) {
  return <Tag colour={placementStatuses[props.status].colour}>{placementStatuses[props.status].label}</Tag>;
}

/** The top of a placement page: who it is with, the pupil's name and where the placement stands. */
export function PlacementHeading(props: { caption: string; pupilName: string; status: PlacementStatus }) {
  return (
    <>
      <span class="govuk-caption-l">{props.caption}</span>
      <h1 class="govuk-heading-l">{props.pupilName}</h1>
      <p class="govuk-body">
        <PlacementStatusTag status={props.status} /> {placementStatuses[props.status].hint}
      </p>
    </>
  );
}

/** Typed text as written, or a grey "Not given". */
export function Written(props: { text: string | null | undefined; fallback?: string }) {
  return (
    <Show when={props.text?.trim()} fallback={<span class="app-secondary-text">{props.fallback ?? 'Not given'}</span>}>
      {(text) => <span class="app-multiline">{text()}</span>}
    </Show>
  );
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** What the school shared with the provider about the pupil: all the provider ever sees of them. */
export function PupilSummaryList(props: { summary: PlacementRecord['pupilSummary'] }) {
  return (
    <SummaryList
      rows={[
        { key: 'Name', value: props.summary.name },
        { key: 'Year group', value: yearGroupLabel(props.summary.yearGroup) },
        { key: 'Date of birth', value: formatLocalDate(props.summary.dateOfBirth) },
        { key: 'Needs and risks', value: <Written text={props.summary.needsSummary} fallback="None shared" /> },
        { key: 'Medical needs', value: <Written text={props.summary.medicalNeeds} fallback="None shared" /> },
        { key: 'Behaviour risk assessment', value: yesNo(props.summary.behaviourRiskAssessment) },
        { key: 'EHC plan', value: yesNo(props.summary.ehcPlan) },
        { key: 'Looked after', value: yesNo(props.summary.lookedAfter) },
        {
          key: 'Emergency contact',
          value: (
            <Show when={props.summary.emergencyContactName} fallback={<span class="app-secondary-text">None shared</span>}>
              {props.summary.emergencyContactName}
              <Show when={props.summary.emergencyContactPhone}>
                <br />
                {props.summary.emergencyContactPhone}
              </Show>
            </Show>
          ),
        },
      ]}
    />
  );
}

/** Every site the pupil may attend, one address a line. */
export function SitesList(props: { sites: PlacementRecord['sites'] }) {
  return (
    <ul class="govuk-list">
      <For each={props.sites}>
        {(site) => (
          <li>
            <strong>{site.name}</strong>: {[site.addressLine1, site.addressLine2, site.town, site.postcode].filter(Boolean).join(', ')}
          </li>
        )}
      </For>
    </ul>
  );
}

/** The personalised plan: rationale, monitoring, the route back and linked plans. */
function PlanSummaryList(props: { plan: PlacementRecord['plan']; action?: (what: string) => SummaryListAction }) {
  const row = (key: string, value: JSX.Element): SummaryListRow => ({ key, value, action: props.action?.(key.toLowerCase()) });
  return (
    <SummaryList
      rows={[
        row('Rationale', <Written text={props.plan.rationale} />),
        row('Assessment and monitoring', <Written text={props.plan.assessmentArrangements} />),
        row('Reintegration route', <Written text={props.plan.reintegrationRoute} />),
        row('Readiness to reintegrate', <Written text={props.plan.readinessCriteria} />),
        row(
          'Linked plans',
          <>
            {describeLinkedPlans(props.plan)}
            <Show when={props.plan.linkedPlanNotes?.trim()}>
              <br />
              <Written text={props.plan.linkedPlanNotes} />
            </Show>
          </>,
        ),
      ]}
    />
  );
}

/** One summary card per objective; `actions` adds Change links for the school. */
function ObjectiveCards(props: { objectives: readonly PlacementObjective[]; actions?: (objective: PlacementObjective) => SummaryListAction[] }) {
  return (
    <Show when={props.objectives.length > 0} fallback={<p class="govuk-body">No objectives have been added yet.</p>}>
      <For each={props.objectives}>
        {(objective) => (
          <SummaryCard title={`Objective ${objective.position}`} headingLevel={3} actions={props.actions?.(objective)}>
            <SummaryList
              rows={[
                { key: 'Objective', value: <Written text={objective.description} /> },
                { key: 'Baseline', value: <Written text={objective.baseline} /> },
                { key: 'Target', value: <Written text={objective.target} /> },
                { key: 'Measure', value: <Written text={objective.measure} /> },
                { key: 'Timeframe', value: <Written text={objective.timeframe} /> },
              ]}
            />
          </SummaryCard>
        )}
      </For>
    </Show>
  );
}

function Commitments(props: { items: readonly string[] }) {
  return (
    <Show when={props.items.length > 0} fallback={<span class="app-secondary-text">None written</span>}>
      <ul class="govuk-list govuk-list--bullet">
        <For each={props.items}>{(item) => <li>{item}</li>}</For>
      </ul>
    </Show>
  );
}

/** The terms of an agreement version: dates, cadences, cost and both sides' commitments. */
function AgreementTermsList(props: { agreement: PlacementAgreementRecord; action?: (what: string) => SummaryListAction }) {
  const row = (key: string, value: JSX.Element): SummaryListRow => ({ key, value, action: props.action?.(key.toLowerCase()) });
  const date = (value: string | null | undefined) => (value ? formatLocalDate(value) : <span class="app-secondary-text">Not set</span>);
  return (
    <SummaryList
      rows={[
        row('Start date', date(props.agreement.startDate)),
        row('Proposed end date', date(props.agreement.proposedEndDate)),
        row('Attendance reporting', reportingCadences[props.agreement.attendanceReporting].label),
        row('Reviews', describeReviewInterval(props.agreement.reviewIntervalWeeks)),
        row('School visits', describeVisitsPerTerm(props.agreement.visitsPerTerm)),
        row('Progress reports', reportCadences[props.agreement.reportCadence]),
        row('Cost', describeCost(props.agreement.costPence, props.agreement.costBasis)),
        row('Provider commitments', <Commitments items={props.agreement.providerCommitments} />),
        row('School commitments', <Commitments items={props.agreement.schoolCommitments} />),
        row('Other terms', <Written text={props.agreement.otherTerms} fallback="None" />),
      ]}
    />
  );
}

/** The agreement's timetable, with full-time or part-time as the school's policy counts it. */
function AgreementTimetable(props: { agreement: PlacementAgreementRecord; attendancePattern: PlacementRecord['attendancePattern'] }) {
  return <TimetableTable timetable={props.agreement.timetable} attendancePattern={props.attendancePattern} />;
}

/** Who has signed this version, and who is still to sign. */
export function SignaturesTable(props: { agreement: PlacementAgreementRecord; caption?: string }) {
  const signatureOf = (party: (typeof agreementPartyValues)[number]) => props.agreement.signatures.find((item) => item.party === party);
  return (
    <Table
      caption={props.caption ?? 'Signatures'}
      rows={agreementPartyValues}
      columns={[
        { header: 'Party', cell: (party) => agreementParties[party] },
        {
          header: 'Signed by',
          cell: (party) => (
            <Show when={signatureOf(party)} fallback={<Tag colour="grey">Not signed yet</Tag>}>
              {(signature) => (
                <>
                  {signature().signerName}
                  <Show when={signature().signerRole}>
                    <br />
                    <span class="app-secondary-text">{signature().signerRole}</span>
                  </Show>
                </>
              )}
            </Show>
          ),
        },
        { header: 'Date', cell: (party) => (signatureOf(party) ? formatLocalDate(signatureOf(party)!.signedOn) : '') },
        {
          header: 'How',
          cell: (party) => (signatureOf(party) ? `${signatureMethods[signatureOf(party)!.method]} by ${signatureOf(party)!.recordedBy}` : ''),
        },
      ]}
    />
  );
}

/** Every version of the agreement, newest first. */
function AgreementVersionsTable(props: { agreements: PlacementRecord['agreements'] }) {
  return (
    <Table
      caption="Agreement versions"
      rows={props.agreements}
      columns={[
        { header: 'Version', cell: (agreement) => `Version ${agreement.version}` },
        { header: 'Created', cell: (agreement) => formatDate(agreement.createdAt) },
        {
          header: 'Signatures',
          cell: (agreement) =>
            agreement.isFullySigned ? (
              <Tag colour="green">Signed by everyone</Tag>
            ) : (
              `${agreement.signatures.length} of ${agreementPartyValues.length} signed`
            ),
        },
      ]}
    />
  );
}

/** The referral's background, as the school wrote it for the provider. */
function ReferralDetailsList(props: { placement: PlacementRecord; action?: (what: string) => SummaryListAction }) {
  const row = (key: string, value: JSX.Element, what: string): SummaryListRow => ({ key, value, action: props.action?.(what) });
  return (
    <SummaryList
      rows={[
        row('Reason', props.placement.reason.label, 'reason'),
        row('Legal basis', legalBases[props.placement.legalBasis].label, 'legal basis'),
        ...(props.placement.parentNoticeGivenOn
          ? [row('Notice given to the parent', formatLocalDate(props.placement.parentNoticeGivenOn), 'date notice was given')]
          : []),
        row('Already tried', <Written text={props.placement.graduatedResponse} />, 'what the school already tried'),
        row('Parent or carer', <Written text={props.placement.parentInvolvement} />, 'how the parent or carer was involved'),
        row('Pupil’s views', <Written text={props.placement.pupilViews} />, 'the pupil’s views'),
      ]}
    />
  );
}

export interface PlacementDetailsProps {
  placement: PlacementRecord;
  /** Change links, for the school while it may change each part. */
  actions?: {
    referral?: (what: string) => SummaryListAction;
    plan?: (what: string) => SummaryListAction;
    objective?: (objective: PlacementObjective) => SummaryListAction[];
    agreement?: (what: string) => SummaryListAction;
  };
  /** After the objectives, e.g. "Add an objective". */
  afterObjectives?: JSX.Element;
  /** After the signatures, e.g. "Sign the agreement". */
  afterSignatures?: JSX.Element;
}

/** The shared record of a placement, as school and provider both read it: referral, plan, agreement and its versions. */
export function PlacementDetails(props: PlacementDetailsProps) {
  const agreement = () => props.placement.currentAgreement;
  return (
    <>
      <h2 class="govuk-heading-m">Referral</h2>
      <ReferralDetailsList placement={props.placement} action={props.actions?.referral} />
      <h2 class="govuk-heading-m">Personalised plan</h2>
      <PlanSummaryList plan={props.placement.plan} action={props.actions?.plan} />
      <h3 class="govuk-heading-s">Objectives</h3>
      <ObjectiveCards objectives={props.placement.objectives} actions={props.actions?.objective} />
      {props.afterObjectives}
      <h2 class="govuk-heading-m">Agreement: version {agreement().version}</h2>
      <AgreementTermsList agreement={agreement()} action={props.actions?.agreement} />
      <AgreementTimetable agreement={agreement()} attendancePattern={props.placement.attendancePattern} />
      <SignaturesTable agreement={agreement()} />
      {props.afterSignatures}
      <Show when={props.placement.agreements.length > 1}>
        <AgreementVersionsTable agreements={props.placement.agreements} />
      </Show>
    </>
  );
}
