package io.procurewire.testsupport.security;

import io.restassured.specification.RequestSpecification;


/**
 * The users every service defines under {@code %test} (the suite's security convention): one per role. Requests are
 * sent with preemptive HTTP Basic, as an operator's script would.
 */
public enum TestUsers {
    ADMIN("admin", "admin-test-password"),
    REVIEWER("reviewer", "reviewer-test-password"),
    VIEWER("auditor", "auditor-test-password");

    public final String user;
    public final String password;

    TestUsers(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** {@code given()} authenticated as this user. */
    public RequestSpecification given() {
        return io.restassured.RestAssured.given().auth().preemptive().basic(user, password);
    }

    /** Shorthand for the common case: {@code asAdmin().body(...).post(...)}. */
    public static RequestSpecification asAdmin() {
        return ADMIN.given();
    }

    /** No credentials, whatever a test set as RestAssured's global authentication. */
    public static RequestSpecification anonymous() {
        return io.restassured.RestAssured.given().auth().none();
    }
}
