import { A, useLocation } from '@solidjs/router';
import {
  BackLink,
  Button,
  ButtonGroup,
  fetchQuery,
  formatDate,
  describeWeeklyHours,
  formatLocalDate,
  NotificationBanner,
  PlacementDetails,
  noticeFrom,
  PlacementHeading,
  PlacementStatusTag,
  PupilSummaryList,
  referralTaskStatuses,
  SitesList,
  SummaryList,
  TaskList,
  usePageTitle,
  Written,
  type PlacementRecord,
  type SummaryListRow,
  type TaskListItem,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import type { PlacementOversightQuery } from '../../gql/graphql';
import { MonitoringSection } from './monitoring/MonitoringSection';
import { usePlacement, type PlacementContext } from './placement';
import { PlacementFindings } from './PlacementFindings';
import { PlacementOversightDocument } from './placements.data';

type Oversight = PlacementOversightQuery['placement'];

const change = (href: string, what: string) => ({ href, text: 'Change', visuallyHiddenText: what });

/** The referral's tasks, each linking to where it is done while the school may still do it. */
function referralTasks(placement: PlacementRecord, context: PlacementContext): TaskListItem[] {
  const status = referralTaskStatuses(placement);
  const missing = placement.currentAgreement.missingParties;
  const link = (allowed: boolean, rest: string) => (allowed ? context.path(rest) : undefined);
  return [
    { title: 'Referral details', href: link(context.canChangeReferral(), '/referral'), status: status.referral, hint: 'Reason, legal basis and background' },
    {
      title: 'Provider and sites',
      href: link(context.canChangeReferral(), placement.status === 'DRAFT' ? '/provider' : '/sites'),
      status: status.providerAndSites,
      hint: placement.provider.name,
    },
    { title: 'Personalised plan', href: link(context.canChangeTerms(), '/plan'), status: status.plan, hint: 'Rationale, objectives and the route back' },
    { title: 'Agreement', href: link(context.canChangeTerms(), '/agreement'), status: status.agreement, hint: 'Timetable, dates, commitments and cost' },
    {
      title: 'Send to provider',
      href: link(context.canSend(), '/send'),
      status: status.send,
      hint: placement.status === 'DRAFT' ? 'Needs sites, a timetable and a start date' : `Sent ${placement.proposedAt ? formatDate(placement.proposedAt) : ''}`,
    },
    {
      title: 'Signatures',
      href: link(context.canSign() && missing.length > 0, '/sign'),
      status: status.signatures,
      hint: missing.length > 0 ? `Still to sign: ${missing.map((party) => signerNames[party]).join(', ')}` : 'Signed by everyone',
    },
  ];
}

const signerNames = { SCHOOL: 'your school', PROVIDER: 'the provider', PARENT_CARER: 'the parent or carer' } as const;

function overviewRows(placement: PlacementRecord, oversight: Oversight | undefined): SummaryListRow[] {
  const agreement = placement.currentAgreement;
  return [
    {
      key: 'Pupil',
      value: (
        <Show when={oversight?.pupil} fallback={placement.pupilSummary.name}>
          {(pupil) => (
            <A class="govuk-link" href={`/pupils/${encodeURIComponent(pupil().id)}`}>
              {pupil().displayName}
            </A>
          )}
        </Show>
      ),
    },
    { key: 'School', value: placement.school.name },
    { key: 'Status', value: <PlacementStatusTag status={placement.status} /> },
    { key: 'Provider', value: placement.provider.name },
    { key: 'Sites', value: <SitesList sites={placement.sites} /> },
    {
      key: 'Hours',
      value:
        agreement.timetable.length > 0
          ? describeWeeklyHours(placement.hoursPerWeek, placement.attendancePattern)
          : 'No timetable yet',
    },
    ...(placement.startedOn ? [{ key: 'Started', value: formatLocalDate(placement.startedOn) }] : []),
    ...(placement.agreedAt ? [{ key: 'Agreed', value: formatDate(placement.agreedAt) }] : []),
    ...(placement.laNotifiedAt ? [{ key: 'Local authority told', value: formatDate(placement.laNotifiedAt) }] : []),
  ];
}

/**
 * A placement for the home school and its LA: while it is a referral, the task list that leads to
 * sending and signing; once agreed, the whole record with its agreement, versions and monitoring.
 */
export function PlacementPage() {
  const client = useClient();
  const location = useLocation();
  const context = usePlacement();
  const { placement } = context;
  const [oversight] = createResource(context.placementId, async (id) => (await fetchQuery(client, PlacementOversightDocument, { id })).placement);
  usePageTitle(() => (placement() ? `${placement()!.pupilSummary.name}: placement` : 'Placement'));
  const isReferral = () => ['DRAFT', 'PROPOSED'].includes(placement()?.status ?? '');

  return (
    <>
      <BackLink href="/placements" text="Back to placements" />
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <Show when={placement.latest}>
        {(loaded) => (
          <>
            <PlacementHeading caption={`Placement at ${loaded().provider.name}`} pupilName={loaded().pupilSummary.name} status={loaded().status} />
            <Show when={oversight()}>{(found) => <PlacementFindings findings={found().findings} />}</Show>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <Show when={isReferral()}>
                  <h2 class="govuk-heading-m">{loaded().status === 'DRAFT' ? 'Complete the referral' : 'Agree the placement'}</h2>
                  <TaskList items={referralTasks(loaded(), context)} />
                </Show>
                <h2 class="govuk-heading-m">Overview</h2>
                <SummaryList rows={overviewRows(loaded(), oversight())} />
                <ButtonGroup>
                  <Show when={context.canStart()}>
                    <Button href={context.path('/start')}>Start placement</Button>
                  </Show>
                  <A class="govuk-link" href={context.path('/agreement/print')}>
                    Print the agreement
                  </A>
                  <Show when={context.canCancel()}>
                    <A class="govuk-link" href={context.path('/cancel')}>
                      Cancel this {isReferral() ? 'referral' : 'placement'}
                    </A>
                  </Show>
                </ButtonGroup>
                <Show when={loaded().endReason}>
                  <h2 class="govuk-heading-m">{loaded().status === 'CANCELLED' ? 'Why it was cancelled' : 'Why it ended'}</h2>
                  <p class="govuk-body">
                    <Written text={loaded().endReason} />
                  </p>
                </Show>
                <h2 class="govuk-heading-m">What the provider is told about the pupil</h2>
                <Show when={loaded().status !== 'DRAFT'} fallback={<p class="govuk-body">Nothing yet: you choose what to share when you send the referral.</p>}>
                  <PupilSummaryList summary={loaded().pupilSummary} />
                </Show>
                <PlacementDetails
                  placement={loaded()}
                  actions={{
                    referral: context.canChangeReferral() ? (what) => change(context.path('/referral'), what) : undefined,
                    plan: context.canChangeTerms() ? (what) => change(context.path('/plan'), what) : undefined,
                    objective: context.canChangeTerms()
                      ? (objective) => [change(context.path(`/objectives/${encodeURIComponent(objective.id)}`), `objective ${objective.position}`)]
                      : undefined,
                    agreement: context.canChangeTerms() ? (what) => change(context.path('/agreement'), what) : undefined,
                  }}
                  afterObjectives={
                    <Show when={context.canChangeTerms()}>
                      <Button variant="secondary" href={context.path('/objectives/new')}>
                        Add an objective
                      </Button>
                    </Show>
                  }
                  afterSignatures={
                    <>
                      <Show when={context.canSign() && loaded().currentAgreement.missingParties.some((party) => party !== 'PROVIDER')}>
                        <Button variant="secondary" href={context.path('/sign')}>
                          Sign or record signatures
                        </Button>
                      </Show>
                      <Show when={context.canStartNewVersion()}>
                        <p class="govuk-body">
                          A signed version cannot change.{' '}
                          <A class="govuk-link" href={context.path('/new-version')}>
                            Start a new version of the agreement
                          </A>{' '}
                          to change the plan or the terms.
                        </p>
                      </Show>
                    </>
                  }
                />
              </div>
            </div>
            <Show when={!isReferral() && loaded().status !== 'CANCELLED'}>
              <MonitoringSection placementId={loaded().id} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
