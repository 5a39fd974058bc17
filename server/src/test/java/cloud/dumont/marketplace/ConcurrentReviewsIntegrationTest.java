package cloud.dumont.marketplace;

/** The concurrent review contract on the embedded default database, H2. */
@MarketplaceApiTest
class ConcurrentReviewsIntegrationTest extends ConcurrentReviewsContract {}
