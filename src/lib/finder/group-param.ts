/**
 * The product-group filter's URL parameter, shared by the finder and the practice examples. It
 * lives apart from the facet sets so that links built by `routes` do not pull the facets and
 * their vocabularies into every script that links somewhere.
 */
export const GROUP_PARAM = 'gruppe';
