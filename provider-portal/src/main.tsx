import '@ap/portal-kit/styles.scss';
import { createPortal } from '@ap/portal-kit';
import { HomePage } from './pages/HomePage';

createPortal({
  name: 'Provider portal',
  portal: 'PROVIDER',
  basePath: '/provider',
  organisationKinds: ['PROVIDER'],
  home: HomePage,
  navItems: [],
  routes: [],
  otherPortal: { name: 'School portal', href: '/' },
});
