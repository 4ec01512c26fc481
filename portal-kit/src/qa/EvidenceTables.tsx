import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import { Table, type TableColumn } from '../components/Table';
import type { EvidenceCategory } from '../gql/graphql';
import { formatShortDate, formatShortLocalDate } from '../labels/dates';
import { evidenceCategoryLabels } from '../labels/qa-labels';
import type { EvidenceVersionFieldsFragment } from '../gql/graphql';
import type { ProviderEvidenceItem } from './qa.data';
import { EvidenceStatusTag } from './tags';

const none = () => <span class="app-secondary-text">None</span>;

/** "City of Doncaster Council, 4 June 2026": each LA that checked a version, and when. */
export function VerificationsList(props: { verifications: EvidenceVersionFieldsFragment['verifications'] }) {
  return (
    <Show when={props.verifications.length > 0} fallback={<span class="app-secondary-text">Not verified</span>}>
      <ul class="govuk-list govuk-!-margin-bottom-0">
        <For each={props.verifications}>
          {(verification) => (
            <li>
              {verification.localAuthority.name}
              <br />
              <span class="app-secondary-text app-nowrap">{formatShortDate(verification.verifiedAt)}</span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export interface EvidenceTablesProps {
  items: readonly ProviderEvidenceItem[];
  /** The page about one kind of evidence, with its versions. */
  itemHref: (item: ProviderEvidenceItem) => string;
  /** An extra last column, e.g. "Upload" or "Verify"; its header is read out only. */
  action?: { header: string; cell: (item: ProviderEvidenceItem) => JSX.Element };
}

/** The provider's evidence, one table per category, in catalogue order: every kind, missing ones included. */
export function EvidenceTables(props: EvidenceTablesProps) {
  const categories = () => [...new Set(props.items.map((item) => item.type.category))];
  const columns = (): TableColumn<ProviderEvidenceItem>[] => [
    {
      header: 'Evidence',
      width: 'one-quarter',
      cell: (item) => (
        <>
          <A class="govuk-link" href={props.itemHref(item)}>
            {item.type.title}
          </A>
          <Show when={!item.type.required}>
            <br />
            <span class="govuk-body-s app-secondary-text">Only when a commissioner asks</span>
          </Show>
        </>
      ),
    },
    { header: 'Status', cell: (item) => <EvidenceStatusTag status={item.status} /> },
    { header: 'Issuer', cell: (item) => item.currentVersion?.issuer ?? none() },
    {
      header: 'Valid from',
      cell: (item) => (item.currentVersion ? <span class="app-nowrap">{formatShortLocalDate(item.currentVersion.validFrom)}</span> : none()),
    },
    {
      header: 'Expires',
      cell: (item) => (item.currentVersion ? <span class="app-nowrap">{formatShortLocalDate(item.currentVersion.expiresOn)}</span> : none()),
    },
    {
      header: 'Verified by',
      cell: (item) => (item.currentVersion ? <VerificationsList verifications={item.currentVersion.verifications} /> : none()),
    },
    ...(props.action
      ? [{ header: <span class="govuk-visually-hidden">{props.action.header}</span>, cell: props.action.cell }]
      : []),
  ];
  return (
    <For each={categories()}>
      {(category: EvidenceCategory) => (
        <Table
          caption={evidenceCategoryLabels[category]}
          columns={columns()}
          rows={props.items.filter((item) => item.type.category === category)}
          small
        />
      )}
    </For>
  );
}
