import '@ap/portal-kit/styles.scss';
import { createPortal } from '@ap/portal-kit';
import { AddActionPage } from './pages/assessments/AddActionPage';
import { AssessmentPage } from './pages/assessments/AssessmentPage';
import { CompleteAssessmentPage } from './pages/assessments/CompleteAssessmentPage';
import { RateCriterionPage } from './pages/assessments/RateCriterionPage';
import { RecordVisitPage } from './pages/assessments/RecordVisitPage';
import { StartAssessmentPage } from './pages/assessments/StartAssessmentPage';
import { ChangeFrameworkDetailsPage } from './pages/frameworks/ChangeFrameworkDetailsPage';
import { CriterionPage } from './pages/frameworks/CriterionPage';
import { FrameworkAssessmentsPage } from './pages/frameworks/FrameworkAssessmentsPage';
import { FrameworkPage } from './pages/frameworks/FrameworkPage';
import { FrameworkProvidersPage } from './pages/frameworks/FrameworkProvidersPage';
import { FrameworksPage } from './pages/frameworks/FrameworksPage';
import { FrameworkVersionPage } from './pages/frameworks/FrameworkVersionPage';
import { NewFrameworkPage } from './pages/frameworks/NewFrameworkPage';
import { PublishVersionPage } from './pages/frameworks/PublishVersionPage';
import { RemoveCriterionPage } from './pages/frameworks/RemoveCriterionPage';
import { HomePage } from './pages/HomePage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { CheckApprovalPage } from './pages/providers/CheckApprovalPage';
import { DecideApprovalPage } from './pages/providers/DecideApprovalPage';
import { ProviderEvidenceItemPage } from './pages/providers/ProviderEvidenceItemPage';
import { ProviderEvidencePage } from './pages/providers/ProviderEvidencePage';
import { ProviderPage } from './pages/providers/ProviderPage';
import { ProviderQualityPage } from './pages/providers/ProviderQualityPage';
import { ProvidersPage } from './pages/providers/ProvidersPage';

createPortal({
  name: 'School portal',
  portal: 'SCHOOL',
  basePath: '/',
  organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY', 'PLATFORM'],
  home: HomePage,
  navItems: [
    { text: 'Find a provider', href: '/providers', organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY'] },
    { text: 'QA frameworks', href: '/frameworks', organisationKinds: ['LOCAL_AUTHORITY'] },
    { text: 'Organisations', href: '/organisations', roles: ['PLATFORM_ADMIN'] },
  ],
  routes: [
    { path: '/organisations', component: OrganisationsPage },
    { path: '/providers', component: ProvidersPage },
    { path: '/providers/:providerId', component: ProviderPage },
    { path: '/providers/:providerId/evidence', component: ProviderEvidencePage },
    { path: '/providers/:providerId/evidence/:type', component: ProviderEvidenceItemPage },
    { path: '/providers/:providerId/quality', component: ProviderQualityPage },
    { path: '/providers/:providerId/approval', component: DecideApprovalPage },
    { path: '/providers/:providerId/approval/check', component: CheckApprovalPage },
    { path: '/frameworks', component: FrameworksPage },
    { path: '/frameworks/new', component: NewFrameworkPage },
    { path: '/frameworks/:frameworkId', component: FrameworkPage },
    { path: '/frameworks/:frameworkId/versions/:versionId', component: FrameworkVersionPage },
    { path: '/frameworks/:frameworkId/draft/details', component: ChangeFrameworkDetailsPage },
    { path: '/frameworks/:frameworkId/draft/criteria/new', component: CriterionPage },
    { path: '/frameworks/:frameworkId/draft/criteria/:position', component: CriterionPage },
    { path: '/frameworks/:frameworkId/draft/criteria/:position/remove', component: RemoveCriterionPage },
    { path: '/frameworks/:frameworkId/draft/publish', component: PublishVersionPage },
    { path: '/frameworks/:frameworkId/assessments', component: FrameworkAssessmentsPage },
    { path: '/frameworks/:frameworkId/assessments/new', component: StartAssessmentPage },
    { path: '/frameworks/:frameworkId/assessments/:assessmentId', component: AssessmentPage },
    { path: '/frameworks/:frameworkId/assessments/:assessmentId/criteria/:criterionId', component: RateCriterionPage },
    { path: '/frameworks/:frameworkId/assessments/:assessmentId/visits/new', component: RecordVisitPage },
    { path: '/frameworks/:frameworkId/assessments/:assessmentId/actions/new', component: AddActionPage },
    { path: '/frameworks/:frameworkId/assessments/:assessmentId/complete', component: CompleteAssessmentPage },
    { path: '/frameworks/:frameworkId/providers', component: FrameworkProvidersPage },
  ],
  otherPortal: { name: 'Provider portal', href: '/provider/' },
});
