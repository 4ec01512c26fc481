import { For, type JSX } from 'solid-js';
import { sessionLabels, sessionsOfDay, weekdayLabels, weekdays, type SessionOfDay, type Weekday } from './placement-labels';

export interface WeekGridProps {
  class: string;
  caption: JSX.Element;
  /** The contents of one session's cell. */
  cell: (weekday: Weekday, session: SessionOfDay) => JSX.Element;
  footer?: JSX.Element;
}

/** A Monday to Friday table with a column per session (AM, PM): the frame of every timetable view. */
export function WeekGrid(props: WeekGridProps) {
  return (
    <table class={`govuk-table ${props.class}`}>
      {props.caption}
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
              <For each={sessionsOfDay}>{(session) => <td class="govuk-table__cell">{props.cell(weekday, session)}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
      {props.footer}
    </table>
  );
}
