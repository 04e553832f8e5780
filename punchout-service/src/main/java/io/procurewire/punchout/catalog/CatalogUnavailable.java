package io.procurewire.punchout.catalog;

/** catalog-service did not answer usefully and no recent answer is cached: the shop shows a "try again" page. */
public class CatalogUnavailable extends RuntimeException {
    public CatalogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogUnavailable(String message) {
        super(message);
    }
}
