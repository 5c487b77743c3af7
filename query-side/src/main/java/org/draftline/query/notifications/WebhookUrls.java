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
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw new InvalidValue("url: port " + uri.getPort() + " is not between 1 and 65535");
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
            // the address stays out of the message, which the webhook's owner reads in its deliveries: what a
            // name leads to inside Draftline's network is none of theirs
            if (isPrivate(address)) {
                throw new InvalidValue("url: " + hostOf(uri) + " leads to a loopback, link-local or private "
                        + "address, which webhooks may not call");
            }
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
            // unique local addresses fc00::/7
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            // an IPv4 address carried in IPv6 is judged as that IPv4 address: mapped (::ffff:a.b.c.d),
            // compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) in its last four bytes, 6to4 (2002:AABB:CCDD::)
            // in bytes 2 to 5; the local-use NAT64 prefix 64:ff9b:1::/48 may translate to anything
            boolean zeros = true;
            for (int index = 0; index < 10; index++) {
                zeros &= bytes[index] == 0;
            }
            boolean mapped = zeros && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
            boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0;
            boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b;
            if (nat64 && !(bytes[4] == 0 && bytes[5] == 0)) {
                return true;
            }
            if (mapped || compatible || nat64) {
                return isPrivateIpv4(bytes[12], bytes[13], bytes[14], bytes[15]);
            }
            if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
                return isPrivateIpv4(bytes[2], bytes[3], bytes[4], bytes[5]);
            }
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT) and 240.0.0.0/4 (reserved, with the
        // broadcast address) besides what the JDK names
        return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
    }

    private static boolean isPrivateIpv4(byte first, byte second, byte third, byte fourth) {
        try {
            return isPrivate(InetAddress.getByAddress(new byte[]{first, second, third, fourth}));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteralAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }
}
