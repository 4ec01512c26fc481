import { flagsOf, pupilFlags, Tag, type FlaggedPupil } from '@ap/portal-kit';
import { For, Show } from 'solid-js';

/** The pupil's flags as tags (words, not colour alone), or a quiet "None". */
export function PupilFlagTags(props: { pupil: FlaggedPupil }) {
  return (
    <Show when={flagsOf(props.pupil).length > 0} fallback={<span class="app-secondary-text">None</span>}>
      <ul class="govuk-list">
        <For each={flagsOf(props.pupil)}>
          {(flag) => (
            <li>
              <Tag colour={pupilFlags[flag].colour}>{pupilFlags[flag].label}</Tag>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
