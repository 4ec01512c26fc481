import { A } from '@solidjs/router';
import { fetchQuery, formatDate, formatHoursPerWeek, formatLocalDate, PlacementStatusTag, placementPath } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import type { PupilPlacementsQuery } from '../../gql/graphql';
import { PupilPlacementsDocument } from '../placements/placements.data';

type PupilPlacement = PupilPlacementsQuery['pupil']['placements'][number];

/** When the placement ran, or is due to: the dates that matter at its stage. */
function datesOf(placement: PupilPlacement): string {
  const agreement = placement.currentAgreement;
  if (placement.startedOn && placement.endedOn) return `${formatLocalDate(placement.startedOn)} to ${formatLocalDate(placement.endedOn)}`;
  if (placement.startedOn) return `Started ${formatLocalDate(placement.startedOn)}`;
  if (placement.status === 'CANCELLED') return `Referred ${formatDate(placement.createdAt)}, cancelled`;
  if (agreement.startDate) return `Due to start ${formatLocalDate(agreement.startDate)}`;
  return `Referral started ${formatDate(placement.createdAt)}`;
}

/** The pupil's placements on their record, newest first: provider, status, dates and hours. */
export function PupilPlacements(props: { pupilId: string }) {
  const client = useClient();
  const [placements] = createResource(
    () => props.pupilId,
    async (id) => (await fetchQuery(client, PupilPlacementsDocument, { id })).pupil.placements,
  );
  return (
    <section id="pupil-placements" aria-labelledby="pupil-placements-heading">
      <h2 class="govuk-heading-m" id="pupil-placements-heading">
        Placements
      </h2>
      <Show when={placements()}>
        {(loaded) => (
          <Show when={loaded().length > 0} fallback={<p class="govuk-body">No placements yet.</p>}>
            <ol class="app-placement-timeline">
              <For each={loaded()}>
                {(placement) => (
                  <li class="app-placement-timeline__item">
                    <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                      <A class="govuk-link" href={placementPath(placement.id)}>
                        {placement.provider.name}
                      </A>{' '}
                      <PlacementStatusTag status={placement.status} />
                    </h3>
                    <p class="govuk-body govuk-!-margin-bottom-0">{datesOf(placement)}</p>
                    <Show when={placement.hoursPerWeek > 0}>
                      <p class="govuk-body-s app-secondary-text">{formatHoursPerWeek(placement.hoursPerWeek)}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Show>
    </section>
  );
}
