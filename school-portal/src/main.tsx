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
import { AttendancePage } from './pages/attendance/AttendancePage';
import { AlertsPage } from './pages/alerts/AlertsPage';
import { HandleAlertPage } from './pages/alerts/HandleAlertPage';
import { HomePage } from './pages/HomePage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { ChangePolicyPage } from './pages/policy/ChangePolicyPage';
import { PolicyPage } from './pages/policy/PolicyPage';
import { AgreementPrintPage } from '@ap/portal-kit';
import { ProgressReportPage } from '@ap/portal-kit';
import { EndPlacementPage } from './pages/placements/monitoring/EndPlacementPage';
import { RecordReviewPage } from './pages/placements/monitoring/RecordReviewPage';
import { RecordVisitPage as RecordPlacementVisitPage } from './pages/placements/monitoring/RecordVisitPage';
import { VisitRecordPage } from './pages/placements/monitoring/VisitRecordPage';
import { AgreementPage } from './pages/placements/AgreementPage';
import { CancelPlacementPage } from './pages/placements/CancelPlacementPage';
import { ChangeReferralPage } from './pages/placements/ChangeReferralPage';
import { ChangeSitesPage } from './pages/placements/ChangeSitesPage';
import { ChooseProviderPage } from './pages/placements/ChooseProviderPage';
import { NewVersionPage } from './pages/placements/NewVersionPage';
import { ObjectivePage } from './pages/placements/ObjectivePage';
import { PlacementPage } from './pages/placements/PlacementPage';
import { PlacementsPage } from './pages/placements/PlacementsPage';
import { PlanPage } from './pages/placements/PlanPage';
import { CheckReferralPage } from './pages/placements/referral/CheckReferralPage';
import { ReferralBackgroundPage } from './pages/placements/referral/ReferralBackgroundPage';
import { ReferralProviderPage } from './pages/placements/referral/ReferralProviderPage';
import { ReferralReasonPage } from './pages/placements/referral/ReferralReasonPage';
import { ReferralSitesPage } from './pages/placements/referral/ReferralSitesPage';
import { SendReferralPage } from './pages/placements/SendReferralPage';
import { SignAgreementPage } from './pages/placements/SignAgreementPage';
import { StartPlacementPage } from './pages/placements/StartPlacementPage';
import { CheckApprovalPage } from './pages/providers/CheckApprovalPage';
import { DecideApprovalPage } from './pages/providers/DecideApprovalPage';
import { ProviderEvidenceItemPage } from './pages/providers/ProviderEvidenceItemPage';
import { ProviderEvidencePage } from './pages/providers/ProviderEvidencePage';
import { ProviderPage } from './pages/providers/ProviderPage';
import { ProviderQualityPage } from './pages/providers/ProviderQualityPage';
import { ProvidersPage } from './pages/providers/ProvidersPage';
import { EditPupilPage } from './pages/pupils/EditPupilPage';
import { ImportPupilsPage } from './pages/pupils/ImportPupilsPage';
import { NewPupilPage } from './pages/pupils/NewPupilPage';
import { PupilPage } from './pages/pupils/PupilPage';
import { PupilsPage } from './pages/pupils/PupilsPage';
import { ConcernPage, ConcernsPage, IncidentPage, RaiseConcernPage } from '@ap/portal-kit';
import { IncidentsPage } from './pages/safeguarding/IncidentsPage';

createPortal({
  name: 'School portal',
  portal: 'SCHOOL',
  basePath: '/',
  organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY', 'PLATFORM'],
  home: HomePage,
  navItems: [
    { text: 'Pupils', href: '/pupils', organisationKinds: ['SCHOOL'], permission: 'pupil:read' },
    { text: 'Placements', href: '/placements', organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY'], permission: 'placement:read' },
    { text: 'Find a provider', href: '/providers', organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY'] },
    { text: 'AP policy', href: '/policy', organisationKinds: ['SCHOOL'] },
    { text: 'AP attendance', href: '/attendance', organisationKinds: ['SCHOOL'], permission: 'attendance:export' },
    { text: 'Absence alerts', href: '/alerts', organisationKinds: ['SCHOOL'], permission: 'alert:handle' },
    { text: 'Safeguarding', href: '/safeguarding', organisationKinds: ['SCHOOL', 'LOCAL_AUTHORITY'], permission: 'concern:read' },
    { text: 'Incidents', href: '/incidents', organisationKinds: ['SCHOOL'], permission: 'incident:decide' },
    { text: 'QA frameworks', href: '/frameworks', organisationKinds: ['LOCAL_AUTHORITY'] },
    { text: 'Organisations', href: '/organisations', roles: ['PLATFORM_ADMIN'] },
  ],
  routes: [
    { path: '/attendance', component: AttendancePage },
    { path: '/alerts', component: AlertsPage },
    { path: '/alerts/:alertId', component: HandleAlertPage },
    { path: '/organisations', component: OrganisationsPage },
    { path: '/policy', component: PolicyPage },
    { path: '/policy/change', component: ChangePolicyPage },
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
    { path: '/pupils', component: PupilsPage },
    { path: '/pupils/new', component: NewPupilPage },
    { path: '/pupils/import', component: ImportPupilsPage },
    { path: '/pupils/:pupilId', component: PupilPage },
    { path: '/pupils/:pupilId/edit', component: EditPupilPage },
    { path: '/placements', component: PlacementsPage },
    { path: '/placements/new', component: ReferralReasonPage },
    { path: '/placements/new/background', component: ReferralBackgroundPage },
    { path: '/placements/new/provider', component: ReferralProviderPage },
    { path: '/placements/new/sites', component: ReferralSitesPage },
    { path: '/placements/new/check', component: CheckReferralPage },
    { path: '/placements/:placementId', component: PlacementPage },
    { path: '/placements/:placementId/referral', component: ChangeReferralPage },
    { path: '/placements/:placementId/provider', component: ChooseProviderPage },
    { path: '/placements/:placementId/sites', component: ChangeSitesPage },
    { path: '/placements/:placementId/plan', component: PlanPage },
    { path: '/placements/:placementId/objectives/new', component: ObjectivePage },
    { path: '/placements/:placementId/objectives/:objectiveId', component: ObjectivePage },
    { path: '/placements/:placementId/agreement', component: AgreementPage },
    { path: '/placements/:placementId/agreement/print', component: AgreementPrintPage },
    { path: '/placements/:placementId/send', component: SendReferralPage },
    { path: '/placements/:placementId/sign', component: SignAgreementPage },
    { path: '/placements/:placementId/new-version', component: NewVersionPage },
    { path: '/placements/:placementId/start', component: StartPlacementPage },
    { path: '/placements/:placementId/cancel', component: CancelPlacementPage },
    { path: '/placements/:placementId/reviews/new', component: RecordReviewPage },
    { path: '/placements/:placementId/visits/new', component: RecordPlacementVisitPage },
    { path: '/placements/:placementId/visits/:visitId', component: VisitRecordPage },
    { path: '/placements/:placementId/reports/:reportId', component: ProgressReportPage },
    { path: '/placements/:placementId/end', component: EndPlacementPage },
    { path: '/safeguarding', component: ConcernsPage },
    { path: '/safeguarding/new', component: RaiseConcernPage },
    { path: '/safeguarding/:concernId', component: ConcernPage },
    { path: '/incidents', component: IncidentsPage },
    { path: '/incidents/:incidentId', component: IncidentPage },
  ],
  otherPortal: { name: 'Provider portal', href: '/provider/' },
});
