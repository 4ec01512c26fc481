import { A } from '@solidjs/router';
import { For, Match, Switch } from 'solid-js';
import { Tag, type TagColour } from './Tag';
import { classNames, idList } from './attributes';

export type TaskStatus = 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED' | 'CANNOT_START';

/** GOV.UK task list wording: "Completed" as plain text, unfinished work as a tag, blocked work greyed out. */
export const taskStatuses: Record<TaskStatus, { label: string; colour?: TagColour }> = {
  COMPLETED: { label: 'Completed' },
  IN_PROGRESS: { label: 'In progress', colour: 'turquoise' },
  NOT_STARTED: { label: 'Not yet started', colour: 'blue' },
  CANNOT_START: { label: 'Cannot start yet' },
};

export interface TaskListItem {
  title: string;
  /** Where the task is done; ignored while it cannot start yet. */
  href?: string;
  hint?: string;
  status: TaskStatus;
}

export interface TaskListProps {
  items: readonly TaskListItem[];
  /** Prefix of the hint and status ids, unique on the page. */
  idPrefix?: string;
}

/** GOV.UK task list: each task links to where it is done, and says how far it has got. */
export function TaskList(props: TaskListProps) {
  const prefix = () => props.idPrefix ?? 'task-list';
  return (
    <ul class="govuk-task-list">
      <For each={props.items}>
        {(item, index) => {
          const hintId = () => `${prefix()}-${index() + 1}-hint`;
          const statusId = () => `${prefix()}-${index() + 1}-status`;
          const href = () => (item.status === 'CANNOT_START' ? undefined : item.href);
          return (
            <li class={classNames('govuk-task-list__item', href() && 'govuk-task-list__item--with-link')}>
              <div class="govuk-task-list__name-and-hint">
                <Switch>
                  <Match when={href()}>
                    {(link) => (
                      <A class="govuk-link govuk-task-list__link" href={link()} aria-describedby={idList(item.hint && hintId(), statusId())}>
                        {item.title}
                      </A>
                    )}
                  </Match>
                  <Match when={!href()}>
                    <div>{item.title}</div>
                  </Match>
                </Switch>
                {item.hint ? (
                  <div id={hintId()} class="govuk-task-list__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              <div
                id={statusId()}
                class={classNames('govuk-task-list__status', item.status === 'CANNOT_START' && 'govuk-task-list__status--cannot-start-yet')}
              >
                {taskStatuses[item.status].colour ? (
                  <Tag colour={taskStatuses[item.status].colour}>{taskStatuses[item.status].label}</Tag>
                ) : (
                  taskStatuses[item.status].label
                )}
              </div>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
