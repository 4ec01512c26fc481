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
export { RoleTags } from './components/RoleTags';
export { Select, type SelectOption } from './components/Select';
export { SummaryList, type SummaryListRow } from './components/SummaryList';
export { Table, type TableColumn } from './components/Table';
export { Tag, type TagColour } from './components/Tag';
export { TextInput } from './components/TextInput';
