import { useSearchParams } from '@solidjs/router';
import type { FormError, LegalBasis } from '@ap/portal-kit';
import { createStore } from 'solid-js/store';
import { useViewer } from '../../viewer';

/** The answers of a referral being written, page by page, before "Check your answers" starts it. */
export interface ReferralAnswers {
  reasonId?: string;
  legalBasis?: LegalBasis;
  parentNoticeGivenOn?: string | null;
  graduatedResponse?: string;
  parentInvolvement?: string;
  pupilViews?: string;
  providerId?: string;
  siteIds?: string[];
  /** Problems the API found when starting the referral, for the page that can put them right. */
  errors?: FormError[];
}

// In memory only: a reload starts again, and nothing half-written about a pupil is kept anywhere.
const [answers, setAnswers] = createStore<Record<string, ReferralAnswers>>({});

const referralPagePath = (step: '' | 'background' | 'provider' | 'sites' | 'check', pupilId: string) =>
  `/placements/new${step ? `/${step}` : ''}?pupilId=${encodeURIComponent(pupilId)}`;

/** The referral journey of the page's ?pupilId, for the school acting now. */
export function useReferralJourney() {
  const [search] = useSearchParams<{ pupilId: string }>();
  const viewer = useViewer();
  const pupilId = () => (typeof search.pupilId === 'string' ? search.pupilId : '');
  // Per school as well as per pupil, so switching organisation never mixes two schools' answers.
  const key = () => `${viewer.organisationId()}:${pupilId()}`;
  return {
    pupilId,
    answers: (): ReferralAnswers => answers[key()] ?? {},
    update: (changes: Partial<ReferralAnswers>) => setAnswers(key(), { ...(answers[key()] ?? {}), ...changes }),
    discard: () => setAnswers(key(), undefined!),
    path: (step: Parameters<typeof referralPagePath>[0]) => referralPagePath(step, pupilId()),
  };
}
