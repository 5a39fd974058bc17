/** The official template catalog and the curated LLM catalog: storage, seeding, caching and the read API. */
package cloud.dumont.catalog;
