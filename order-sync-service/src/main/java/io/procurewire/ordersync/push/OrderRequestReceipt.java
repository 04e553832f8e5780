package io.procurewire.ordersync.push;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One accepted (or deliberately answered) OrderRequest; payloadID and orderID+version+type are unique. */
@Entity
@Table(name = "order_request_receipt")
public class OrderRequestReceipt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "integration_id")
    public long integrationId;
    public String environment;
    @Column(name = "payload_id")
    public String payloadId;
    @Column(name = "order_number")
    public String orderNumber;
    @Column(name = "order_version")
    public int orderVersion;
    @Column(name = "request_type")
    public String requestType;
    @Column(name = "body_hash")
    public String bodyHash;
    @Column(name = "buyer_domain")
    public String buyerDomain;
    @Column(name = "buyer_identity")
    public String buyerIdentity;
    @Column(name = "supplier_domain")
    public String supplierDomain;
    @Column(name = "supplier_identity")
    public String supplierIdentity;
    @Column(name = "order_date")
    public OffsetDateTime orderDate;
    @Column(name = "version_id")
    public Long versionId;
    @Column(name = "status_code")
    public int statusCode;
    @Column(name = "status_detail")
    public String statusDetail;
    @Column(name = "received_at", insertable = false, updatable = false)
    public OffsetDateTime receivedAt;
}
