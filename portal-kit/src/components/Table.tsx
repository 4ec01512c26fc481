import type { JSX } from 'solid-js';
import { For } from 'solid-js';
import { classNames } from './attributes';

export interface TableColumn<Row> {
  header: JSX.Element;
  cell: (row: Row) => JSX.Element;
  numeric?: boolean;
  /** GOV.UK width of the column, when the browser's own layout squeezes it. */
  width?: 'one-quarter' | 'one-third' | 'one-half';
}

export interface TableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  /** Smaller text, for tables with many columns. */
  small?: boolean;
}

export function Table<Row>(props: TableProps<Row>) {
  return (
    <table class={classNames('govuk-table', props.small && 'app-table--small')}>
      <caption class="govuk-table__caption govuk-table__caption--m">{props.caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <For each={props.columns}>
            {(column) => (
              <th
                scope="col"
                class={classNames(
                  'govuk-table__header',
                  column.numeric && 'govuk-table__header--numeric',
                  column.width && `govuk-!-width-${column.width}`,
                )}
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
