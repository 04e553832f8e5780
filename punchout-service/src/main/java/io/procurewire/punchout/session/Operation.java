package io.procurewire.punchout.session;

import java.util.Locale;
import java.util.Optional;

/** PunchOutSetupRequest@operation values this supplier serves ("source" is not: answered 450). */
public enum Operation {
    CREATE, EDIT, INSPECT;

    public static Optional<Operation> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "create" -> Optional.of(CREATE);
            case "edit" -> Optional.of(EDIT);
            case "inspect" -> Optional.of(INSPECT);
            default -> Optional.empty();
        };
    }

    public String cxml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the buyer may do with the returned cart (PunchOutOrderMessageHeader@operationAllowed). */
    public String operationAllowed() {
        return this == INSPECT ? "inspect" : "edit";
    }
}
