/** Focuses the target itself: following "#id" would be taken over by the router. */
export function SkipLink(props: { targetId: string }) {
  return (
    <a
      href={`#${props.targetId}`}
      class="govuk-skip-link"
      onClick={(event) => {
        const target = document.getElementById(props.targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
