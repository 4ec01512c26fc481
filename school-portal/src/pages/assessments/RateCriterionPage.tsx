import { A, useNavigate, useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  Button,
  Checkboxes,
  errorMessageFor,
  ErrorSummary,
  evidenceSlug,
  EvidenceStatusTag,
  fetchEvidenceCatalogue,
  fetchProviderEvidence,
  formatLocalDate,
  formErrorsFrom,
  InsetText,
  needsAction,
  noticeState,
  permissions,
  Radios,
  ratingHints,
  ratings,
  ratingScales,
  RequirePermission,
  runMutation,
  Table,
  Textarea,
  textField,
  ticked,
  usePageTitle,
  VerificationsList,
  type AssessmentDetail,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import type { QaRating } from '../../gql/graphql';
import { providerPath } from '../providers/provider-section';
import { useAssessment } from './assessment';
import { RateCriterionDocument } from './assessments.data';

type Criterion = AssessmentDetail['version']['criteria'][number];

/** Rates one criterion, with the provider's evidence for it in view. */
export function RateCriterionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ criterionId: string }>();
  const { assessment, canConduct, path } = useAssessment();
  const [evidence] = createResource(
    () => assessment()?.provider.id,
    (providerId) => fetchProviderEvidence(client, providerId, false),
  );
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);

  const criterion = (): Criterion | undefined => {
    const loaded = assessment();
    if (!loaded) return undefined;
    const found = loaded.version.criteria.find((item) => item.id === params.criterionId);
    if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Criterion not found.' }]);
    return found;
  };
  const existing = () => assessment()?.ratings?.find((rating) => rating.criterion.id === params.criterionId);
  const evidenceItems = () =>
    (evidence()?.evidence ?? []).filter((item) => criterion()?.evidenceTypes.includes(item.type.code));
  usePageTitle(() => (criterion() ? `Rate ${criterion()!.code} ${criterion()!.title}` : 'Rate a criterion'), () => errors().length > 0);

  async function save(form: HTMLFormElement, loaded: AssessmentDetail, rated: Criterion) {
    const data = new FormData(form);
    const scale = ratingScales[loaded.version.ratingScale].ratings;
    const chosen = textField(data, 'rating');
    const rating = scale.find((value) => value === chosen);
    const comment = textField(data, 'comment').trim();
    const invalid: FormError[] = [];
    if (!rating) invalid.push({ field: 'rating', message: 'Select a rating' });
    if (rating && needsAction(rating) && !comment) invalid.push({ field: 'comment', message: `Explain the ${ratings[rating].label.toLowerCase()} rating` });
    setErrors(invalid);
    if (!rating || invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, RateCriterionDocument, {
      input: { assessmentId: loaded.id, criterionId: rated.id, rating, comment, evidenceChecked: ticked(data, 'evidenceChecked') },
    });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, ['rating', 'comment', 'evidenceChecked']));
      return;
    }
    const hasAction = (loaded.actionPlan ?? []).some((item) => item.criterion?.id === rated.id);
    const reminder = needsAction(rating) && !hasAction ? '. Add an action to the plan for it before you complete the assessment' : '';
    navigate(path(), { state: noticeState(`${rated.code} rated ${ratings[rating].label.toLowerCase()}${reminder}`) });
  }

  return (
    <RequirePermission permission={permissions.conductAssessments}>
      <BackLink href={path()} />
      <Show when={assessment() && criterion()}>
        <Show when={canConduct()} fallback={<p class="govuk-body">This assessment cannot be changed.</p>}>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">Assessment of {assessment()!.provider.name}</span>
              <h1 class="govuk-heading-l">
                {criterion()!.code} {criterion()!.title}
              </h1>
              <Show when={criterion()!.guidance}>
                <InsetText>{criterion()!.guidance}</InsetText>
              </Show>
            </div>
          </div>
          <Show when={evidenceItems().length > 0}>
            <Table
              caption="The provider’s evidence for this criterion"
              small
              rows={evidenceItems()}
              columns={[
                {
                  header: 'Evidence',
                  cell: (item) => (
                    <A class="govuk-link" href={providerPath(assessment()!.provider.id, `/evidence/${evidenceSlug(item.type.code)}`)}>
                      {item.type.title}
                    </A>
                  ),
                },
                { header: 'Status', cell: (item) => <EvidenceStatusTag status={item.status} /> },
                { header: 'Expires', cell: (item) => (item.currentVersion ? formatLocalDate(item.currentVersion.expiresOn) : 'None') },
                {
                  header: 'Verified by',
                  cell: (item) => (item.currentVersion ? <VerificationsList verifications={item.currentVersion.verifications} /> : 'None'),
                },
              ]}
            />
          </Show>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void save(event.currentTarget, assessment()!, criterion()!);
                }}
              >
                <Radios
                  name="rating"
                  legend="Rating"
                  items={ratingScales[assessment()!.version.ratingScale].ratings.map((rating: QaRating) => ({
                    value: rating,
                    label: ratings[rating].label,
                    hint: ratingHints[rating],
                  }))}
                  checked={existing()?.rating}
                  error={errorMessageFor(errors(), 'rating')}
                />
                <Textarea
                  id="comment"
                  label="Comment"
                  hint="What you saw, and what is missing. Needed for amber, red and fail."
                  value={existing()?.comment ?? ''}
                  error={errorMessageFor(errors(), 'comment')}
                />
                <Show when={criterion()!.evidenceTypes.length > 0}>
                  <Checkboxes
                    name="evidenceChecked"
                    legend="Evidence you checked"
                    hint="Select all that apply."
                    items={criterion()!.evidenceTypes.map((code) => ({
                      value: code,
                      label: catalogue()?.find((type) => type.code === code)?.title ?? code,
                    }))}
                    checked={existing()?.evidenceChecked ?? []}
                    error={errorMessageFor(errors(), 'evidenceChecked')}
                  />
                </Show>
                <Button busy={busy()}>Save rating</Button>
              </form>
            </div>
          </div>
        </Show>
      </Show>
    </RequirePermission>
  );
}
