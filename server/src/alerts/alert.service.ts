import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context.js';

/** What the attendance feature tells the alerts feature when a session is marked absent. */
export interface AbsenceRecorded {
  placementId: string;
  /** The session mark's id. */
  markId: string;
  date: string;
  session: 'AM' | 'PM';
  /** The absence reason code the provider gave. */
  reason: string;
}

/** Absence alerts to the school's attendance and AP leads, live and by e-mail (issue 6). */
export class AlertService {
  /** Called inside the recording transaction for every new or changed absence. */
  async absenceRecorded(_em: EntityManager, _context: Context, _absence: AbsenceRecorded): Promise<void> {}
}
