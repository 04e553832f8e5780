package io.procurewire.punchout.cart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    public static Cart ofSession(long sessionId) {
        Cart cart = find("sessionId", sessionId).firstResult();
        if (cart == null) {
            cart = new Cart();
            cart.sessionId = sessionId;
            cart.persist();
        }
        return cart;
    }
}
