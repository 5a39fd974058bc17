/**
 * The community marketplace: publishing with a validation pipeline and immutable versions, browse and search over
 * official and community templates, reviews and ratings, forks, usage analytics fed by the deployment engine's launch
 * events, featured and trending lists, and moderation.
 */
package cloud.dumont.marketplace;
