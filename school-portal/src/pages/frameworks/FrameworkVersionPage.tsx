import { useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  describeVisitFrequency,
  fetchEvidenceCatalogue,
  fetchQuery,
  formatDate,
  FrameworkVersionStatusTag,
  ratingScales,
  SummaryList,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { CriteriaCards } from './criteria-views';
import { frameworkPath } from './framework-section';
import { FrameworkVersionDocument } from './frameworks.data';

/** One version of a framework with every criterion's guidance and evidence (read-only). */
export function FrameworkVersionPage() {
  const client = useClient();
  const params = useParams<{ frameworkId: string; versionId: string }>();
  const [version] = createResource(
    () => params.versionId,
    async (id) => {
      const found = (await fetchQuery(client, FrameworkVersionDocument, { id })).frameworkVersion;
      if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Framework version not found.' }]);
      return found;
    },
  );
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  usePageTitle(() => (version() ? `${version()!.framework.name}: version ${version()!.number}` : 'Framework version'));

  return (
    <>
      <BackLink href={frameworkPath(params.frameworkId)} />
      <Show when={version()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">{loaded().framework.name}</span>
            <h1 class="govuk-heading-l">Version {loaded().number}</h1>
            <SummaryList
              rows={[
                { key: 'Status', value: <FrameworkVersionStatusTag status={loaded().status} /> },
                { key: 'Local authority', value: loaded().framework.localAuthority.name },
                { key: 'Published', value: loaded().publishedAt ? formatDate(loaded().publishedAt!) : 'Not published' },
                { key: 'Rating scale', value: ratingScales[loaded().ratingScale].label },
                { key: 'QA visits', value: describeVisitFrequency(loaded()) },
              ]}
            />
            <h2 class="govuk-heading-m">Criteria ({loaded().criteria.length})</h2>
            <CriteriaCards criteria={loaded().criteria} catalogue={catalogue()} />
          </>
        )}
      </Show>
    </>
  );
}
