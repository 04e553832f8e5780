package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One "shop at supplier" click: its id is the BrowserFormPost's ?id=, its BuyerCookie must come back with the cart. */
@Entity
@Table(name = "punchout_sessions")
public class PunchoutSession extends PanacheEntityBase {

    public static final String STARTED = "started";
    public static final String RETURNED = "returned";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "requisition_id")
    public Requisition requisition;
    @ManyToOne(optional = false)
    @JoinColumn(name = "punchout_site_id")
    public PunchoutSite site;
    @Column(name = "buyer_cookie")
    public String buyerCookie;
    public String status;
    @Column(name = "start_page_url")
    public String startPageUrl;
    public String error;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
}
