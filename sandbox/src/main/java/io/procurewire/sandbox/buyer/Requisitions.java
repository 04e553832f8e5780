package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.po.NewOrderLine;
import io.procurewire.sandbox.po.NewPurchaseOrder;
import io.procurewire.sandbox.po.PurchaseOrder;
import io.procurewire.sandbox.po.PurchaseOrders;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requisition use cases: create a draft, approve it into purchase orders (one per supplier and currency). */
@ApplicationScoped
public class Requisitions {

    private final PurchaseOrders orders;

    public Requisitions(PurchaseOrders orders) {
        this.orders = orders;
    }

    @Transactional
    public Requisition create(long userId, String title) {
        BuyerUser user = BuyerUser.findById(userId);
        if (user == null) {
            throw ProblemException.notFound("user", userId);
        }
        Organisation org = user.organisation;
        Requisition requisition = new Requisition();
        requisition.requester = user;
        requisition.title = title == null || title.isBlank() ? "Requisition for " + user.fullName() : title.trim();
        // Ship to the organisation's address; the requester is the deliver-to.
        requisition.shipToName = org.name;
        requisition.shipToStreet = org.billToStreet;
        requisition.shipToCity = org.billToCity;
        requisition.shipToPostal = org.billToPostal;
        requisition.shipToCountry = org.billToCountry;
        requisition.persist();
        return requisition;
    }

    /** Approval issues version 1 of a PO per supplier (and currency); the requisition becomes "ordered". */
    @Transactional
    public List<PurchaseOrder> approve(long requisitionId) {
        Requisition requisition = find(requisitionId);
        if (!requisition.isDraft()) {
            throw ProblemException.conflict("Requisition " + requisitionId + " is already " + requisition.status);
        }
        if (requisition.lines.isEmpty()) {
            throw ProblemException.unprocessable("A requisition needs at least one line before approval", Map.of());
        }
        Map<String, List<RequisitionLine>> bySupplier = new LinkedHashMap<>();
        for (RequisitionLine line : requisition.lines) {
            bySupplier.computeIfAbsent(line.supplier.id + "/" + line.currency, k -> new ArrayList<>()).add(line);
        }
        List<PurchaseOrder> issued = new ArrayList<>();
        for (List<RequisitionLine> lines : bySupplier.values()) {
            List<NewOrderLine> orderLines = lines.stream().map(l -> new NewOrderLine(l.description, l.quantity, l.price,
                    l.uom, l.supplierPartNum, l.supplierAuxPartNum, l.commodity, null, null)).toList();
            issued.add(orders.issue(new NewPurchaseOrder(lines.get(0).supplier.id, lines.get(0).currency,
                    requisition.shipToName, requisition.shipToStreet, requisition.shipToCity, requisition.shipToPostal,
                    requisition.shipToCountry, requisition.requester.email, requisition.id, orderLines)));
        }
        requisition.status = Requisition.ORDERED;
        requisition.updatedAt = Timestamps.now();
        return issued;
    }

    public static Requisition find(long id) {
        Requisition requisition = Requisition.findById(id);
        if (requisition == null) {
            throw ProblemException.notFound("requisition", id);
        }
        return requisition;
    }
}
