import { For } from 'solid-js';
import { describeWeeklyHours, sessionLabels, sessionsOfDay, weekdayLabels, weekdays, type AttendancePattern } from './placement-labels';
import { attendancePatternOf, hoursOfTimetable, type TimetableSessionValue } from './timetable';

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
    <table class="govuk-table app-timetable">
      <caption class="govuk-table__caption govuk-table__caption--s">{props.caption ?? 'Timetable'}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Day
          </th>
          <For each={sessionsOfDay}>
            {(session) => (
              <th scope="col" class="govuk-table__header">
                {sessionLabels[session]}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        <For each={weekdays}>
          {(weekday) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {weekdayLabels[weekday]}
              </th>
              <For each={sessionsOfDay}>
                {(session) => {
                  const timetabled = () => sessionAt(weekday, session);
                  return (
                    <td class="govuk-table__cell">
                      {timetabled() ? (
                        `${timetabled()!.startTime} to ${timetabled()!.endTime}`
                      ) : (
                        <span class="app-secondary-text">Not at the provider</span>
                      )}
                    </td>
                  );
                }}
              </For>
            </tr>
          )}
        </For>
      </tbody>
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
    </table>
  );
}
