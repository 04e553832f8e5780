package io.procurewire.punchout.account;

import io.procurewire.punchout.connection.BuyerConnection;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A person of a buyer organisation who shops here, known by the buyer's UniqueName and/or e-mail. */
@Entity
@Table(name = "customer_account")
public class CustomerAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id")
    public BuyerConnection connection;

    @Column(name = "unique_name")
    public String uniqueName;
    public String email;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "business_unit")
    public String businessUnit;

    @Column(name = "provisioned_by_punchout", nullable = false)
    public boolean provisionedByPunchout;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public static Optional<CustomerAccount> findByUniqueName(long connectionId, String uniqueName) {
        return find("connection.id = ?1 and uniqueName = ?2", connectionId, uniqueName).firstResultOptional();
    }

    /** The account of this e-mail: the one without a UniqueName if there is one, else the oldest. */
    public static Optional<CustomerAccount> findByEmail(long connectionId, String email) {
        return find("connection.id = ?1 and lower(email) = lower(?2) "
                + "order by case when uniqueName is null then 0 else 1 end, id", connectionId, email).firstResultOptional();
    }

    /** The account registered by this e-mail alone (at most one: a partial unique index). */
    public static Optional<CustomerAccount> findByEmailWithoutUniqueName(long connectionId, String email) {
        return find("connection.id = ?1 and lower(email) = lower(?2) and uniqueName is null", connectionId, email)
                .firstResultOptional();
    }

    public String displayName() {
        return displayName(firstName, lastName, email, uniqueName);
    }

    /** The name the shop shows for a user: first and last name, else the e-mail, else the UniqueName. */
    public static String displayName(String firstName, String lastName, String email, String uniqueName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (!name.isEmpty()) {
            return name;
        }
        return email != null ? email : uniqueName;
    }
}
