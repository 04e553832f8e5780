package io.procurewire.punchout.connection;

import java.util.Locale;

/** Which credential set a request uses: cXML Request@deploymentMode "test" or "production" (the default). */
public enum Environment {
    TEST, PRODUCTION;

    /** cXML's deploymentMode attribute; absent or unknown values mean production, as the DTD's default says. */
    public static Environment ofDeploymentMode(String deploymentMode) {
        return deploymentMode != null && deploymentMode.trim().toLowerCase(Locale.ROOT).equals("test") ? TEST : PRODUCTION;
    }
}
