package io.procurewire.sandbox.order;

import io.procurewire.cxml.PayloadIds;
import io.procurewire.cxml.model.Address;
import io.procurewire.cxml.model.BillTo;
import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Country;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.ItemOut;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.Name;
import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.cxml.model.OrderRequestHeader;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PostalAddress;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.ShipTo;
import io.procurewire.cxml.model.Total;
import io.procurewire.cxml.model.UnitPrice;
import io.procurewire.sandbox.buyer.Organisation;
import io.procurewire.sandbox.po.OrderLine;
import io.procurewire.sandbox.po.PurchaseOrder;
import io.procurewire.sandbox.supplier.Supplier;

import java.time.ZoneOffset;

/** Builds the cXML OrderRequest for a PO version as Coupa sends it. Plain class: unit-tested without Quarkus. */
public final class OrderRequests {

    private OrderRequests() {
    }

    public static CxmlDocument build(PurchaseOrder po, String type, int version, Organisation billTo, String userAgent) {
        Supplier supplier = po.supplier;
        Header header = new Header()
                .withFrom(new Party(new Credential(supplier.cxmlDomain, supplier.cxmlIdentity)))
                .withTo(new Party(new Credential(supplier.cxmlSupplierDomain, supplier.cxmlSupplierIdentity)))
                .withSender(new Sender(userAgent, new Credential(supplier.cxmlDomain, supplier.cxmlIdentity,
                        supplier.cxmlSecret)));
        OrderRequestHeader orderHeader = new OrderRequestHeader()
                .withOrderId(po.poNumber)
                .withOrderDate(po.createdAt.withOffsetSameInstant(ZoneOffset.UTC))
                .withType(type)
                .withOrderVersion(version)
                .withTotal(new Total(new Money(po.currency, po.total())))
                .withShipTo(new ShipTo(address(po.shipToName, po.shipToUserEmail, po.shipToStreet, po.shipToCity,
                        po.shipToPostal, po.shipToCountry)))
                .withBillTo(new BillTo(address(billTo.billToName, null, billTo.billToStreet, billTo.billToCity,
                        billTo.billToPostal, billTo.billToCountry)));
        OrderRequest order = new OrderRequest().withHeader(orderHeader);
        for (OrderLine line : po.activeLines()) {
            ItemDetail detail = new ItemDetail()
                    .withUnitPrice(new UnitPrice(new Money(po.currency, line.price)))
                    .addDescriptions(new Description("en-US", line.description))
                    .withUnitOfMeasure(line.uom);
            if (line.commodity != null) {
                detail.addClassifications(new Classification("UNSPSC", line.commodity));
            }
            order.addItems(new ItemOut().withLineNumber(line.lineNum).withQuantity(line.quantity)
                    .withItemId(new ItemID(line.supplierPartNum == null ? "" : line.supplierPartNum,
                            line.supplierAuxPartNum))
                    .withItemDetail(detail));
        }
        CxmlDocument document = CxmlDocument.request(header, new Request().withOrderRequest(order));
        document.setPayloadId(PayloadIds.next("sandbox.procurewire"));
        return document;
    }

    private static Address address(String name, String email, String street, String city, String postal, String country) {
        String iso = country == null ? "US" : country;
        Address address = new Address().withIsoCountryCode(iso).withName(new Name("en-US", name == null ? "" : name))
                .withPostalAddress(new PostalAddress().addStreets(street == null ? "" : street)
                        .withCity(city == null ? "" : city).withPostalCode(postal)
                        .withCountry(new Country(iso, iso)));
        if (email != null) {
            address.withEmail(email);
        }
        return address;
    }
}
