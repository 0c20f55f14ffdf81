package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens connections: TCP with {@code TCP_NODELAY}, directly or through a SOCKS proxy or an HTTP proxy
 * ({@code CONNECT} tunnel for https), then TLS with the JDK's defaults and host name verification.
 */
final class Connector {
    private final int connectTimeoutMillis;
    private final SSLSocketFactory configuredTlsSockets;

    /**
     * @param connectTimeoutMillis the longest wait for TCP connect and TLS handshake
     * @param tlsSockets TLS sockets to use, or {@code null} for the JDK default, loaded at the first https
     *     connection (loading the TLS stack costs about 100 ms, which plain-http users should not pay)
     */
    Connector(int connectTimeoutMillis, SSLSocketFactory tlsSockets) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.configuredTlsSockets = tlsSockets;
    }

    Connection open(Route route) throws IOException {
        Socket socket = route.proxy().type() == Proxy.Type.SOCKS ? new Socket(route.proxy()) : new Socket();
        boolean done = false;
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(connectTimeoutMillis);
            socket.connect(connectAddress(route), connectTimeoutMillis);
            if (route.secure() && route.proxy().type() == Proxy.Type.HTTP) {
                openTunnel(socket, route);
            }
            Socket ready = route.secure() ? startTls(socket, route) : socket;
            Connection connection = new Connection(route, ready);
            done = true;
            return connection;
        } finally {
            if (!done) {
                socket.close();
            }
        }
    }

    private static InetSocketAddress connectAddress(Route route) {
        if (route.proxy().type() == Proxy.Type.HTTP) {
            InetSocketAddress proxy = (InetSocketAddress) route.proxy().address();
            // A proxy address from system properties is unresolved; resolve it now, on every new connection.
            return proxy.isUnresolved() ? new InetSocketAddress(proxy.getHostString(), proxy.getPort()) : proxy;
        }
        if (route.proxy().type() == Proxy.Type.SOCKS) {
            return InetSocketAddress.createUnresolved(route.host(), route.port());
        }
        return new InetSocketAddress(route.host(), route.port());
    }

    private Socket startTls(Socket plain, Route route) throws IOException {
        SSLSocketFactory factory = configuredTlsSockets != null ? configuredTlsSockets
                : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, route.host(), route.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static void openTunnel(Socket socket, Route route) throws IOException {
        String host = route.host().indexOf(':') >= 0 ? "[" + route.host() + "]" : route.host();
        String authority = host + ":" + route.port();
        OutputStream out = socket.getOutputStream();
        out.write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String statusLine = ResponseReader.readLine(in);
        if (statusLine == null) {
            throw new IOException("The proxy " + route.proxy().address() + " closed the connection instead of"
                    + " answering CONNECT " + authority + "; check the https.proxyHost and https.proxyPort settings.");
        }
        String line;
        do {
            line = ResponseReader.readLine(in);
        } while (line != null && !line.isEmpty());
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[1].equals("200")) {
            throw new IOException("The proxy " + route.proxy().address() + " refused to tunnel to " + authority
                    + " (it answered '" + statusLine + "'); check the proxy settings, or exclude the host with"
                    + " http.nonProxyHosts. Proxies that need authentication are not supported.");
        }
    }
}
