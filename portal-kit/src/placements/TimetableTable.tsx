import { describeWeeklyHours, sessionsOfDay, type AttendancePattern } from './placement-labels';
import { attendancePatternOf, hoursOfTimetable, type TimetableSessionValue } from './timetable';
import { WeekGrid } from './WeekGrid';

export interface TimetableTableProps {
  timetable: readonly TimetableSessionValue[];
  caption?: string;
  /** Full-time or part-time as the school's policy counts it; the national 18-hour guide when left out. */
  attendancePattern?: AttendancePattern;
}

/** The weekly timetable as a Monday to Friday grid of sessions with their times, and the weekly total. */
export function TimetableTable(props: TimetableTableProps) {
  const sessionAt = (weekday: string, session: string) =>
    props.timetable.find((item) => item.weekday === weekday && item.session === session);
  const hours = () => hoursOfTimetable(props.timetable);
  return (
    <WeekGrid
      class="app-timetable"
      caption={<caption class="govuk-table__caption govuk-table__caption--s">{props.caption ?? 'Timetable'}</caption>}
      cell={(weekday, session) => {
        const timetabled = sessionAt(weekday, session);
        return timetabled ? `${timetabled.startTime} to ${timetabled.endTime}` : <span class="app-secondary-text">Not at the provider</span>;
      }}
      footer={
        <tfoot>
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              Total
            </th>
            <td class="govuk-table__cell" colSpan={sessionsOfDay.length}>
              {describeWeeklyHours(hours(), props.attendancePattern ?? attendancePatternOf(hours()))}
            </td>
          </tr>
        </tfoot>
      }
    />
  );
}
