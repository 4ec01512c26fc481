import { useNavigate, useParams, useSearchParams } from '@solidjs/router';
import {
  BackLink,
  Button,
  errorMessageFor,
  ErrorSummary,
  fetchQuery,
  formatDate,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  Select,
  singleParam,
  textField,
  usePageTitle,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { frameworkPath } from '../frameworks/framework-section';
import { FrameworkActivityDocument } from '../frameworks/frameworks.data';
import { assessmentPagePath } from './assessment';
import { ProviderChoicesDocument, StartAssessmentDocument } from './assessments.data';

/** Starts assessing a provider against the framework's latest published version. */
export function StartAssessmentPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ frameworkId: string }>();
  const [search] = useSearchParams<{ providerId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [framework] = createResource(
    () => params.frameworkId,
    async (id) => (await fetchQuery(client, FrameworkActivityDocument, { id })).framework,
  );
  const [providers] = createResource(async () =>
    (await fetchQuery(client, ProviderChoicesDocument, {})).organisations.edges.map((edge) => edge.node),
  );
  usePageTitle(() => 'Start an assessment', () => errors().length > 0);
  // Both read every time: a resource read only after another has loaded is missed by the navigation's transition.
  const ready = () => {
    const loadedFramework = framework();
    const loadedProviders = providers();
    return Boolean(loadedFramework && loadedProviders);
  };

  async function start(form: HTMLFormElement, frameworkVersionId: string) {
    const providerId = textField(new FormData(form), 'providerId');
    if (!providerId) {
      setErrors([{ field: 'providerId', message: 'Choose a provider' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    const outcome = await runMutation(client, StartAssessmentDocument, { input: { frameworkVersionId, providerId } });
    setBusy(false);
    if (outcome.ok) {
      navigate(assessmentPagePath(params.frameworkId, outcome.data.startAssessment.id), {
        state: noticeState('Assessment started. Rate each criterion, record your QA visits, then complete it.'),
      });
    } else setErrors(formErrorsFrom(outcome.problems, ['providerId']));
  }

  return (
    <RequirePermission permission={permissions.conductAssessments}>
      <BackLink href={frameworkPath(params.frameworkId, '/assessments')} />
      <Show when={ready()}>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errors()} />
            <span class="govuk-caption-l">{framework()!.name}</span>
            <h1 class="govuk-heading-l">Start an assessment</h1>
            <Show
              when={framework()!.latestPublishedVersion}
              fallback={<p class="govuk-body">Publish a version of the framework before you assess providers against it.</p>}
            >
              {(version) => (
                <>
                  <p class="govuk-body">
                    The assessment uses version {version().number}
                    {version().publishedAt ? `, published ${formatDate(version().publishedAt!)}` : ''}. It stays on that
                    version even if a later one is published.
                  </p>
                  <form
                    novalidate
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (!busy()) void start(event.currentTarget, version().id);
                    }}
                  >
                    <Select
                      id="providerId"
                      label="Provider"
                      value={singleParam(search.providerId) ?? ''}
                      options={[
                        { value: '', text: 'Choose a provider' },
                        ...(providers() ?? []).map((provider) => ({ value: provider.id, text: provider.name })),
                      ]}
                      error={errorMessageFor(errors(), 'providerId')}
                    />
                    <Button busy={busy()}>Start assessment</Button>
                  </form>
                </>
              )}
            </Show>
          </div>
        </div>
      </Show>
    </RequirePermission>
  );
}
