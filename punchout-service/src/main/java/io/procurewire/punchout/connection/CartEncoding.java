package io.procurewire.punchout.connection;

/** The hidden form field that carries the PunchOutOrderMessage back to the buyer: cXML-urlencoded or cXML-base64. */
public enum CartEncoding {
    URLENCODED, BASE64
}
