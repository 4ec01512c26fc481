import '@ap/portal-kit/styles.scss';
import { createPortal } from '@ap/portal-kit';
import { HomePage } from './pages/HomePage';
import { ApprovalsPage } from './pages/qa/ApprovalsPage';
import { AssessmentPage } from './pages/qa/AssessmentPage';
import { ChangeProfilePage } from './pages/qa/ChangeProfilePage';
import { EvidenceItemPage } from './pages/qa/EvidenceItemPage';
import { EvidencePage } from './pages/qa/EvidencePage';
import { QaRecordPage } from './pages/qa/QaRecordPage';
import { CheckEvidencePage } from './pages/qa/upload/CheckEvidencePage';
import { EvidenceAnswersPage } from './pages/qa/upload/EvidenceAnswersPage';
import { UploadFilePage } from './pages/qa/upload/UploadFilePage';

createPortal({
  name: 'Provider portal',
  portal: 'PROVIDER',
  basePath: '/provider',
  organisationKinds: ['PROVIDER'],
  home: HomePage,
  navItems: [{ text: 'QA record', href: '/qa' }],
  routes: [
    { path: '/qa', component: QaRecordPage },
    { path: '/qa/profile/:section', component: ChangeProfilePage },
    { path: '/qa/evidence', component: EvidencePage },
    { path: '/qa/evidence/:type', component: EvidenceItemPage },
    { path: '/qa/evidence/:type/upload', component: UploadFilePage },
    { path: '/qa/evidence/:type/upload/details', component: EvidenceAnswersPage },
    { path: '/qa/evidence/:type/upload/check', component: CheckEvidencePage },
    { path: '/qa/approvals', component: ApprovalsPage },
    { path: '/qa/approvals/assessments/:assessmentId', component: AssessmentPage },
  ],
  otherPortal: { name: 'School portal', href: '/' },
});
