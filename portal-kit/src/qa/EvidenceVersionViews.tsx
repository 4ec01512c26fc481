import { Show } from 'solid-js';
import { SummaryList, type SummaryListRow } from '../components/SummaryList';
import { Table } from '../components/Table';
import type { EvidenceVersionFieldsFragment } from '../gql/graphql';
import { formatDate, formatLocalDate, formatShortDate, formatShortLocalDate } from '../labels/dates';
import { evidenceDetailRows, formatFileSize } from './evidence';
import { VerificationsList } from './EvidenceTables';
import type { EvidenceType } from './qa.data';

export interface DocumentLinkProps {
  document: EvidenceVersionFieldsFragment['document'];
  /** Only the provider itself and commissioners may download documents. */
  canDownload: boolean;
  /** In a table: just "Download", naming the evidence for screen readers. */
  compactFor?: string;
}

/** The document's name and size; a download link for those who may have it. */
export function DocumentLink(props: DocumentLinkProps) {
  const text = () => `${props.document.filename} (${formatFileSize(props.document.size)})`;
  return (
    <Show when={props.canDownload} fallback={<span class="app-break-anywhere">{text()}</span>}>
      {/* download: the file comes from the API, not a page of the portal, so the router must leave it alone. */}
      <a
        class={props.compactFor ? 'govuk-link app-nowrap' : 'govuk-link app-break-anywhere'}
        href={props.document.downloadPath}
        download={props.document.filename}
      >
        <Show
          when={props.compactFor}
          fallback={
            <>
              Download<span class="govuk-visually-hidden"> document</span> {text()}
            </>
          }
        >
          {(evidence) => (
            <>
              Download<span class="govuk-visually-hidden"> the document for {evidence()}</span>
            </>
          )}
        </Show>
      </a>
    </Show>
  );
}

export interface EvidenceVersionSummaryProps {
  type: Pick<EvidenceType, 'issuerLabel'>;
  version: EvidenceVersionFieldsFragment;
  canDownload: boolean;
}

/** Everything one version records: issuer, dates, type-specific facts, document, who added and verified it. */
export function EvidenceVersionSummary(props: EvidenceVersionSummaryProps) {
  const rows = (): SummaryListRow[] => [
    { key: 'Version', value: String(props.version.number) },
    ...(props.type.issuerLabel || props.version.issuer
      ? [{ key: props.type.issuerLabel ?? 'Issuer', value: props.version.issuer ?? 'Not given' }]
      : []),
    { key: 'Valid from', value: formatLocalDate(props.version.validFrom) },
    { key: 'Expires or review due', value: formatLocalDate(props.version.expiresOn) },
    ...evidenceDetailRows(props.version),
    { key: 'Document', value: <DocumentLink document={props.version.document} canDownload={props.canDownload} /> },
    {
      key: 'Added',
      value: `${formatDate(props.version.uploadedAt)} by ${props.version.uploadedBy.displayName}`,
    },
    { key: 'Verified by', value: <VerificationsList verifications={props.version.verifications} /> },
  ];
  return <SummaryList rows={rows()} />;
}

export interface EvidenceHistoryTableProps {
  versions: readonly EvidenceVersionFieldsFragment[];
  canDownload: boolean;
}

/** Every version of one kind of evidence, newest first: nothing is ever overwritten. */
export function EvidenceHistoryTable(props: EvidenceHistoryTableProps) {
  return (
    <Table
      small
      caption="Version history"
      rows={props.versions}
      columns={[
        { header: 'Version', cell: (version) => String(version.number), numeric: false },
        { header: 'Added', cell: (version) => <span class="app-nowrap">{formatShortDate(version.uploadedAt)}</span> },
        { header: 'Issuer', cell: (version) => version.issuer ?? <span class="app-secondary-text">None</span> },
        { header: 'Valid from', cell: (version) => <span class="app-nowrap">{formatShortLocalDate(version.validFrom)}</span> },
        { header: 'Expires', cell: (version) => <span class="app-nowrap">{formatShortLocalDate(version.expiresOn)}</span> },
        { header: 'Document', cell: (version) => <DocumentLink document={version.document} canDownload={props.canDownload} /> },
        { header: 'Verified by', cell: (version) => <VerificationsList verifications={version.verifications} /> },
      ]}
    />
  );
}
