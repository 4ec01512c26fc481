import { A } from '@solidjs/router';

export interface BackLinkProps {
  href: string;
  text?: string;
}

export function BackLink(props: BackLinkProps) {
  return (
    <A href={props.href} class="govuk-back-link">
      {props.text ?? 'Back'}
    </A>
  );
}
