package io.procurewire.sandbox.buyer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Says in words why a supplier URL could not be reached: the JDK's exceptions often carry no message at all
 * (a refused connection is a {@code ConnectException} with message null), so their type and cause are read instead.
 */
public final class Unreachable {

    private Unreachable() {
    }

    public static String describe(IOException failure, String url, Duration timeout) {
        String where = where(url);
        // the most specific reason anywhere in the chain: an unresolvable host arrives as a ConnectException's cause
        if (find(failure, UnknownHostException.class, UnresolvedAddressException.class) != null) {
            return "host unknown: " + host(url) + " could not be resolved";
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            return "connection timed out: " + where + " did not accept a connection in time";
        }
        if (find(failure, HttpTimeoutException.class, SocketTimeoutException.class) != null) {
            return "timeout: " + where + " did not answer within " + seconds(timeout);
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "no route to host " + host(url);
        }
        Throwable tls = find(failure, SSLException.class);
        if (tls != null) {
            return "TLS handshake with " + where + " failed" + detail(tls);
        }
        if (find(failure, ConnectException.class) != null) {
            return "connection refused: nothing accepts connections at " + where;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + detail(root) + " (" + where + ")";
    }

    @SafeVarargs
    private static Throwable find(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String where(String url) {
        try {
            URI uri = URI.create(url);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() == null ? url : uri.getHost() + ":" + port;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage();
    }

    private static String seconds(Duration timeout) {
        return timeout == null ? "the time allowed" : timeout.toMillis() % 1000 == 0
                ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
