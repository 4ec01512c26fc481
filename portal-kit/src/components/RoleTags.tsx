import { For } from 'solid-js';
import type { Role } from '../gql/graphql';
import { roleLabels } from '../labels/labels';
import { Tag } from './Tag';

export function RoleTags(props: { roles: readonly Role[] }) {
  return (
    <ul class="app-tag-list">
      <For each={props.roles}>
        {(role) => (
          <li>
            <Tag colour="grey">{roleLabels[role]}</Tag>
          </li>
        )}
      </For>
    </ul>
  );
}
