package io.procurewire.punchout.shop;

/**
 * The form that carries the PunchOutOrderMessage to the buyer's BrowserFormPost URL: one hidden field named
 * cXML-urlencoded (the document itself; the browser form-encodes it) or cXML-base64.
 */
public record CheckoutForm(String action, String fieldName, String fieldValue, String payloadId) {
}
