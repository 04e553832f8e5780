package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A requisition: lines come back from punchout carts; approval turns them into purchase orders. */
@Entity
@Table(name = "requisitions")
public class Requisition extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String ORDERED = "ordered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public BuyerUser requester;
    public String title;
    public String status = DRAFT;
    @Column(name = "ship_to_name")
    public String shipToName;
    @Column(name = "ship_to_street")
    public String shipToStreet;
    @Column(name = "ship_to_city")
    public String shipToCity;
    @Column(name = "ship_to_postal")
    public String shipToPostal;
    @Column(name = "ship_to_country")
    public String shipToCountry;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL)
    @OrderBy("lineNum")
    public List<RequisitionLine> lines = new ArrayList<>();

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public int nextLineNum() {
        return lines.stream().mapToInt(l -> l.lineNum).max().orElse(0) + 1;
    }

    /** The currency of the lines' totals: one code, empty without lines, "mixed" when suppliers priced differently. */
    public String currency() {
        List<String> currencies = lines.stream().map(l -> l.currency).filter(java.util.Objects::nonNull).distinct().toList();
        return currencies.isEmpty() ? "" : currencies.size() == 1 ? currencies.get(0) : "mixed currencies";
    }

    public BigDecimal total() {
        return lines.stream().map(RequisitionLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
