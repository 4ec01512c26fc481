import { formErrorsFrom, permissions, runMutation, useSession, type FormErrors, type ProviderEvidenceItem } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { VerifyEvidenceDocument } from './providers.data';

/** Verifying evidence: LA officers record that their LA checked the current version of an item. */
export function useVerifyEvidence(onVerified: () => void) {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const [notice, setNotice] = createSignal<string>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busyVersion, setBusyVersion] = createSignal<string>();

  const canVerify = () => viewer.isLocalAuthority() && session.can(permissions.verifyEvidence);

  /** The current version still waits for this LA's check. */
  const awaitsVerification = (item: ProviderEvidenceItem) =>
    Boolean(item.currentVersion) &&
    !item.currentVersion!.verifications.some((verification) => verification.localAuthority.id === viewer.localAuthorityId());

  async function verify(item: ProviderEvidenceItem) {
    const version = item.currentVersion;
    if (!version || busyVersion()) return;
    setBusyVersion(version.id);
    const outcome = await runMutation(client, VerifyEvidenceDocument, { versionId: version.id });
    setBusyVersion(undefined);
    if (outcome.ok) {
      setErrors([]);
      setNotice(`${item.type.title} (version ${version.number}) verified by ${viewer.organisationName()}`);
      onVerified();
    } else {
      setNotice(undefined);
      setErrors(formErrorsFrom(outcome.problems, []));
    }
  }

  /** A "Verify" button for a table row or an item page; says what it verifies to screen readers. */
  function VerifyButton(props: { item: ProviderEvidenceItem; text?: string; inTable?: boolean }) {
    return (
      <Show when={canVerify() && awaitsVerification(props.item)}>
        <button
          type="button"
          class={props.inTable ? 'govuk-button govuk-button--secondary app-table-button' : 'govuk-button'}
          aria-disabled={busyVersion() ? 'true' : undefined}
          onClick={() => void verify(props.item)}
        >
          {props.text ?? 'Verify'}
          <Show when={props.inTable}>
            <span class="govuk-visually-hidden"> {props.item.type.title}</span>
          </Show>
        </button>
      </Show>
    );
  }

  return { canVerify, awaitsVerification, notice, errors, VerifyButton };
}
