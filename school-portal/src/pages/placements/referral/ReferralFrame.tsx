import { BackLink, ErrorSummary, fetchQuery, permissions, RequirePermission, type FormErrors } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import type { JSX } from 'solid-js';
import { createResource, Show } from 'solid-js';
import { ReferralPupilDocument } from '../placements.data';
import { useReferralJourney } from './referral-journey';

/** The frame of each page of the referral journey: back link, errors, and whose referral it is. */
export function ReferralFrame(props: { backHref: string; errors: FormErrors; children: JSX.Element }) {
  const client = useClient();
  const journey = useReferralJourney();
  const [pupil] = createResource(
    () => journey.pupilId() || undefined,
    (id) => fetchQuery(client, ReferralPupilDocument, { id }),
  );
  return (
    <RequirePermission permission={permissions.commissionPlacements}>
      <BackLink href={props.backHref} />
      <Show when={!journey.pupilId()}>
        <p class="govuk-body">Start a referral from the pupil’s record.</p>
      </Show>
      <Show when={pupil()}>
        {(loaded) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={props.errors} />
              <span class="govuk-caption-l">Refer {loaded().pupil.displayName}</span>
              {props.children}
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}

/** The pupil's record, where a referral starts and where leaving it goes back to. */
export const pupilPath = (pupilId: string) => `/pupils/${encodeURIComponent(pupilId)}`;
