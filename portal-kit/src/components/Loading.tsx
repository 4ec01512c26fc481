export function Loading() {
  return (
    <p class="govuk-body" role="status">
      Loading…
    </p>
  );
}
