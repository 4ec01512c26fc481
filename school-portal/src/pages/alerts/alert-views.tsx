import { A } from '@solidjs/router';
import { formatDate, formatLocalDate, Tag } from '@ap/portal-kit';
import { For, Show } from 'solid-js';
import type { AbsenceAlertItem } from './alerts.data';

export const ALERTS_PATH = '/alerts';
export const alertPath = (alertId: string) => `${ALERTS_PATH}/${alertId}`;

const SESSION_WORDS = { AM: 'morning', PM: 'afternoon' } as const;

/** "23 November 2026, morning". */
export function missedSession(alert: AbsenceAlertItem): string {
  return `${formatLocalDate(alert.date)}, ${SESSION_WORDS[alert.session]}`;
}

/** The provider's reason code in words: "REASON_NOT_YET_KNOWN" -> "Reason not yet known". */
export function reasonWords(reason: string): string {
  const words = reason.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The pupil's workers who must be told, each as a tag with how to reach them. */
export interface Worker {
  /** Short, for a tag. */
  label: string;
  /** In a sentence: "the pupil's social worker". */
  role: string;
  name: string;
  contact: string | null;
}

export function workersOf(alert: AbsenceAlertItem): Worker[] {
  return [
    alert.hasSocialWorker && { label: 'Social worker', role: 'social worker', name: alert.socialWorkerName ?? '', contact: alert.socialWorkerContact ?? null },
    alert.hasYouthOffendingWorker && {
      label: 'YOT worker',
      role: 'youth offending team worker',
      name: alert.youthOffendingWorkerName ?? '',
      contact: alert.youthOffendingWorkerContact ?? null,
    },
  ].filter((worker): worker is Worker => Boolean(worker));
}

export function WorkerTags(props: { alert: AbsenceAlertItem }) {
  return (
    <Show when={workersOf(props.alert).length > 0} fallback="None">
      <For each={workersOf(props.alert)}>
        {(worker) => (
          <p class="govuk-body-s govuk-!-margin-bottom-1">
            <Tag colour="orange">{worker.label}</Tag> {worker.name}
            <Show when={worker.contact}>
              <br />
              {worker.contact}
            </Show>
          </p>
        )}
      </For>
    </Show>
  );
}

/** Handled (by whom, when, and whether the worker was told) or a link to handle it. */
export function AlertStatus(props: { alert: AbsenceAlertItem; canHandle: boolean }) {
  return (
    <Show
      when={props.alert.acknowledgedAt}
      fallback={
        <>
          <Tag colour="red">New</Tag>{' '}
          <Show when={props.canHandle}>
            <A class="govuk-link" href={alertPath(props.alert.id)}>
              Handle<span class="govuk-visually-hidden"> the absence of {props.alert.pupilName}</span>
            </A>
          </Show>
        </>
      }
    >
      {(at) => (
        <>
          <Tag colour="green">Handled</Tag> by {props.alert.acknowledgedByName} on {formatDate(at())}
          <Show when={props.alert.workerInformedAt}>. Worker informed</Show>
        </>
      )}
    </Show>
  );
}
