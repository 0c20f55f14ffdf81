package io.shapegen.runtime.http;

import java.net.Proxy;

/**
 * Where a connection goes: the origin server and the proxy in between. Connections are pooled per route.
 *
 * @param secure whether the origin is {@code https}
 * @param host the origin host name or address literal (without brackets)
 * @param port the origin port
 * @param proxy {@link Proxy#NO_PROXY}, or the HTTP or SOCKS proxy to go through
 */
record Route(boolean secure, String host, int port, Proxy proxy) {

    /** @return the {@code Host} header value: the port only when it is not the scheme's default */
    String hostHeader() {
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == (secure ? 443 : 80) ? name : name + ":" + port;
    }

    /** @return whether plain-HTTP requests go to an HTTP proxy, which wants absolute URIs */
    boolean viaHttpProxyInAbsoluteForm() {
        return !secure && proxy.type() == Proxy.Type.HTTP;
    }

    // Written out rather than generated: the record's generated equals and hashCode are bootstrapped
    // through invokedynamic at first use, which costs milliseconds on the first request.
    @Override
    public boolean equals(Object other) {
        return other instanceof Route that && secure == that.secure && port == that.port && host.equals(that.host)
                && proxy.equals(that.proxy);
    }

    @Override
    public int hashCode() {
        return (host.hashCode() * 31 + port) * 31 + (secure ? 1 : 0) + proxy.hashCode() * 7;
    }

    @Override
    public String toString() {
        return (secure ? "https://" : "http://") + hostHeader() + (proxy.type() == Proxy.Type.DIRECT ? "" : " via " + proxy);
    }
}
