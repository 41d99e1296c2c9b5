package org.townreform.common.events;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * Where a webhook may point (against server-side request forgery): an absolute {@code https} URL without user
 * information, whose host resolves only to addresses that are not loopback, link-local (cloud metadata at
 * 169.254.169.254 included), any-local or multicast. Private networks are allowed: the county's systems live on them.
 * With {@code insecureAllowed} (the dev, test and local profiles) {@code http} and loopback are allowed too. Checked when
 * a subscription is made and again before every delivery (a name that resolves elsewhere later is caught then). Plain
 * Java.
 */
public final class OutboundUrls {
    public static final int MAX_LENGTH = 2000;

    private OutboundUrls() {
    }

    /** The URL, checked in form (400 {@code VALIDATION_FAILED} on {@code url}); addresses are checked by {@link #resolve}. */
    public static URI parse(String url, boolean insecureAllowed) {
        if (url == null || url.isBlank()) {
            throw invalid("is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("must be an absolute URL with a host");
        }
        if (!scheme.equals("https") && !(insecureAllowed && scheme.equals("http"))) {
            throw invalid("must be https");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not hold a user name or password (the signature authenticates the sender)");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment");
        }
        return uri;
    }

    /** The host's addresses; 422 {@code WEBHOOK_URL_REFUSED} when one is not allowed or the host does not resolve. */
    public static InetAddress[] resolve(URI uri, boolean insecureAllowed) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused(uri.getHost() + " does not resolve");
        }
        for (InetAddress a : addresses) {
            String why = forbidden(a, insecureAllowed);
            if (why != null) {
                throw refused(uri.getHost() + " resolves to " + a.getHostAddress() + ", " + why);
            }
        }
        return addresses;
    }

    /** Why the address may not be called, or null when it may. */
    static String forbidden(InetAddress a, boolean insecureAllowed) {
        if (a.isLoopbackAddress()) {
            return insecureAllowed ? null : "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isAnyLocalAddress()) {
            return "the any-local address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        return null;
    }

    private static ProblemException invalid(String message) {
        return Problems.invalid("url", message);
    }

    static ProblemException refused(String detail) {
        return Problems.unprocessable("WEBHOOK_URL_REFUSED", "The webhook URL is not allowed: " + detail
                + " (webhooks go to https addresses outside this host and its link-local network)");
    }
}
