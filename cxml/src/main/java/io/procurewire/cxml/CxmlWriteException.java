package io.procurewire.cxml;

/** A document cannot be written because a part the cXML DTD requires is missing; the message names its path. */
public class CxmlWriteException extends RuntimeException {

    public CxmlWriteException(String message) {
        super(message);
    }

    public CxmlWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
