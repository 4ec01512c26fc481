export interface FooterProps {
  productName: string;
  otherPortal: { name: string; href: string };
}

export function Footer(props: FooterProps) {
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p class="govuk-body-s govuk-!-margin-bottom-2">
              {props.productName}: one shared record of alternative provision placements for schools, providers and
              local authorities.
            </p>
            <p class="govuk-body-s govuk-!-margin-bottom-0">
              Looking for the {props.otherPortal.name.toLowerCase()}?{' '}
              {/* rel="external": the other portal is a separate app the router must not take over. */}
              <a class="govuk-footer__link" href={props.otherPortal.href} rel="external">
                Go to the {props.otherPortal.name.toLowerCase()}
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
