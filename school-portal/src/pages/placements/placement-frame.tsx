import { BackLink, ErrorSummary, permissions, RequirePermission, type FormErrors, type PlacementRecord } from '@ap/portal-kit';
import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import type { PlacementContext } from './placement';

export interface PlacementFormFrameProps {
  context: PlacementContext;
  errors: FormErrors;
  /** Whether the form applies now; otherwise `refusal` explains why not. */
  allowed: boolean;
  refusal: string;
  children: (placement: PlacementRecord) => JSX.Element;
}

/** The frame of each page that changes a placement: back link, errors, whose placement, and whether it can change now. */
export function PlacementFormFrame(props: PlacementFormFrameProps) {
  return (
    <RequirePermission permission={permissions.commissionPlacements}>
      <BackLink href={props.context.path()} text="Back to the placement" />
      <Show when={props.context.placement()}>
        {(placement) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={props.errors} />
              <span class="govuk-caption-l">
                {placement().pupilSummary.name} at {placement().provider.name}
              </span>
              <Show when={props.allowed} fallback={<p class="govuk-body">{props.refusal}</p>}>
                {props.children(placement())}
              </Show>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
