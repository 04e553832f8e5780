package io.procurewire.ordersync.integration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One buyer platform feeding one ERP target. Secrets are references into configuration, never values. */
@Entity
@Table(name = "integration")
public class Integration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String origin;
    @Column(name = "platform_url")
    public String platformUrl;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "client_secret_ref")
    public String clientSecretRef;
    public String statuses;
    @Column(name = "schedule_seconds")
    public long scheduleSeconds;
    @Column(name = "monitoring_option")
    public int monitoringOption;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "erp_url")
    public String erpUrl;
    @Column(name = "erp_credentials_ref")
    public String erpCredentialsRef;
    @Column(name = "erp_format")
    public String erpFormat;
    @Column(name = "confirmation_url")
    public String confirmationUrl;
    @Column(name = "confirmation_secret_ref")
    public String confirmationSecretRef;
    @Column(name = "api_filter")
    public String apiFilter;
    /** Comma-separated; null: POs of every supplier. */
    @Column(name = "supplier_numbers")
    public String supplierNumbers;
    /** Null: every unexported PO; otherwise only POs created at or after it. */
    @Column(name = "export_from")
    public OffsetDateTime exportFrom;
    @Column(name = "next_run_at")
    public OffsetDateTime nextRunAt;
    @Column(name = "reconcile_watermark")
    public OffsetDateTime reconcileWatermark;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> statusList() {
        return Arrays.stream(statuses.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> supplierNumberList() {
        return supplierNumbers == null ? List.of()
                : Arrays.stream(supplierNumbers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static Integration byCode(String code) {
        return find("code", code).firstResult();
    }
}
