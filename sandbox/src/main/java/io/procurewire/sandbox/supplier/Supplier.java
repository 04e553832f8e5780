package io.procurewire.sandbox.supplier;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Map;

/** A supplier of the buyer organisation, with the cXML identities Coupa keeps for PO transmission. */
@Entity
@Table(name = "suppliers")
public class Supplier extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String number;
    public String status = "active";
    /** cxml: issued/changed/cancelled POs go to cxmlUrl as OrderRequest; prompt: nothing is sent. */
    @Column(name = "po_method")
    public String poMethod = "prompt";
    @Column(name = "cxml_url")
    public String cxmlUrl;
    /** The buyer's From identity towards this supplier (domain + identity). */
    @Column(name = "cxml_domain")
    public String cxmlDomain;
    @Column(name = "cxml_identity")
    public String cxmlIdentity;
    /** The supplier's To identity. */
    @Column(name = "cxml_supplier_domain")
    public String cxmlSupplierDomain;
    @Column(name = "cxml_supplier_identity")
    public String cxmlSupplierIdentity;
    @Column(name = "cxml_secret")
    public String cxmlSecret;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    public static Supplier byNumber(String number) {
        return find("number", number).firstResult();
    }

    /** The shallow form embedded in other records. */
    public Map<String, Object> reference() {
        return Json.map("id", id, "name", name, "number", number);
    }

    /** Full form; the shared secret is never returned. */
    public Map<String, Object> representation() {
        return Json.map("id", id, "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt),
                "name", name, "number", number, "status", status, "po-method", poMethod, "cxml-url", cxmlUrl,
                "cxml-domain", cxmlDomain, "cxml-identity", cxmlIdentity, "cxml-supplier-domain", cxmlSupplierDomain,
                "cxml-supplier-identity", cxmlSupplierIdentity);
    }
}
