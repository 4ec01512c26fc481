import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { Button } from '../components/Button';
import { Checkboxes } from '../components/Checkboxes';
import { ticked } from '../forms/form-data';

/** A one-box filter ("Only concerns not acknowledged yet") kept in the page's query as `name=yes`. */
export function OnlyFilter(props: { name: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <form
      class="govuk-!-margin-bottom-6"
      onSubmit={(event) => {
        event.preventDefault();
        props.onChange(ticked(new FormData(event.currentTarget), props.name).includes('yes'));
      }}
    >
      <Checkboxes name={props.name} legend="Show" legendSize="s" small items={[{ value: 'yes', label: props.label }]} checked={props.checked ? ['yes'] : []} />
      <Button variant="secondary">Filter</Button>
    </form>
  );
}

/** "Next page" of a Relay list whose filter is `filter=yes` in the query. */
export function NextPageLink(props: { path: string; filter: string; filtered: boolean; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const href = (after: string) => `${props.path}?${new URLSearchParams({ ...(props.filtered ? { [props.filter]: 'yes' } : {}), after })}`;
  return (
    <Show when={props.pageInfo.hasNextPage && props.pageInfo.endCursor}>
      {(endCursor) => (
        <p class="govuk-body">
          <A class="govuk-link" href={href(endCursor())}>
            Next page
          </A>
        </p>
      )}
    </Show>
  );
}
