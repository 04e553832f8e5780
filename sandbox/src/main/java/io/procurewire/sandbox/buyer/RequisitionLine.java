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

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A requisition line, as the supplier's cart returned it. */
@Entity
@Table(name = "requisition_lines")
public class RequisitionLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "requisition_id")
    public Requisition requisition;
    @ManyToOne
    @JoinColumn(name = "punchout_session_id")
    public PunchoutSession punchoutSession;
    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;
    @Column(name = "line_num")
    public int lineNum;
    public String description;
    public BigDecimal quantity;
    public BigDecimal price;
    public String currency;
    public String uom;
    @Column(name = "supplier_part_num")
    public String supplierPartNum;
    @Column(name = "supplier_aux_part_num")
    public String supplierAuxPartNum;
    public String commodity;
    public String manufacturer;

    public BigDecimal total() {
        return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }
}
