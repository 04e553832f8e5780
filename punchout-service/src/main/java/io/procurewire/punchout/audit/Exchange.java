package io.procurewire.punchout.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One cXML document received from or sent to a buyer, kept for the audit log. */
@Entity
@Table(name = "exchange")
public class Exchange extends PanacheEntityBase {

    public enum Direction { INBOUND, OUTBOUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "connection_id", nullable = false)
    public Long connectionId;

    @Column(name = "session_id")
    public Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "document_type", nullable = false)
    public String documentType;

    @Column(name = "payload_id", nullable = false)
    public String payloadId;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Column(name = "status_code")
    public Integer statusCode;

    public String environment;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String document;
}
