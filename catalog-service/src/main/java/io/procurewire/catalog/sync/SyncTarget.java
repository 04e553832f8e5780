package io.procurewire.catalog.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Where a buyer's view of the catalog is pushed: a configured buyer platform (by name; its URL, OAuth2 client and
 * secret are configuration: procurewire.catalog.platforms.&lt;platform&gt;.*), the supplier number we have there, and
 * optionally the contract whose prices apply.
 */
@Entity
@Table(name = "sync_target")
public class SyncTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "buyer_code")
    public String buyerCode;
    @Column(name = "contract_code")
    public String contractCode;
    public String platform;
    public String scope;
    @Column(name = "supplier_number")
    public String supplierNumber;
    @Column(name = "schedule_enabled")
    public boolean scheduleEnabled;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "last_run_at")
    public Instant lastRunAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;
}
