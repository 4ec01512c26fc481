import { SubNavigation } from '@ap/portal-kit';
import type { JSX } from 'solid-js';
import { Show } from 'solid-js';

export const frameworkPath = (frameworkId: string, rest = '') => `/frameworks/${encodeURIComponent(frameworkId)}${rest}`;

/** Caption, heading and the framework's own navigation, on each of its main pages. */
export function FrameworkSectionHeader(props: {
  frameworkId: string;
  frameworkName: string | undefined;
  localAuthorityName: string | undefined;
  children?: JSX.Element;
}) {
  return (
    <>
      <Show when={props.localAuthorityName}>
        <span class="govuk-caption-l">{props.localAuthorityName}</span>
      </Show>
      <h1 class="govuk-heading-l">{props.frameworkName ?? 'QA framework'}</h1>
      {props.children}
      <SubNavigation
        label="Framework"
        items={[
          { text: 'Criteria and versions', href: frameworkPath(props.frameworkId) },
          { text: 'Assessments', href: frameworkPath(props.frameworkId, '/assessments'), includesSubpages: true },
          { text: 'Approved providers', href: frameworkPath(props.frameworkId, '/providers') },
        ]}
      />
    </>
  );
}
