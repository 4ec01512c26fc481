import '@ap/portal-kit/styles.scss';
import { AgreementPrintPage, createPortal } from '@ap/portal-kit';
import { ProgressReportPage } from '@ap/portal-kit';
import { WriteFinalReportPage } from './pages/placements/reports/WriteFinalReportPage';
import { WriteProgressReportPage } from './pages/placements/reports/WriteProgressReportPage';
import { AttendancePage } from './pages/attendance/AttendancePage';
import { HomePage } from './pages/HomePage';
import { PlacementPage } from './pages/placements/PlacementPage';
import { PlacementsPage } from './pages/placements/PlacementsPage';
import { SignAgreementPage } from './pages/placements/SignAgreementPage';
import { ApprovalsPage } from './pages/qa/ApprovalsPage';
import { AssessmentPage } from './pages/qa/AssessmentPage';
import { ChangeProfilePage } from './pages/qa/ChangeProfilePage';
import { EvidenceItemPage } from './pages/qa/EvidenceItemPage';
import { EvidencePage } from './pages/qa/EvidencePage';
import { QaRecordPage } from './pages/qa/QaRecordPage';
import { CheckEvidencePage } from './pages/qa/upload/CheckEvidencePage';
import { EvidenceAnswersPage } from './pages/qa/upload/EvidenceAnswersPage';
import { UploadFilePage } from './pages/qa/upload/UploadFilePage';
import { ConcernPage, ConcernsPage, IncidentPage, RaiseConcernPage } from '@ap/portal-kit';
import { IncidentsPage } from './pages/safeguarding/IncidentsPage';
import { ReportIncidentPage } from './pages/safeguarding/ReportIncidentPage';

createPortal({
  name: 'Provider portal',
  portal: 'PROVIDER',
  basePath: '/provider',
  organisationKinds: ['PROVIDER'],
  home: HomePage,
  navItems: [
    { text: 'QA record', href: '/qa' },
    { text: 'Placements', href: '/placements', permission: 'placement:read' },
    { text: 'Attendance', href: '/attendance', permission: 'attendance:record' },
    { text: 'Safeguarding', href: '/safeguarding', permission: 'concern:read' },
    { text: 'Incidents', href: '/incidents', permission: 'incident:report' },
  ],
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
    { path: '/attendance', component: AttendancePage },
    { path: '/placements', component: PlacementsPage },
    { path: '/placements/:placementId', component: PlacementPage },
    { path: '/placements/:placementId/sign', component: SignAgreementPage },
    { path: '/placements/:placementId/agreement/print', component: AgreementPrintPage },
    { path: '/placements/:placementId/reports/new', component: WriteProgressReportPage },
    { path: '/placements/:placementId/reports/:reportId', component: ProgressReportPage },
    { path: '/placements/:placementId/final-report', component: WriteFinalReportPage },
    { path: '/placements/:placementId/incidents/new', component: ReportIncidentPage },
    { path: '/safeguarding', component: ConcernsPage },
    { path: '/safeguarding/new', component: RaiseConcernPage },
    { path: '/safeguarding/:concernId', component: ConcernPage },
    { path: '/incidents', component: IncidentsPage },
    { path: '/incidents/:incidentId', component: IncidentPage },
  ],
  otherPortal: { name: 'School portal', href: '/' },
});
