export { createPortal } from './portal/createPortal';
export type { NavItem, PortalConfig, PortalRoute } from './portal/portal-config';
export { usePageTitle } from './portal/page-title';
export { noticeFrom, noticeState } from './portal/notice';

export { useSession, type SessionMe } from './auth/session';
export { permissions, type PortalPermission } from './auth/permissions';
export { RequirePermission } from './auth/RequirePermission';

export { ApiError } from './graphql/errors';
export { fetchQuery, runMutation, type MutationOutcome } from './graphql/requests';
export { activeMembershipOf } from './graphql/active-membership';

export { textField, ticked } from './forms/form-data';
export {
  errorMessageFor,
  failedChecks,
  formErrorsFrom,
  isBlank,
  looksLikeEmailAddress,
  type FormError,
  type FormErrors,
} from './forms/form-errors';

export {
  describeRoles,
  invitationStatusLabels,
  organisationKindLabels,
  registrationStatusLabels,
  roleLabels,
  rolesByOrganisationKind,
  settingTypeLabels,
} from './labels/labels';
export { formatDate } from './labels/dates';

export { BackLink } from './components/BackLink';
export { Button } from './components/Button';
export { ButtonGroup } from './components/ButtonGroup';
export { Checkboxes } from './components/Checkboxes';
export type { ChoiceItem } from './components/choice-item';
export { ErrorSummary } from './components/ErrorSummary';
export { NotificationBanner } from './components/NotificationBanner';
export { Panel } from './components/Panel';
export { PasswordInput } from './components/PasswordInput';
export { Radios } from './components/Radios';
export { RegistrationStatusTag } from './components/RegistrationStatusTag';
export { OrganisationWelcome } from './components/OrganisationWelcome';
export { RoleTags } from './components/RoleTags';
export { Select, type SelectOption } from './components/Select';
export { SummaryList, type SummaryListRow } from './components/SummaryList';
export { Table, type TableColumn } from './components/Table';
export { Tag, type TagColour } from './components/Tag';
export { TextInput } from './components/TextInput';

export { showsNavItem } from './portal/navigation';
export { appPathOf, singleParam } from './portal/paths';
export { usePortal } from './portal/portal-context';
export type { ApiProblem } from './graphql/errors';
export { linesOf } from './forms/form-data';
export { problemsWithin } from './forms/form-errors';
export {
  dateErrorFor,
  dateFormError,
  datePartId,
  datePartsFrom,
  datePartsOf,
  parseDateParts,
  requireDate,
  type DateInputResult,
  type DatePart,
  type DateParts,
} from './forms/date-input';
export { parsePounds, parseWholeNumber, type NumberResult } from './forms/numbers';
export { addDays, addMonths, formatLocalDate, formatShortDate, formatShortLocalDate, todayInEngland } from './labels/dates';
export { formatPounds } from './labels/money';
export {
  actionItemStatuses,
  approvalStatuses,
  approvalStatusValues,
  assessmentStatuses,
  countEvidenceStatuses,
  describeEvidenceCounts,
  describeVisitFrequency,
  evidenceCategoryLabels,
  evidenceStatuses,
  evidenceStatusValues,
  focusHints,
  focusLabels,
  frameworkVersionStatuses,
  keyStageLabels,
  keyStages,
  needsAction,
  ofstedGradeLabels,
  ofstedGrades,
  outcomeHints,
  provisionFocuses,
  ratingHints,
  ratings,
  ratingScales,
} from './labels/qa-labels';

export { DateTimeFields } from './components/DateTimeFields';
export { DateInput } from './components/DateInput';
export { Details } from './components/Details';
export { FileUpload } from './components/FileUpload';
export { InsetText } from './components/InsetText';
export { SubNavigation, type SubNavigationItem } from './components/SubNavigation';
export { SummaryCard } from './components/SummaryCard';
export type { SummaryListAction } from './components/SummaryList';
export { Textarea } from './components/Textarea';
export { WarningText } from './components/WarningText';
export { Loading } from './components/Loading';

export {
  defaultExpiry,
  evidenceDetailFields,
  evidenceDetailRows,
  evidenceSlug,
  evidenceTypeFromSlug,
  formatFileSize,
  type EvidenceDetailValues,
} from './qa/evidence';
export { uploadDocument, type UploadedDocument, type UploadOutcome } from './qa/upload';
export {
  AssessmentDetailDocument,
  EvidenceCatalogueDocument,
  fetchAssessment,
  fetchEvidenceCatalogue,
  fetchProviderEvidence,
  fetchProviderOverview,
  fetchProviderQuality,
  ProviderEvidenceDocument,
  ProviderOverviewDocument,
  ProviderQualityDocument,
  type AssessmentDetail,
  type EvidenceType,
  type ProviderEvidence,
  type ProviderEvidenceItem,
  type ProviderOverview,
  type ProviderQuality,
} from './qa/qa.data';
export {
  ActionItemStatusTag,
  ApprovalStatusTag,
  AssessmentStatusTag,
  EvidenceStatusTag,
  FrameworkVersionStatusTag,
  RatingTag,
} from './qa/tags';
export { isRegistered, ProviderProfileCards, profileSections, type ProfileSection } from './qa/ProviderProfileCards';
export { SitesTable } from './qa/SitesTable';
export { EvidenceTables, VerificationsList } from './qa/EvidenceTables';
export { DocumentLink, EvidenceHistoryTable, EvidenceVersionSummary } from './qa/EvidenceVersionViews';
export {
  ActionPlanTable,
  ApprovalHistoryTable,
  ApprovalSummaryList,
  AssessmentsTable,
  CriteriaRatingsTable,
  CurrentApprovalsTable,
  VisitsTable,
} from './qa/QualityViews';
export type {
  ApprovalFieldsFragment,
  AssessmentOutcomeFieldsFragment,
  EvidenceVersionFieldsFragment,
} from './gql/graphql';
export {
  checkEvidenceAnswers,
  emptyEvidenceAnswers,
  evidenceAnswerFields,
  type EvidenceAnswers,
  type EvidenceTypeRules,
  type EvidenceVersionValues,
} from './qa/evidence-answers';
export {
  flagsOf,
  pupilFlagKeys,
  pupilFlags,
  pupilSexes,
  pupilSexLabels,
  yearGroupLabel,
  yearGroups,
  type FlaggedPupil,
  type PupilFlag,
  type PupilSexCode,
} from './labels/pupil-labels';
export { TaskList, type TaskListItem } from './components/TaskList';
export {
  attendancePatterns,
  costBases,
  describeReviewInterval,
  describeWeeklyHours,
  describeVisitsPerTerm,
  destinationLabels,
  destinationValues,
  formatHoursPerWeek,
  legalBases,
  legalBasisValues,
  placementStatuses,
  reportCadences,
  reportingCadences,
  type AgreementParty,
  type AttendancePattern,
  type CostBasis,
  type Destination,
  type LegalBasis,
  type PlacementStatus,
  type ReportCadence,
  type ReportingCadence,
  type SessionOfDay,
  type SignatureMethod,
  type Weekday,
} from './placements/placement-labels';
export {
  readTimetable,
  timetableFieldOf,
  type TimetableSessionValue,
} from './placements/timetable';
export { TimetableInput } from './placements/TimetableInput';
export {
  fetchPlacementRecord,
  type PlacementObjective,
  type PlacementRecord,
} from './placements/placement.data';
export {
  PlacementHeading,
  PlacementDetails,
  PlacementStatusTag,
  PupilSummaryList,
  SignaturesTable,
  SitesList,
  Written,
} from './placements/PlacementViews';
export { SignatureForm } from './placements/SignatureForm';
export { AgreementPrintPage } from './placements/AgreementPrintPage';
export { referralTaskStatuses } from './placements/placement-tasks';
export {
  attendanceNeedsCommentary,
  describePeriod,
  formatDateTime,
  formatPercent,
  formatTime,
  objectiveOutcomes,
  objectiveOutcomeValues,
  parsePercent,
  parseTimeOfDay,
  reviewDueState,
  reviewDueStates,
  reviewOutcomes,
  reviewOutcomeValues,
  safeguardingReminder,
  timeOfDay,
  type ReviewDueState,
} from './placements/monitoring-labels';
export {
  fetchMonitoringContext,
  fetchPlacementMonitoring,
  fetchProgressReport,
  type FinalReportRecord,
  type MonitoringContext,
  type PlacementMonitoring,
  type PlacementReviewRecord,
  type PlacementVisitSummary,
  type ProgressReportRecord,
  type ProgressReportSummary,
} from './placements/monitoring.data';
export { PrintButton, RecordSheet, type RecordField } from './placements/RecordSheet';
export {
  EndingSummary,
  FinalReportSummary,
  PlacementVisitsTable,
  ProgressReportSheet,
  ProgressReportsTable,
  ReviewCards,
  ReviewScheduleSummary,
} from './placements/MonitoringViews';
export { parsePence, penceAsTyped } from './placements/money';
export {
  missingAnswers,
  MonitoringFormPage,
  placementPath,
  problemsOnEntries,
  ProgressReportPage,
  useFormState,
  useMonitoringContext,
  WrittenAnswers,
  type WrittenAnswer,
} from './placements/MonitoringPages';
export { ConditionalRadios } from './components/ConditionalRadios';
export { PlacementsListPage } from './placements/PlacementsListPage';
export { FindingsList, type FindingsListProps } from './compliance/FindingsList';
export {
  countFindings,
  describeFindingCounts,
  findingRows,
  findingSeverities,
  findingSeverityValues,
  type FindingItem,
  type FindingSeverity,
} from './compliance/finding-labels';

export { listenToLiveEvents, useLiveEvents, type LiveEventType } from './live/live-events';
export { ConcernPage, ConcernsPage, RaiseConcernPage } from './safeguarding/ConcernPages';
export { IncidentsListPage, incidentPath } from './safeguarding/IncidentViews';
export { checkHappened } from './safeguarding/happened';
export { IncidentPage } from './safeguarding/IncidentPage';
export { ReportIncidentDocument } from './safeguarding/safeguarding.data';
export { incidentSeverities, incidentSeverityValues, type IncidentSeverity } from './safeguarding/safeguarding-labels';
export {
  absenceReasons,
  attendanceMarks,
  formatAttendancePercent,
  formatSessionHeading,
  sessionsOfDay,
  type AbsenceReasonValue,
  type AttendanceMarkValue,
} from './attendance/attendance-labels';
export {
  cellFieldId,
  cellKey,
  checkMarks,
  describeCell,
  EMPTY_CELL,
  gridRange,
  markAllPresent,
  problemsOnCells,
  sessionColumns,
  type CellValue,
  type GridCell,
  type GridView,
  type MarkInput,
} from './attendance/attendance-grid';
