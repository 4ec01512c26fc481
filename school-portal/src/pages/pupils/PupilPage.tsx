import { useLocation, useParams } from '@solidjs/router';
import {
  Button,
  fetchQuery,
  flagsOf,
  formatLocalDate,
  NotificationBanner,
  noticeFrom,
  permissions,
  pupilSexLabels,
  SummaryList,
  usePageTitle,
  useSession,
  yearGroupLabel,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { senProvisionOf, senProvisions } from './pupil-form';
import { PupilFlagTags } from './PupilFlagTags';
import { PupilPlacements } from './PupilPlacements';
import { PupilDetailDocument, type PupilRecord } from './pupils.data';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** A worker or contact: name and how to reach them, or "None". */
function contactOf(name: string | null, contact: string | null) {
  if (!name) return <span class="app-secondary-text">None</span>;
  return (
    <>
      {name}
      <Show when={contact}>
        <br />
        {contact}
      </Show>
    </>
  );
}

function detailRows(pupil: PupilRecord): Omit<SummaryListRow, 'action'>[] {
  const preferred = [pupil.preferredForename, pupil.preferredSurname].filter(Boolean).join(' ');
  return [
    { key: 'UPN', value: pupil.upn },
    { key: 'Legal name', value: `${pupil.legalForename} ${pupil.legalSurname}` },
    { key: 'Preferred name', value: preferred || <span class="app-secondary-text">Not given</span> },
    { key: 'Date of birth', value: formatLocalDate(pupil.dateOfBirth) },
    { key: 'Sex', value: pupilSexLabels[pupil.sex] },
    { key: 'Year group', value: yearGroupLabel(pupil.yearGroup) },
    { key: 'Special educational needs', value: senProvisions.find((sen) => sen.value === senProvisionOf(pupil))!.label },
    { key: 'Looked after', value: yesNo(pupil.lookedAfter) },
    { key: 'Behaviour risk assessment', value: yesNo(pupil.behaviourRiskAssessment) },
    { key: 'Social worker', value: contactOf(pupil.socialWorkerName, pupil.socialWorkerContact) },
    { key: 'Youth offending team worker', value: contactOf(pupil.youthOffendingWorkerName, pupil.youthOffendingWorkerContact) },
    { key: 'Medical needs', value: pupil.medicalNeeds ?? <span class="app-secondary-text">None recorded</span> },
    { key: 'Emergency contact', value: contactOf(pupil.emergencyContactName, pupil.emergencyContactPhone) },
  ];
}

/** One pupil's record, flags and placements; the school refers them for a placement from here. */
export function PupilPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const params = useParams<{ pupilId: string }>();
  const [pupil] = createResource(() => params.pupilId, async (id) => (await fetchQuery(client, PupilDetailDocument, { id })).pupil);
  usePageTitle(() => pupil()?.displayName ?? 'Pupil');

  const pupilPath = (rest = '') => `/pupils/${encodeURIComponent(params.pupilId)}${rest}`;
  const rowsOf = (loaded: PupilRecord): SummaryListRow[] =>
    detailRows(loaded).map((row) =>
      session.can(permissions.managePupils) ? { ...row, action: { href: pupilPath('/edit'), text: 'Change', visuallyHiddenText: row.key.toLowerCase() } } : row,
    );

  return (
    <>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <Show when={pupil()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">
              {yearGroupLabel(loaded().yearGroup)}, {loaded().school.name}
            </span>
            <h1 class="govuk-heading-l">{loaded().displayName}</h1>
            <Show when={flagsOf(loaded()).length > 0}>
              <PupilFlagTags pupil={loaded()} />
            </Show>
            <Show when={session.can(permissions.commissionPlacements)}>
              <Button href={`/placements/new?pupilId=${encodeURIComponent(loaded().id)}`}>Refer for a placement</Button>
            </Show>
            <h2 class="govuk-heading-m">Details</h2>
            <SummaryList rows={rowsOf(loaded())} />
            <PupilPlacements pupilId={loaded().id} />
          </>
        )}
      </Show>
    </>
  );
}
