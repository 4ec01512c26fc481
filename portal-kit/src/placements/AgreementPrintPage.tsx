import { useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { formatLocalDate } from '../labels/dates';
import { usePageTitle } from '../portal/page-title';
import { placementPath } from './MonitoringPages';
import { fetchPlacementRecord, type PlacementAgreementRecord, type PlacementRecord } from './placement.data';
import {
  agreementPartyValues,
  describeCost,
  describeReviewInterval,
  describeVisitsPerTerm,
  reportCadences,
  reportingCadences,
  signatureMethods,
  type AgreementParty,
} from './placement-labels';
import { SitesList, Written } from './PlacementViews';
import { yearGroupLabel } from '../labels/pupil-labels';
import { TimetableTable } from './TimetableTable';

/** Who signs for each party on the printed agreement. */
function signsFor(placement: PlacementRecord, party: AgreementParty): string {
  if (party === 'SCHOOL') return `Signed for the school (${placement.school.name})`;
  if (party === 'PROVIDER') return `Signed for the provider (${placement.provider.name})`;
  return 'Signed by the parent or carer';
}

function CommitmentList(props: { items: readonly string[] }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="govuk-body">None written.</p>}>
      <ul class="govuk-list govuk-list--bullet">
        <For each={props.items}>{(item) => <li>{item}</li>}</For>
      </ul>
    </Show>
  );
}

function SignatureLine(props: { placement: PlacementRecord; agreement: PlacementAgreementRecord; party: AgreementParty }) {
  const signature = () => props.agreement.signatures.find((item) => item.party === props.party);
  return (
    <div class="app-agreement-signature">
      <h3 class="govuk-heading-s">{signsFor(props.placement, props.party)}</h3>
      <div class="app-agreement-signature__line">{signature() ? signatureMethods[signature()!.method] : ''}</div>
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Name</dt>
          <dd class="govuk-summary-list__value">{signature()?.signerName ?? ''}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Role</dt>
          <dd class="govuk-summary-list__value">{signature()?.signerRole ?? ''}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Date</dt>
          <dd class="govuk-summary-list__value">{signature() ? formatLocalDate(signature()!.signedOn) : ''}</dd>
        </div>
      </dl>
    </div>
  );
}

/** The agreement as one printable document, laid out like the schools' paper AP agreement (domain.md §7.1). */
function AgreementDocument(props: { placement: PlacementRecord }) {
  const agreement = () => props.placement.currentAgreement;
  const date = (value: string | null | undefined) => (value ? formatLocalDate(value) : 'Not set');
  return (
    <article class="app-agreement-print">
      <span class="govuk-caption-l">Version {agreement().version}</span>
      <h1 class="govuk-heading-l">Alternative provision agreement</h1>
      <section>
        <h2 class="govuk-heading-m">Pupil and placement</h2>
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Pupil</dt>
            <dd class="govuk-summary-list__value">
              {props.placement.pupilSummary.name}, {yearGroupLabel(props.placement.pupilSummary.yearGroup)}, born{' '}
              {formatLocalDate(props.placement.pupilSummary.dateOfBirth)}
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">School</dt>
            <dd class="govuk-summary-list__value">{props.placement.school.name}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Provider</dt>
            <dd class="govuk-summary-list__value">
              {props.placement.provider.name}
              <SitesList sites={props.placement.sites} />
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Start date</dt>
            <dd class="govuk-summary-list__value">{date(agreement().startDate)}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Proposed end date</dt>
            <dd class="govuk-summary-list__value">{date(agreement().proposedEndDate)}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Cost</dt>
            <dd class="govuk-summary-list__value">{describeCost(agreement().costPence, agreement().costBasis)}</dd>
          </div>
        </dl>
      </section>
      <section>
        <TimetableTable timetable={agreement().timetable} attendancePattern={props.placement.attendancePattern} caption="Timetable" />
      </section>
      <section>
        <h2 class="govuk-heading-m">The provider will</h2>
        <CommitmentList items={agreement().providerCommitments} />
        <ul class="govuk-list govuk-list--bullet">
          <li>report the pupil’s attendance {reportingCadences[agreement().attendanceReporting].label.toLowerCase()}</li>
          <li>write a {reportCadences[agreement().reportCadence].toLowerCase()} progress report</li>
        </ul>
      </section>
      <section>
        <h2 class="govuk-heading-m">The school will</h2>
        <CommitmentList items={agreement().schoolCommitments} />
        <ul class="govuk-list govuk-list--bullet">
          <li>review the placement with the provider, the pupil and their parent or carer: {describeReviewInterval(agreement().reviewIntervalWeeks).toLowerCase()}</li>
          <li>visit the pupil at the provider: {describeVisitsPerTerm(agreement().visitsPerTerm).toLowerCase()}</li>
        </ul>
      </section>
      <Show when={agreement().otherTerms?.trim()}>
        <section>
          <h2 class="govuk-heading-m">Other terms</h2>
          <p class="govuk-body">
            <Written text={agreement().otherTerms} />
          </p>
        </section>
      </Show>
      <section>
        <h2 class="govuk-heading-m">Signatures</h2>
        <For each={agreementPartyValues}>{(party) => <SignatureLine placement={props.placement} agreement={agreement()} party={party} />}</For>
        <p class="govuk-body-s app-secondary-text">
          The school, the provider and the parent or carer each sign this version. A signed version never changes: any change makes a new
          version that everyone signs again.
        </p>
      </section>
    </article>
  );
}

/** /placements/:placementId/agreement/print in both portals: the current agreement, ready to print or save as a PDF. */
export function AgreementPrintPage() {
  const client = useClient();
  const params = useParams<{ placementId: string }>();
  const [placement] = createResource(() => params.placementId, (id) => fetchPlacementRecord(client, id));
  usePageTitle(() => (placement() ? `Agreement for ${placement()!.pupilSummary.name}` : 'Agreement'));
  return (
    <Show when={placement()}>
      {(loaded) => (
        <>
          <BackLink href={placementPath(loaded().id)} text="Back to the placement" />
          <div class="app-no-print">
            <Button type="button" variant="secondary" onClick={() => window.print()}>
              Print this agreement
            </Button>
          </div>
          <AgreementDocument placement={loaded()} />
        </>
      )}
    </Show>
  );
}
