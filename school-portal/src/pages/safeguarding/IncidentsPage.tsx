import { IncidentsListPage } from '@ap/portal-kit';

/** /incidents: serious behaviour incidents providers have reported on the school's placements (an LA: its schools'). */
export function IncidentsPage() {
  return (
    <IncidentsListPage intro="Serious behaviour incidents providers have reported on placements. Open an incident to see what happened and, as the headteacher or AP lead, decide the course of action." />
  );
}
