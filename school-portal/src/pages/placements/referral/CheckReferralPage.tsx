import { Navigate, useNavigate } from '@solidjs/router';
import {
  Button,
  fetchProviderOverview,
  fetchQuery,
  formatLocalDate,
  formErrorsFrom,
  legalBases,
  noticeState,
  placementPath,
  runMutation,
  SummaryList,
  usePageTitle,
  Written,
  type FormErrors,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { PlacementReasonsDocument, StartReferralDocument } from '../placements.data';
import { backgroundFields, backgroundInput, reasonAndBasisFields } from './referral-fields';
import { ReferralFrame } from './ReferralFrame';
import { useReferralJourney, type ReferralAnswers } from './referral-journey';

type CompleteAnswers = ReferralAnswers & Required<Pick<ReferralAnswers, 'reasonId' | 'legalBasis' | 'providerId' | 'siteIds'>>;

/** Each step of the journey, and the fields whose problems it puts right. */
const steps = [
  { step: '', fields: reasonAndBasisFields },
  { step: 'background', fields: backgroundFields },
  { step: 'provider', fields: ['providerId'] },
  { step: 'sites', fields: ['siteIds'] },
] as const;

/** Referral, step 4: check the answers, then start the referral (a draft only the school sees). */
export function CheckReferralPage() {
  const client = useClient();
  const navigate = useNavigate();
  const journey = useReferralJourney();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Check your answers before starting the referral', () => errors().length > 0);

  const complete = (): CompleteAnswers | undefined => {
    const answers = journey.answers();
    return answers.reasonId && answers.legalBasis && answers.providerId && answers.siteIds?.length ? (answers as CompleteAnswers) : undefined;
  };
  const [reasons] = createResource(() => fetchQuery(client, PlacementReasonsDocument, {}));
  const [provider] = createResource(() => complete()?.providerId, (id) => fetchProviderOverview(client, id));

  function rows(answers: CompleteAnswers): SummaryListRow[] {
    const change = (step: (typeof steps)[number]['step'], what: string) => ({ href: journey.path(step), text: 'Change', visuallyHiddenText: what });
    const sites = provider()?.sites.filter((site) => answers.siteIds.includes(site.id)) ?? [];
    return [
      { key: 'Reason', value: reasons()?.placementReasons.find((reason) => reason.id === answers.reasonId)?.label ?? '', action: change('', 'reason') },
      { key: 'Legal basis', value: legalBases[answers.legalBasis].label, action: change('', 'legal basis') },
      ...(answers.parentNoticeGivenOn
        ? [{ key: 'Notice given to the parent', value: formatLocalDate(answers.parentNoticeGivenOn), action: change('', 'date notice was given') }]
        : []),
      { key: 'Already tried', value: <Written text={answers.graduatedResponse} />, action: change('background', 'what the school already tried') },
      { key: 'Parent or carer', value: <Written text={answers.parentInvolvement} />, action: change('background', 'how the parent or carer was involved') },
      { key: 'Pupil’s views', value: <Written text={answers.pupilViews} />, action: change('background', 'the pupil’s views') },
      { key: 'Provider', value: provider()?.name ?? '', action: change('provider', 'provider') },
      { key: 'Sites', value: sites.map((site) => site.name).join(', '), action: change('sites', 'sites') },
    ];
  }

  async function start(answers: CompleteAnswers) {
    setBusy(true);
    const outcome = await runMutation(client, StartReferralDocument, {
      input: {
        pupilId: journey.pupilId(),
        reasonId: answers.reasonId,
        legalBasis: answers.legalBasis,
        parentNoticeGivenOn: answers.parentNoticeGivenOn ?? null,
        ...backgroundInput(answers),
        providerId: answers.providerId,
        siteIds: answers.siteIds,
      },
    });
    setBusy(false);
    if (outcome.ok) {
      journey.discard();
      navigate(placementPath(outcome.data.startReferral.id), { state: noticeState('Referral started. Only your school can see it until you send it.') });
      return;
    }
    // Send the first problem a step can put right to that step; the rest stay here.
    const fixable = steps.find((step) => outcome.problems.some((problem) => (step.fields as readonly string[]).includes(problem.field ?? '')));
    if (fixable) {
      journey.update({ errors: formErrorsFrom(outcome.problems, fixable.fields).filter((error) => error.field) });
      navigate(journey.path(fixable.step));
      return;
    }
    setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <Show when={complete()} fallback={<Navigate href={journey.path('')} />}>
      {(answers) => (
        <ReferralFrame backHref={journey.path('sites')} errors={errors()}>
          <h1 class="govuk-heading-l">Check your answers before starting the referral</h1>
          <SummaryList rows={rows(answers())} />
          <h2 class="govuk-heading-m">Now start the referral</h2>
          <p class="govuk-body">
            The referral is saved as a draft that only your school can see. Next you will write the personalised plan and
            the agreement, then send it to the provider.
          </p>
          <Button type="button" busy={busy()} onClick={() => void start(answers())}>
            Start referral
          </Button>
        </ReferralFrame>
      )}
    </Show>
  );
}
