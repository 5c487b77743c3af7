package org.draftline.query.notifications;

import org.draftline.api.InvalidValue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may point: http or https, a host, no credentials, and (unless
 * {@code draftline.notifications.allow-private-addresses}) no address of this machine or its private
 * networks, so that a registration cannot make Draftline call what only Draftline can reach. A literal
 * address or {@code localhost} is refused at registration; a host name is resolved, and its addresses
 * checked, at each delivery (a name can be pointed elsewhere later).
 */
final class WebhookUrls {

    static final int LONGEST_URL = 2000;

    private final boolean allowPrivateAddresses;

    WebhookUrls(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** The url a registration names, refused as {@code url: ...} when it may not be called. */
    URI validate(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidValue("url: required");
        }
        if (url.length() > LONGEST_URL) {
            throw new InvalidValue("url: at most " + LONGEST_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValue("url: not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValue("url: only http and https URLs are called, not '" + scheme + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValue("url: carries credentials; the signature proves the sender, a URL keeps no secret");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidValue("url: names no host");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidValue("url: a fragment is never sent; leave it out");
        }
        if (!allowPrivateAddresses) {
            String host = hostOf(uri);
            if (host.equals("localhost") || host.endsWith(".localhost")) {
                throw new InvalidValue("url: this machine's own addresses are not called");
            }
            if (isLiteralAddress(host)) {
                try {
                    refusePrivate(InetAddress.getByName(host));
                } catch (UnknownHostException e) {
                    throw new InvalidValue("url: not an address: " + host);
                }
            }
        }
        return uri;
    }

    /** Before a delivery: the host's addresses now, each of which must be allowed. */
    void checkBeforeCalling(URI uri) throws UnknownHostException {
        if (allowPrivateAddresses) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(hostOf(uri))) {
            refusePrivate(address);
        }
    }

    private static void refusePrivate(InetAddress address) {
        if (isPrivate(address)) {
            throw new InvalidValue("url: " + address.getHostAddress()
                    + " is a loopback, link-local or private address, which webhooks may not call");
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local addresses fc00::/7, and IPv4 mapped into IPv6 judged as IPv4
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int index = 0; index < 10; index++) {
                mapped &= bytes[index] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 ("this network") and 100.64.0.0/10 (carrier-grade NAT) besides what the JDK names
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteralAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }
}
