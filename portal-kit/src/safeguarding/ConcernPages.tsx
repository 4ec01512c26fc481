import { A, useLocation, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { Checkboxes } from '../components/Checkboxes';
import { DateTimeFields } from '../components/DateTimeFields';
import { ErrorSummary } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { Radios } from '../components/Radios';
import { Select } from '../components/Select';
import { SummaryList } from '../components/SummaryList';
import { Table, type TableColumn } from '../components/Table';
import { Tag } from '../components/Tag';
import { Textarea } from '../components/Textarea';
import { WarningText } from '../components/WarningText';
import { RequirePermission } from '../auth/RequirePermission';
import { permissions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { textField, ticked } from '../forms/form-data';
import { errorMessageFor, type FormError } from '../forms/form-errors';
import { runMutation } from '../graphql/requests';
import { formatShortDate } from '../labels/dates';
import { useFormState } from '../placements/MonitoringPages';
import { formatDateTime } from '../placements/monitoring-labels';
import { Written } from '../placements/PlacementViews';
import { noticeFrom, noticeState } from '../portal/notice';
import { usePageTitle } from '../portal/page-title';
import { checkHappened } from './happened';
import { NextPageLink, OnlyFilter } from './ListControls';
import {
  AcknowledgeConcernDocument,
  AddConcernUpdateDocument,
  fetchConcern,
  fetchConcernPlacements,
  fetchConcerns,
  RaiseConcernDocument,
  type ConcernDetail,
  type ConcernListItem,
  type ConcernPlacement,
} from './safeguarding.data';
import { chronologyKinds, concernCategories, concernCategoryValues, concernSides, concernUrgencies, concernUrgencyValues, type ConcernUrgency } from './safeguarding-labels';

const perPage = 25;
const concernPath = (id: string) => `/safeguarding/${encodeURIComponent(id)}`;

function UrgencyTag(props: { urgency: ConcernUrgency }) {
  return <Tag colour={concernUrgencies[props.urgency].colour}>{concernUrgencies[props.urgency].label}</Tag>;
}

function acknowledgementOf(concern: ConcernListItem) {
  if (concern.acknowledgements.length > 0) return <Tag colour="green">Acknowledged</Tag>;
  return concern.awaitingYourAcknowledgement ? <Tag colour="red">Acknowledge</Tag> : <Tag colour="grey">Waiting</Tag>;
}

/** /safeguarding in both portals: the concerns the DSL (or the LA's designated officer) may read. */
export function ConcernsPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const [search, setSearch] = useSearchParams<{ after: string; unacknowledged: string }>();
  usePageTitle(() => 'Safeguarding concerns');
  const unacknowledged = () => search.unacknowledged === 'yes';
  const [concerns] = createResource(
    () => ({ after: typeof search.after === 'string' ? search.after : null, unacknowledged: unacknowledged() }),
    (current) => fetchConcerns(client, { first: perPage, ...current }),
  );
  const columns: TableColumn<ConcernListItem>[] = [
    {
      header: 'Pupil',
      cell: (concern) => (
        <A class="govuk-link" href={concernPath(concern.id)}>
          {concern.pupilName}
        </A>
      ),
    },
    { header: 'Concern', cell: (concern) => concernCategories[concern.category] },
    { header: 'Urgency', cell: (concern) => <UrgencyTag urgency={concern.urgency} /> },
    { header: 'Raised by', cell: (concern) => (concern.raisedBySide === 'SCHOOL' ? concern.school.name : concern.provider.name) },
    { header: 'Raised', cell: (concern) => formatShortDate(concern.createdAt) },
    { header: 'Acknowledgement', cell: acknowledgementOf },
  ];

  return (
    <RequirePermission permission={permissions.readConcerns}>
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <h1 class="govuk-heading-l">Safeguarding concerns</h1>
      <p class="govuk-body">
        Only the designated safeguarding leads of the school and the provider involved can read these, and the local authority’s designated officers when a
        concern is shared with them. Every time a concern is opened, it is recorded.
      </p>
      <Show when={session.can(permissions.raiseConcerns)}>
        <Button href="/safeguarding/new">Raise a concern</Button>
      </Show>
      <OnlyFilter
        name="unacknowledged"
        label="Only concerns not acknowledged yet"
        checked={unacknowledged()}
        onChange={(checked) => setSearch({ unacknowledged: checked ? 'yes' : undefined, after: undefined })}
      />
      <Show when={concerns.latest}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().totalCount} {found().totalCount === 1 ? 'concern' : 'concerns'}
            </p>
            <Show when={found().edges.length > 0}>
              <Table caption="Concerns, newest first" columns={columns} rows={found().edges.map((edge) => edge.node)} small />
            </Show>
            <NextPageLink path="/safeguarding" filter="unacknowledged" filtered={unacknowledged()} pageInfo={found().pageInfo} />
          </>
        )}
      </Show>
    </RequirePermission>
  );
}

const RAISE_FIELDS = ['placementId', 'category', 'whatHappened', 'happenedOn', 'happenedTime', 'actionsTaken', 'urgency', 'sharedWithLa'];

function placementOption(placement: ConcernPlacement, viewerOrganisationId: string | undefined) {
  const other = placement.school.id === viewerOrganisationId ? placement.provider.name : placement.school.name;
  return { value: placement.id, text: `${placement.pupilSummary.name} (${other})` };
}

function checkConcern(data: FormData) {
  const happened = checkHappened(data, 'happenedOn', 'happenedTime');
  const invalid: FormError[] = [];
  if (!textField(data, 'placementId')) invalid.push({ field: 'placementId', message: 'Select the pupil the concern is about' });
  if (!textField(data, 'category')) invalid.push({ field: 'category', message: 'Select what the concern is about' });
  if (!textField(data, 'whatHappened').trim()) invalid.push({ field: 'whatHappened', message: 'Enter what happened' });
  invalid.push(...happened.invalid);
  if (!textField(data, 'urgency')) invalid.push({ field: 'urgency', message: 'Select how urgent the concern is' });
  return { invalid, happened };
}

/** /safeguarding/new: a DSL raises a concern on one of their organisation's placements (?placementId= preselects it). */
export function RaiseConcernPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ placementId: string }>();
  const [placements] = createResource(() => fetchConcernPlacements(client));
  const form = useFormState(() => 'Raise a safeguarding concern');

  async function raise(element: HTMLFormElement) {
    const data = new FormData(element);
    const { invalid, happened } = checkConcern(data);
    if (!form.checked(invalid) || !happened.date || !happened.time) return;
    const input = {
      placementId: textField(data, 'placementId'),
      category: textField(data, 'category') as ConcernDetail['category'],
      whatHappened: textField(data, 'whatHappened'),
      happenedOn: happened.date,
      happenedTime: happened.time,
      actionsTaken: textField(data, 'actionsTaken'),
      urgency: textField(data, 'urgency') as ConcernUrgency,
      sharedWithLa: ticked(data, 'sharedWithLa').includes('yes'),
    };
    await form.send(async () => {
      const result = await runMutation(client, RaiseConcernDocument, { input });
      if (!result.ok) return result.problems;
      navigate(concernPath(result.data.raiseConcern.id), { state: noticeState('Concern raised. The other organisation’s DSLs have been told.') });
      return undefined;
    }, RAISE_FIELDS);
  }

  return (
    <RequirePermission permission={permissions.raiseConcerns}>
      <BackLink href="/safeguarding" text="Back to safeguarding concerns" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors()} />
          <h1 class="govuk-heading-l">Raise a safeguarding concern</h1>
          <WarningText>If a child is in immediate danger, call 999 first. Then follow your safeguarding policy and record the concern here.</WarningText>
          <Show when={placements()}>
            {(found) => (
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!form.busy()) void raise(event.currentTarget);
                }}
              >
                <Select
                  id="placementId"
                  label="Pupil"
                  hint="Placements your organisation shares"
                  value={typeof search.placementId === 'string' ? search.placementId : ''}
                  options={[{ value: '', text: 'Select a pupil' }, ...found().map((placement) => placementOption(placement, session.me()?.activeMembership?.organisation.id))]}
                  error={errorMessageFor(form.errors(), 'placementId')}
                />
                <Select
                  id="category"
                  label="What is the concern about?"
                  options={[{ value: '', text: 'Select a category' }, ...concernCategoryValues.map((value) => ({ value, text: concernCategories[value] }))]}
                  error={errorMessageFor(form.errors(), 'category')}
                />
                <Textarea
                  id="whatHappened"
                  label="What happened?"
                  hint="What was seen, heard or disclosed, in the words used where you can"
                  rows={6}
                  error={errorMessageFor(form.errors(), 'whatHappened')}
                />
                <DateTimeFields dateId="happenedOn" timeId="happenedTime" dateLegend="Date it happened or was disclosed" timeLabel="Time it happened" errors={form.errors()} />
                <Textarea id="actionsTaken" label="Actions taken so far (optional)" hint="For example, a referral to children’s social care" rows={3} error={errorMessageFor(form.errors(), 'actionsTaken')} />
                <Radios
                  name="urgency"
                  legend="How urgent is it?"
                  legendSize="m"
                  items={concernUrgencyValues.map((value) => ({ value, label: concernUrgencies[value].label, hint: concernUrgencies[value].hint }))}
                  error={errorMessageFor(form.errors(), 'urgency')}
                />
                <Checkboxes
                  name="sharedWithLa"
                  legend="Local authority"
                  legendSize="m"
                  items={[{ value: 'yes', label: 'Share with the local authority’s designated officer', hint: 'The pupil’s home local authority’s designated officers can then read the concern and its updates.' }]}
                  error={errorMessageFor(form.errors(), 'sharedWithLa')}
                />
                <Button busy={form.busy()}>Raise concern</Button>
              </form>
            )}
          </Show>
        </div>
      </div>
    </RequirePermission>
  );
}

function concernRows(concern: ConcernDetail) {
  return [
    { key: 'Pupil', value: concern.pupilName },
    { key: 'School', value: concern.school.name },
    { key: 'Provider', value: concern.provider.name },
    { key: 'Concern', value: concernCategories[concern.category] },
    { key: 'Urgency', value: <UrgencyTag urgency={concern.urgency} /> },
    { key: 'When it happened', value: formatDateTime(concern.happenedAt) },
    { key: 'What happened', value: <Written text={concern.whatHappened} /> },
    { key: 'Actions taken', value: <Written text={concern.actionsTaken} fallback="None recorded" /> },
    { key: 'Raised by', value: `${concern.raisedByName} (${concernSides[concern.raisedBySide]}), ${formatDateTime(concern.createdAt)}` },
    { key: 'Shared with the local authority', value: concern.sharedWithLa ? 'Yes' : 'No' },
  ];
}

/** /safeguarding/:concernId: the concern, the pupil's chronology, and (for DSLs) acknowledging and adding updates. */
export function ConcernPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams<{ concernId: string }>();
  const [record, { refetch }] = createResource(() => params.concernId, (id) => fetchConcern(client, id));
  const form = useFormState(() => (record() ? `Safeguarding concern: ${record()!.concern.pupilName}` : 'Safeguarding concern'));

  async function acknowledge() {
    await form.send(async () => {
      const result = await runMutation(client, AcknowledgeConcernDocument, { id: params.concernId });
      if (!result.ok) return result.problems;
      navigate(concernPath(params.concernId), { replace: true, state: noticeState('Concern acknowledged') });
      void refetch();
      return undefined;
    }, []);
  }

  async function addUpdate(element: HTMLFormElement) {
    const text = textField(new FormData(element), 'text');
    if (!form.checked(text.trim() ? [] : [{ field: 'text', message: 'Enter the update' }])) return;
    await form.send(async () => {
      const result = await runMutation(client, AddConcernUpdateDocument, { input: { concernId: params.concernId, text } });
      if (!result.ok) return result.problems;
      element.reset();
      navigate(concernPath(params.concernId), { replace: true, state: noticeState('Update added') });
      void refetch();
      return undefined;
    }, ['text']);
  }

  return (
    <RequirePermission permission={permissions.readConcerns}>
      <BackLink href="/safeguarding" text="Back to safeguarding concerns" />
      <ErrorSummary errors={form.errors()} />
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <Show when={record.latest}>
        {(loaded) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <span class="govuk-caption-l">Safeguarding concern</span>
              <h1 class="govuk-heading-l">{loaded().concern.pupilName}</h1>
              <Show when={loaded().concern.awaitingYourAcknowledgement}>
                <WarningText>Acknowledge the concern to tell the other organisation’s DSLs that you have it in hand.</WarningText>
                <Button type="button" busy={form.busy()} onClick={() => void acknowledge()}>
                  Acknowledge concern
                </Button>
              </Show>
              <SummaryList rows={concernRows(loaded().concern)} />
              <h2 class="govuk-heading-m">Chronology for this pupil</h2>
              <ol class="app-timeline govuk-list">
                <For each={loaded().chronology}>
                  {(entry) => (
                    <li class="govuk-!-margin-bottom-4">
                      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                        {chronologyKinds[entry.kind]}: {concernCategories[entry.concern.category]}
                      </h3>
                      <p class="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">
                        {formatDateTime(entry.at)}, {entry.by} ({concernSides[entry.side]})
                      </p>
                      <Show when={entry.text}>{(text) => <p class="govuk-body app-multiline">{text()}</p>}</Show>
                    </li>
                  )}
                </For>
              </ol>
              <Show when={session.can(permissions.raiseConcerns)}>
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!form.busy()) void addUpdate(event.currentTarget);
                  }}
                >
                  <Textarea id="text" label="Add an update" hint="What you have learnt or done since" rows={4} error={errorMessageFor(form.errors(), 'text')} />
                  <Button busy={form.busy()}>Add update</Button>
                </form>
              </Show>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
