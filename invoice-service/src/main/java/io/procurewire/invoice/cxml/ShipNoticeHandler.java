package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.ShipNoticeHeader;
import io.procurewire.cxml.model.ShipNoticeItem;
import io.procurewire.cxml.model.ShipNoticePortion;
import io.procurewire.cxml.model.ShipNoticeRequest;
import io.procurewire.invoice.posting.ReceiptPostings;
import io.procurewire.invoice.receipt.ReceiptRecord;
import io.procurewire.invoice.rematch.RematchQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inbound cXML ShipNoticeRequest, booked as goods receipts: one receipt per ShipNoticeItem (a shipment may carry
 * several items for one PO line; several shipments per PO line are partial deliveries), all of a notice in one
 * transaction together with the re-match requests of the POs' undecided invoices. The receipt key is
 * {@code asn:<supplier>:<shipmentID>:<orderID>:<line>#<n>} (n counts items of that PO line in the notice), so the
 * same notice again answers 200 without counting twice, and the same shipmentID with other content 409.
 */
@ApplicationScoped
public class ShipNoticeHandler {

    private static final Logger LOG = Logger.getLogger(ShipNoticeHandler.class);
    static final String URL = "/cxml/ship-notices";

    record Item(String key, String poNumber, int poLine, BigDecimal quantity) {
    }

    private final InboundDocuments inbound;
    private final RematchQueue rematch;
    private final ReceiptPostings postings;

    public ShipNoticeHandler(InboundDocuments inbound, RematchQueue rematch, ReceiptPostings postings) {
        this.inbound = inbound;
        this.rematch = rematch;
        this.postings = postings;
    }

    public CxmlAnswer handle(InputStream body, boolean testUrl) {
        InboundDocuments.Checked checked = inbound.check(body, "ShipNoticeRequest",
                d -> d.getRequest().getShipNoticeRequest(), URL, testUrl);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        CxmlDocument doc = checked.document();
        String payloadId = doc.getPayloadId();
        ShipNoticeRequest notice = doc.getRequest().getShipNoticeRequest();
        ShipNoticeHeader header = notice.getHeader();
        if (header == null || header.getShipmentId() == null || header.getShipmentId().isBlank()) {
            return new CxmlAnswer(CxmlStatus.BAD_REQUEST, "ShipNoticeHeader@shipmentID is required", payloadId);
        }
        String shipment = header.getShipmentId().trim();
        if (header.getOperation() != null && !"new".equalsIgnoreCase(header.getOperation().trim())) {
            return new CxmlAnswer(CxmlStatus.NOT_ACCEPTABLE, "ship notice operation '" + header.getOperation()
                    + "' is not supported; a correction is a receipt return through the receipts API", payloadId);
        }
        String prefix = "asn:" + checked.sender().supplier() + ":" + shipment + ":";
        List<Item> items = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> problems = new ArrayList<>();
        if (notice.getPortions().isEmpty()) {
            problems.add("a ship notice needs at least one ShipNoticePortion");
        }
        for (ShipNoticePortion portion : notice.getPortions()) {
            String po = portion.getOrderReference() == null ? null : portion.getOrderReference().getOrderId();
            if (po == null || po.isBlank()) {
                problems.add("ShipNoticePortion needs OrderReference@orderID");
                continue;
            }
            po = po.trim();
            if (po.length() > 64) {
                problems.add("OrderReference@orderID is longer than 64 characters");
                continue;
            }
            if (portion.getItems().isEmpty()) {
                problems.add("ShipNoticePortion for " + po + " has no ShipNoticeItem");
            }
            for (ShipNoticeItem item : portion.getItems()) {
                if (item.getLineNumber() == null) {
                    problems.add("a ShipNoticeItem of " + po + " has no lineNumber");
                    continue;
                }
                if (item.getQuantity() == null || item.getQuantity().signum() <= 0) {
                    problems.add("ShipNoticeItem " + po + " line " + item.getLineNumber() + " needs a positive quantity");
                    continue;
                }
                String line = po + ":" + item.getLineNumber();
                int n = occurrences.merge(line, 1, Integer::sum);
                items.add(new Item(key(prefix + line + "#" + n), po, item.getLineNumber(), item.getQuantity()));
            }
        }
        if (!problems.isEmpty()) {
            return new CxmlAnswer(CxmlStatus.BAD_REQUEST, String.join("; ", problems), payloadId);
        }
        if (testUrl) {
            return new CxmlAnswer(CxmlStatus.OK, "test ship notice " + shipment + " is valid (" + items.size()
                    + " item(s)); test notices are checked, not booked", payloadId);
        }
        Instant receivedAt = receivedAt(header);
        try {
            return QuarkusTransaction.requiringNew().call(() -> book(items, shipment, receivedAt, payloadId, checked.sender().buyer()));
        } catch (PersistenceException raceLost) {
            // a concurrent copy of the same notice booked first: answer as a repeat (or a conflict)
            try {
                return QuarkusTransaction.requiringNew().call(() -> book(items, shipment, receivedAt, payloadId, checked.sender().buyer()));
            } catch (RuntimeException e) {
                return failed(e, payloadId);
            }
        } catch (RuntimeException e) {
            return failed(e, payloadId);
        }
    }

    private CxmlAnswer book(List<Item> items, String shipment, Instant receivedAt, String payloadId, String buyer) {
        List<String> keys = items.stream().map(Item::key).toList();
        List<ReceiptRecord> known = ReceiptRecord.list("receiptKey in ?1", keys);
        if (!known.isEmpty()) {
            Map<String, BigDecimal> stored = new LinkedHashMap<>();
            known.forEach(r -> stored.put(r.receiptKey, r.quantity));
            boolean same = stored.size() == items.size() && items.stream().allMatch(i ->
                    stored.get(i.key()) != null && stored.get(i.key()).compareTo(i.quantity()) == 0);
            return same
                    ? new CxmlAnswer(CxmlStatus.OK, "ship notice " + shipment + " was already received ("
                    + items.size() + " receipt(s)); nothing booked twice", payloadId)
                    : new CxmlAnswer(CxmlStatus.CONFLICT, "ship notice " + shipment
                    + " was already received with other content; a new shipment needs a new shipmentID", payloadId);
        }
        Instant now = Instant.now();
        Set<String> pos = new LinkedHashSet<>();
        List<ReceiptRecord> booked = new ArrayList<>();
        for (Item item : items) {
            ReceiptRecord receipt = new ReceiptRecord();
            receipt.receiptKey = item.key();
            receipt.poNumber = item.poNumber();
            receipt.poLine = item.poLine();
            receipt.quantity = item.quantity();
            receipt.receivedAt = receivedAt;
            receipt.source = "cxml-asn";
            receipt.createdAt = now;
            receipt.persist();
            booked.add(receipt);
            pos.add(item.poNumber());
        }
        ReceiptRecord.getEntityManager().flush();
        for (ReceiptRecord receipt : booked) {
            // posted back only for a buyer that takes ship-notice receipts (ReceiptPostingPolicy)
            postings.enqueue(receipt, buyer, shipment.length() > 128 ? shipment.substring(0, 128) : shipment);
        }
        for (String po : pos) {
            rematch.requestForPurchaseOrder(po, "ship notice " + shipment + " for PO " + po);
        }
        return new CxmlAnswer(CxmlStatus.OK, "ship notice " + shipment + " booked as " + items.size()
                + " receipt(s) for " + String.join(", ", pos), payloadId);
    }

    private static CxmlAnswer failed(RuntimeException e, String payloadId) {
        LOG.errorf(e, "could not book ship notice %s", payloadId);
        return new CxmlAnswer(CxmlStatus.INTERNAL_SERVER_ERROR,
                "the ship notice could not be booked; please send it again later", payloadId);
    }

    /** Delivery date if stated, else the shipment date, else the notice date. */
    static Instant receivedAt(ShipNoticeHeader header) {
        OffsetDateTime when = header.getDeliveryDate() != null ? header.getDeliveryDate()
                : header.getShipmentDate() != null ? header.getShipmentDate() : header.getNoticeDate();
        return when == null ? Instant.now() : when.toInstant();
    }

    /** Keys longer than the column hold the readable start and a hash of the whole. */
    static String key(String full) {
        if (full.length() <= 128) {
            return full;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return full.substring(0, 128 - 33) + "~" + HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
