import { useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  fetchQuery,
  formatDateTime,
  formatLocalDate,
  formatPercent,
  placementPath,
  PrintButton,
  RecordSheet,
  usePageTitle,
  Written,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import type { VisitRecordQuery } from '../../../gql/graphql';
import { VisitRecordDocument } from './monitoring.data';

type VisitRecord = VisitRecordQuery['placementVisit'];

/** The visit laid out like the seeds' AP visit proforma (seed 004). */
function VisitProforma(props: { visit: VisitRecord }) {
  const visit = () => props.visit;
  return (
    <RecordSheet
      title="AP visit proforma"
      fields={[
        { label: 'Learner name', value: visit().placement.pupilSummary.name },
        { label: 'Class', value: visit().pupilClass },
        { label: 'Placement name', value: visit().placement.provider.name },
        { label: 'Date and time of visit', value: formatDateTime(visit().visitedAt) },
        { label: 'Staff member', value: visit().staffMember },
        { label: 'Attendance', value: formatPercent(visit().attendancePercent) },
        {
          label: 'Safeguarding concerns (recorded separately)',
          value: visit().safeguardingConcerns ? 'Yes: recorded separately, DSL to DSL' : 'No',
        },
        {
          label: 'Parent or carer contact',
          value: visit().parentContact ? 'Yes' : <>No: <Written text={visit().noParentContactReason} /></>,
        },
        { label: 'Attendance notes', value: <Written text={visit().attendanceNotes} />, wide: true },
        { label: 'Behaviour and welfare', value: <Written text={visit().behaviourWelfareNotes} />, wide: true },
        { label: 'Progress', value: <Written text={visit().progress} />, wide: true },
        { label: 'Attainment', value: <Written text={visit().attainment} />, wide: true },
        { label: 'Curriculum and learning', value: <Written text={visit().curriculumNotes} />, wide: true },
        { label: 'Other agencies involved', value: <Written text={visit().otherAgencies} />, wide: true },
        { label: 'Actions for school', value: <Written text={visit().actionsForSchool} /> },
        { label: 'Actions for provision', value: <Written text={visit().actionsForProvision} /> },
        { label: 'Pupil’s views', value: <Written text={visit().pupilViews} />, wide: true },
        { label: 'Date of review meeting', value: visit().reviewMeetingOn ? formatLocalDate(visit().reviewMeetingOn!) : null },
      ]}
    />
  );
}

/** A school visit's record, printable. */
export function VisitRecordPage() {
  const client = useClient();
  const params = useParams<{ placementId: string; visitId: string }>();
  const [visit] = createResource(
    () => ({ placementId: params.placementId, visitId: params.visitId }),
    async ({ placementId, visitId }) => {
      const { placementVisit } = await fetchQuery(client, VisitRecordDocument, { id: visitId });
      if (placementVisit.placement.id !== placementId) throw new ApiError([{ code: 'NOT_FOUND', message: 'Visit not found.' }]);
      return placementVisit;
    },
  );
  usePageTitle(() => (visit() ? `Visit to ${visit()!.placement.pupilSummary.name}` : 'Visit'));
  return (
    <>
      <BackLink href={placementPath(params.placementId)} text="Back to the placement" />
      <Show when={visit()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">{loaded().placement.provider.name}</span>
            <h1 class="govuk-heading-l">Visit to {loaded().placement.pupilSummary.name}</h1>
            <PrintButton />
            <VisitProforma visit={loaded()} />
          </>
        )}
      </Show>
    </>
  );
}
