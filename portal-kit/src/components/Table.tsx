import type { JSX } from 'solid-js';
import { For } from 'solid-js';
import { classNames } from './attributes';

export interface TableColumn<Row> {
  header: JSX.Element;
  cell: (row: Row) => JSX.Element;
  numeric?: boolean;
}

export interface TableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
}

export function Table<Row>(props: TableProps<Row>) {
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">{props.caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <For each={props.columns}>
            {(column) => (
              <th
                scope="col"
                class={classNames('govuk-table__header', column.numeric && 'govuk-table__header--numeric')}
              >
                {column.header}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        <For each={props.rows}>
          {(row) => (
            <tr class="govuk-table__row">
              <For each={props.columns}>
                {(column) => (
                  <td class={classNames('govuk-table__cell', column.numeric && 'govuk-table__cell--numeric')}>
                    {column.cell(row)}
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
