import type { Settings } from '../schemas/settings';
import { routes } from './routes';
import { QUERY_PARAM } from './search/url-state';

/** A breadcrumb as the page shows it; the last one is the page itself and may have no link. */
export interface TrailCrumb {
  label: string;
  href?: string;
}

/** The trail the breadcrumb navigation shows: the start page, then the page's own crumbs. */
export function breadcrumbTrail(items: readonly TrailCrumb[]): TrailCrumb[] {
  return [{ label: 'Startseite', href: routes.home }, ...items];
}

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

/** schema.org Organization for the start page: who runs the site, with its postal address and contact. */
export function organizationLd(settings: Settings, site: URL | string) {
  const { organisation } = settings;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    url: absolute('/', site),
    logo: absolute('/favicon.svg', site),
    email: organisation.email,
    telephone: organisation.phone,
    address: {
      '@type': 'PostalAddress',
      streetAddress: organisation.street,
      postalCode: organisation.postalCode,
      addressLocality: organisation.city,
      addressCountry: 'DE',
    },
    parentOrganization: { '@type': 'Organization', name: organisation.parent },
  };
}

/** schema.org WebSite with the site search, so search engines can offer it directly. */
export function websiteLd(settings: Settings, site: URL | string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: settings.siteName,
    description: settings.tagline,
    inLanguage: 'de',
    url: absolute('/', site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(routes.search(), site)}?${QUERY_PARAM}={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** schema.org BreadcrumbList for the trail a page shows; the current page is the last item. */
export function breadcrumbLd(trail: readonly TrailCrumb[], pageUrl: string, site: URL | string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? absolute(crumb.href, site) : pageUrl,
    })),
  };
}
