package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Map;

/** A punchout supplier record: the fields a supplier hands the buyer (Precoro setup guide; Coupa punchout site). */
@Entity
@Table(name = "punchout_sites")
public class PunchoutSite extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;
    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;
    public String name;
    @Column(name = "punchout_url")
    public String punchoutUrl;
    @Column(name = "from_domain")
    public String fromDomain;
    @Column(name = "from_identity")
    public String fromIdentity;
    @Column(name = "to_domain")
    public String toDomain;
    @Column(name = "to_identity")
    public String toIdentity;
    @Column(name = "sender_domain")
    public String senderDomain;
    @Column(name = "sender_identity")
    public String senderIdentity;
    /** "If no shared password is specified, Coupa automatically passes none." */
    @Column(name = "shared_secret")
    public String sharedSecret;
    @Column(name = "deployment_mode")
    public String deploymentMode = "production";

    /** Never shows the shared secret. */
    public Map<String, Object> representation() {
        return io.procurewire.sandbox.api.Json.map("id", id, "name", name, "supplierNumber", supplier.number,
                "punchoutUrl", punchoutUrl, "fromDomain", fromDomain, "fromIdentity", fromIdentity,
                "toDomain", toDomain, "toIdentity", toIdentity, "senderDomain", senderDomain,
                "senderIdentity", senderIdentity, "sharedSecretSet", sharedSecret != null && !sharedSecret.isEmpty(),
                "deploymentMode", deploymentMode);
    }
}
