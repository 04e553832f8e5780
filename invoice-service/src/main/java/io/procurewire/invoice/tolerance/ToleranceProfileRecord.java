package io.procurewire.invoice.tolerance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A tolerance profile; {@code rules} is the profile as JSON (the API's shape). */
@Entity
@Table(name = "tolerance_profile")
public class ToleranceProfileRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String buyer;
    public String supplier;
    public String commodity;
    public String rules;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
