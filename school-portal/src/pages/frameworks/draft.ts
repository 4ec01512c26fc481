import { useParams } from '@solidjs/router';
import { ApiError } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource } from 'solid-js';
import { useViewer } from '../viewer';
import { fetchFramework, type DraftVersion, type Framework } from './frameworks.data';

/** The framework of the page's :frameworkId with its draft: only the owning LA sees and changes a draft. */
export function useFrameworkDraft() {
  const client = useClient();
  const viewer = useViewer();
  const params = useParams<{ frameworkId: string }>();
  const [loaded, { refetch }] = createResource(
    () => params.frameworkId,
    async (id): Promise<{ framework: Framework; draft: DraftVersion }> => {
      const framework = await fetchFramework(client, id);
      if (framework.localAuthority.id !== viewer.localAuthorityId()) {
        throw new ApiError([{ code: 'FORBIDDEN', message: 'Only the local authority that owns a framework can change it.' }]);
      }
      if (!framework.draftVersion) throw new ApiError([{ code: 'NOT_FOUND', message: 'This framework has no draft.' }]);
      return { framework, draft: framework.draftVersion };
    },
  );
  return { loaded, refetch, frameworkId: () => params.frameworkId };
}
