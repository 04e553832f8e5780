package io.procurewire.catalog.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one run did with one item; failed ones are what a retry run pushes again. */
@Entity
@Table(name = "sync_item_result")
public class SyncItemResult extends PanacheEntityBase {

    public enum Outcome { OK, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "run_id")
    public Long runId;
    @Column(name = "supplier_part_id")
    public String supplierPartId;
    @Column(name = "supplier_part_auxiliary_id")
    public String supplierPartAuxiliaryId;
    @Enumerated(EnumType.STRING)
    public SyncPlan.Action action;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "remote_id")
    public Long remoteId;
    @Column(name = "price_version")
    public Long priceVersion;
    @Column(name = "http_status")
    public Integer httpStatus;
    public String message;
}
