import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation.js';
import { Migration20261123130000Notifications } from './Migration20261123130000Notifications.js';
import { Migration20261124000000ProviderQaRecord } from './Migration20261124000000ProviderQaRecord.js';
import { Migration20261124100000QaFrameworks } from './Migration20261124100000QaFrameworks.js';
import { Migration20261125000000Placements } from './Migration20261125000000Placements.js';
import { Migration20261127200000Safeguarding } from './Migration20261127200000Safeguarding.js';
import { Migration20261127000000Attendance } from './Migration20261127000000Attendance.js';
import { Migration20261127100000Alerts } from './Migration20261127100000Alerts.js';

/** Listed statically so tests and the server find them without globbing. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123130000Notifications', class: Migration20261123130000Notifications },
  { name: 'Migration20261124000000ProviderQaRecord', class: Migration20261124000000ProviderQaRecord },
  { name: 'Migration20261124100000QaFrameworks', class: Migration20261124100000QaFrameworks },
  { name: 'Migration20261125000000Placements', class: Migration20261125000000Placements },
  { name: 'Migration20261127000000Attendance', class: Migration20261127000000Attendance },
  { name: 'Migration20261127100000Alerts', class: Migration20261127100000Alerts },
  { name: 'Migration20261127200000Safeguarding', class: Migration20261127200000Safeguarding },
];
