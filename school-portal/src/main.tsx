import '@ap/portal-kit/styles.scss';
import { createPortal } from '@ap/portal-kit';
import { HomePage } from './pages/HomePage';
import { OrganisationsPage } from './pages/OrganisationsPage';

createPortal({
  name: 'School portal',
  portal: 'SCHOOL',
  basePath: '/',
  organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY', 'PLATFORM'],
  home: HomePage,
  navItems: [{ text: 'Organisations', href: '/organisations', roles: ['PLATFORM_ADMIN'] }],
  routes: [{ path: '/organisations', component: OrganisationsPage }],
  otherPortal: { name: 'Provider portal', href: '/provider/' },
});
