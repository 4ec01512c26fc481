import { useNavigate } from '@solidjs/router';
import { Button, fetchQuery, IncidentsListPage, permissions, Select, textField, useSession } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { ActivePlacementsDocument } from './incidents.data';

/** Choosing the active placement to report an incident on (members who can see the provider's placements). */
function ReportOnPlacement() {
  const client = useClient();
  const navigate = useNavigate();
  const [placements] = createResource(async () => (await fetchQuery(client, ActivePlacementsDocument, {})).placements.edges.map((edge) => edge.node));
  return (
    <Show when={placements()?.length}>
      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          const placementId = textField(new FormData(event.currentTarget), 'placementId');
          if (placementId) navigate(`/placements/${encodeURIComponent(placementId)}/incidents/new`);
        }}
      >
        <Select
          id="placementId"
          label="Report an incident on"
          options={placements()!.map((placement) => ({ value: placement.id, text: `${placement.pupilSummary.name} (${placement.school.name})` }))}
        />
        <Button>Report an incident</Button>
      </form>
    </Show>
  );
}

/** /incidents: the incidents the provider has reported, with the schools' decisions, and a way to report one. */
export function IncidentsPage() {
  const session = useSession();
  return (
    <IncidentsListPage
      intro="Serious behaviour incidents you have reported to pupils’ schools, and what each school decided."
      actions={
        <Show when={session.can(permissions.readPlacements)}>
          <ReportOnPlacement />
        </Show>
      }
    />
  );
}
