package io.procurewire.punchout.cart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The cart of one punchout session. It is handed back at checkout, never turned into an order here. */
@Entity
@Table(name = "cart")
public class Cart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "checked_out_at")
    public Instant checkedOutAt;

    @Column(name = "order_message_payload_id")
    public String orderMessagePayloadId;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CartLine> lines = new ArrayList<>();

    /**
     * The session's cart, created if absent (insert-if-absent: two first adds at once make one cart) and locked
     * until the caller's transaction ends, so that cart changes and checkout of one session run one after another.
     */
    public static Cart lockedOfSession(long sessionId) {
        getEntityManager().createNativeQuery("insert into cart (session_id) values (?1) on conflict (session_id) do nothing")
                .setParameter(1, sessionId).executeUpdate();
        return Cart.<Cart>find("sessionId", sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The line of this part, matched by supplier part and auxiliary id ('' for none); null if absent. */
    public CartLine line(String supplierPartId, String auxiliaryId) {
        String aux = auxiliaryId == null ? "" : auxiliaryId;
        return lines.stream().filter(l -> l.supplierPartId.equals(supplierPartId) && l.supplierPartAuxiliaryId.equals(aux))
                .findFirst().orElse(null);
    }
}
