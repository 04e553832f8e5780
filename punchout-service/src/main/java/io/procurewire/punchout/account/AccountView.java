package io.procurewire.punchout.account;

import java.time.Instant;

public record AccountView(long id, String uniqueName, String email, String firstName, String lastName,
                          String businessUnit, boolean provisionedByPunchout, Instant createdAt, Instant lastLoginAt) {

    static AccountView of(CustomerAccount a) {
        return new AccountView(a.id, a.uniqueName, a.email, a.firstName, a.lastName, a.businessUnit,
                a.provisionedByPunchout, a.createdAt, a.lastLoginAt);
    }
}
