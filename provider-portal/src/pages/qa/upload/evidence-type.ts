import { useParams } from '@solidjs/router';
import { ApiError, evidenceTypeFromSlug, fetchEvidenceCatalogue, type EvidenceType } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, type Resource } from 'solid-js';

/** The catalogue entry named by the page's :type slug; NOT_FOUND for an unknown one. */
export function useEvidenceType(): Resource<EvidenceType> {
  const client = useClient();
  const params = useParams<{ type: string }>();
  const [type] = createResource(
    () => params.type,
    async (slug) => {
      const found = evidenceTypeFromSlug(await fetchEvidenceCatalogue(client), slug);
      if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Evidence type not found.' }]);
      return found;
    },
  );
  return type;
}
