package io.procurewire.sandbox.buyer;

/** A punchout step failed; the message is what the requester sees on the requisition page. */
public class PunchoutFailed extends RuntimeException {

    public PunchoutFailed(String message) {
        super(message);
    }
}
