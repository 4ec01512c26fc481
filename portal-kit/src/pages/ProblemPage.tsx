import { onMount, Show } from 'solid-js';
import { useSession } from '../auth/session';
import { Button } from '../components/Button';
import { explainProblem } from '../graphql/explain-problem';
import { usePageTitle } from '../portal/page-title';

export interface ProblemPageProps {
  error: unknown;
  retry?: () => void;
}

/** What shows instead of a page that could not load: never a blank screen. */
export function ProblemPage(props: ProblemPageProps) {
  const session = useSession();
  const explanation = () => explainProblem(props.error);
  usePageTitle(() => explanation().title);
  onMount(() => {
    if (explanation().sessionEnded) void session.reload();
  });
  return (
    <>
      <h1 class="govuk-heading-l">{explanation().title}</h1>
      <p class="govuk-body">{explanation().message}</p>
      <Show when={explanation().canRetry ? props.retry : undefined}>
        {(retry) => (
          <Button type="button" onClick={retry()}>
            Try again
          </Button>
        )}
      </Show>
    </>
  );
}
