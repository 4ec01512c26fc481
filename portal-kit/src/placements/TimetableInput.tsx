import { createMemo, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ErrorMessage } from '../components/ErrorMessage';
import { Hint } from '../components/Hint';
import { classNames, idList } from '../components/attributes';
import { errorMessageFor, type FormErrors } from '../forms/form-errors';
import { describeWeeklyHours, sessionsOfDay, weekdays, type SessionOfDay, type Weekday } from './placement-labels';
import {
  defaultSessionTimes,
  describeSession,
  hoursOfTimetable,
  attendancePatternOf,
  parseTime,
  sessionFieldId,
  type TimetableSessionValue,
} from './timetable';
import { WeekGrid } from './WeekGrid';

export interface TimetableInputProps {
  legend: string;
  hint?: string;
  /** The sessions ticked when the form first shows. */
  value: readonly TimetableSessionValue[];
  /** The form's errors: this input shows those of its own fields (see readTimetable). */
  errors: FormErrors;
}

interface Cell {
  chosen: boolean;
  startTime: string;
  endTime: string;
}

const keyOf = (weekday: Weekday, session: SessionOfDay) => `${weekday}-${session}`;

/**
 * The weekly timetable: a Monday to Friday grid of morning and afternoon sessions. Ticking a
 * session shows its start and end times; the total hours and full-time or part-time follow as
 * you type. Plain checkboxes and text boxes, so it works by keyboard in reading order. Read the
 * submitted form with readTimetable.
 */
export function TimetableInput(props: TimetableInputProps) {
  const [cells, setCells] = createStore<Record<string, Cell>>(initialCells(props.value));
  const error = (id: string) => errorMessageFor(props.errors, id);
  const groupError = () => error(sessionFieldId('MONDAY', 'AM'));

  const hours = createMemo(() =>
    hoursOfTimetable(
      Object.values(cells)
        .filter((cell) => cell.chosen)
        .map((cell) => ({ startTime: parseTime(cell.startTime), endTime: parseTime(cell.endTime) }))
        .filter((cell): cell is { startTime: string; endTime: string } => Boolean(cell.startTime && cell.endTime && cell.endTime > cell.startTime)),
    ),
  );

  const timeBox = (weekday: Weekday, session: SessionOfDay, part: 'start' | 'end') => {
    const id = sessionFieldId(weekday, session, part);
    const field = part === 'start' ? 'startTime' : 'endTime';
    return (
      <div class={classNames('govuk-form-group app-timetable-input__time', error(id) && 'govuk-form-group--error')}>
        <label class="govuk-label govuk-label--s app-timetable-input__time-label" for={id}>
          {part === 'start' ? 'Start' : 'End'}
          <span class="govuk-visually-hidden"> time for {describeSession(weekday, session)}</span>
        </label>
        <ErrorMessage id={`${id}-error`} message={error(id)} />
        <input
          class={classNames('govuk-input govuk-input--width-5', error(id) && 'govuk-input--error')}
          id={id}
          name={id}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={cells[keyOf(weekday, session)][field]}
          aria-describedby={idList(error(id) && `${id}-error`)}
          onInput={(event) => setCells(keyOf(weekday, session), field, event.currentTarget.value)}
        />
      </div>
    );
  };

  return (
    <div class={classNames('govuk-form-group', groupError() && 'govuk-form-group--error')}>
      <fieldset class="govuk-fieldset" aria-describedby={idList(props.hint && 'timetable-hint', groupError() && 'timetable-error', 'timetable-total')}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{props.legend}</legend>
        <Hint id="timetable-hint" text={props.hint} />
        <ErrorMessage id="timetable-error" message={groupError()} />
        <WeekGrid
          class="app-timetable-input"
          caption={<caption class="govuk-visually-hidden">Sessions each week</caption>}
          cell={(weekday, session) => (
            <>
              <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                  <input
                    class="govuk-checkboxes__input"
                    id={sessionFieldId(weekday, session)}
                    name={sessionFieldId(weekday, session)}
                    type="checkbox"
                    value="yes"
                    checked={cells[keyOf(weekday, session)].chosen}
                    onChange={(event) => setCells(keyOf(weekday, session), 'chosen', event.currentTarget.checked)}
                  />
                  <label class="govuk-label govuk-checkboxes__label" for={sessionFieldId(weekday, session)}>
                    {describeSession(weekday, session)}
                  </label>
                </div>
              </div>
              <Show when={cells[keyOf(weekday, session)].chosen}>
                <div class="app-timetable-input__times">
                  {timeBox(weekday, session, 'start')}
                  {timeBox(weekday, session, 'end')}
                </div>
              </Show>
            </>
          )}
        />
        <p class="govuk-body" id="timetable-total" aria-live="polite">
          <strong>Total: {describeWeeklyHours(hours(), attendancePatternOf(hours()))}</strong>
        </p>
      </fieldset>
    </div>
  );
}

function initialCells(value: readonly TimetableSessionValue[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const weekday of weekdays) {
    for (const session of sessionsOfDay) {
      const chosen = value.find((item) => item.weekday === weekday && item.session === session);
      const times = chosen ?? defaultSessionTimes[session];
      cells[keyOf(weekday, session)] = { chosen: Boolean(chosen), startTime: times.startTime, endTime: times.endTime };
    }
  }
  return cells;
}
