package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.PunchOutOrderMessage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a returned cart (PunchOutOrderMessage posted by the browser in cXML-urlencoded or cXML-base64) into
 * requisition lines, or says why it cannot, in the words a buyer sees. Plain class: unit-tested without Quarkus.
 */
public final class Carts {

    /** One cart line, ready to become a requisition line. */
    public record CartLine(String supplierPartNum, String supplierAuxPartNum, String description, BigDecimal quantity,
                           BigDecimal price, String currency, String uom, String commodity, String manufacturer) {
    }

    private Carts() {
    }

    public static List<CartLine> read(CxmlReader reader, Map<String, List<String>> form, String expectedBuyerCookie) {
        String xml = CartForm.decode(form)
                .orElseThrow(() -> new PunchoutFailed("Punchout failed to return a cart: the form has no cXML-urlencoded "
                        + "or cXML-base64 field"));
        CxmlDocument document;
        try {
            document = reader.read(xml);
        } catch (CxmlReadException e) {
            throw new PunchoutFailed("Punchout failed to return a cart: " + e.getMessage());
        }
        PunchOutOrderMessage cart = Optional.ofNullable(document.getMessage())
                .map(m -> m.getPunchOutOrderMessage())
                .orElseThrow(() -> new PunchoutFailed("Punchout failed to return a cart: the document is not a "
                        + "PunchOutOrderMessage"));
        // The cookie only ties the cart to this session; the session id in the URL was chosen by us, not the supplier.
        if (cart.getBuyerCookie() == null || !cart.getBuyerCookie().trim().equals(expectedBuyerCookie)) {
            throw new PunchoutFailed("Punchout failed to return a cart: the BuyerCookie does not belong to this "
                    + "punchout session");
        }
        if (cart.getItems().isEmpty()) {
            throw new PunchoutFailed("The supplier returned an empty cart");
        }
        List<CartLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int position = 1;
        for (ItemIn item : cart.getItems()) {
            String where = "line " + (item.getLineNumber() == null ? position : item.getLineNumber());
            ItemDetail detail = item.getItemDetail();
            String part = item.getItemId() == null ? null : item.getItemId().getSupplierPartId();
            Money price = detail == null || detail.getUnitPrice() == null ? null : detail.getUnitPrice().getMoney();
            String description = detail == null ? null : detail.getDescriptions().stream().map(Description::getText)
                    .filter(t -> t != null && !t.isBlank()).findFirst().map(String::trim).orElse(null);
            // Coupa's minimum for a cart line: part number, UOM, quantity, description, UNSPSC.
            String unspsc = detail == null ? null : detail.classification("UNSPSC").orElse(null);
            if (part == null || part.isBlank()) {
                problems.add(where + " has no SupplierPartID");
            }
            if (item.getQuantity() == null || item.getQuantity().signum() <= 0) {
                problems.add(where + " has no positive quantity");
            }
            if (price == null || price.getAmount() == null || price.getCurrency() == null) {
                problems.add(where + " has no UnitPrice");
            }
            if (description == null) {
                problems.add(where + " has no Description");
            }
            if (detail == null || detail.getUnitOfMeasure() == null || detail.getUnitOfMeasure().isBlank()) {
                problems.add(where + " has no UnitOfMeasure");
            }
            if (unspsc == null || unspsc.isBlank()) {
                problems.add(where + " has no UNSPSC Classification");
            }
            if (problems.isEmpty()) {
                lines.add(new CartLine(part.trim(), item.getItemId().getSupplierPartAuxiliaryId(), description,
                        item.getQuantity(), price.getAmount(), price.getCurrency(), detail.getUnitOfMeasure().trim(),
                        unspsc, detail.getManufacturerName()));
            }
            position++;
        }
        if (!problems.isEmpty()) {
            throw new PunchoutFailed("The cart is invalid: " + String.join("; ", problems));
        }
        return lines;
    }
}
