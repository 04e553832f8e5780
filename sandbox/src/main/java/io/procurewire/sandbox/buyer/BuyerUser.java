package io.procurewire.sandbox.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A requester; their identity travels in the PunchOutSetupRequest Extrinsics and Contact. */
@Entity
@Table(name = "buyer_users")
public class BuyerUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;
    public String email;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "unique_name")
    public String uniqueName;
    @Column(name = "business_unit")
    public String businessUnit;

    public String fullName() {
        return firstName + " " + lastName;
    }
}
