import type { JSX } from 'solid-js';
import { classNames } from './attributes';

export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'turquoise'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export interface TagProps {
  children: JSX.Element;
  /** Blue when left out. The text always carries the meaning; colour only supports it. */
  colour?: TagColour;
}

export function Tag(props: TagProps) {
  return (
    <strong class={classNames('govuk-tag', props.colour && props.colour !== 'blue' && `govuk-tag--${props.colour}`)}>
      {props.children}
    </strong>
  );
}
