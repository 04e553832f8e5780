package io.procurewire.punchout.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** An account registered by the supplier admin ahead of the first punchout. */
public record AccountRequest(
        @Size(max = 250) String uniqueName,
        @Email @Size(max = 320) String email,
        @Size(max = 200) String firstName,
        @Size(max = 200) String lastName,
        @Size(max = 200) String businessUnit) {
}
