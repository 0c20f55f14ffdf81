package io.shapegen.runtime.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Idle keep-alive connections, per route, newest first; older than the idle limit are closed. */
final class ConnectionPool {
    private final Map<Route, Deque<Connection>> idle = new HashMap<>();
    private final int maxIdlePerRoute;
    private final long maxIdleNanos;
    private boolean closed;

    ConnectionPool(int maxIdlePerRoute, long maxIdleNanos) {
        this.maxIdlePerRoute = maxIdlePerRoute;
        this.maxIdleNanos = maxIdleNanos;
    }

    /** @return an idle connection to the route that is young enough, or {@code null} */
    Connection take(Route route, long nowNanos) {
        List<Connection> expired = null;
        Connection found = null;
        synchronized (this) {
            Deque<Connection> connections = idle.get(route);
            while (connections != null && !connections.isEmpty()) {
                Connection candidate = connections.pollFirst();
                if (nowNanos - candidate.idleSinceNanos() < maxIdleNanos) {
                    found = candidate;
                    break;
                }
                if (expired == null) {
                    expired = new ArrayList<>();
                }
                expired.add(candidate);
            }
        }
        if (expired != null) {
            expired.forEach(Connection::close);
        }
        return found;
    }

    /** Keeps a connection whose last response was read completely, or closes it when the pool is full or closed. */
    void release(Connection connection, long nowNanos) {
        connection.idleSince(nowNanos);
        synchronized (this) {
            if (!closed) {
                Deque<Connection> connections = idle.computeIfAbsent(connection.route(), key -> new ArrayDeque<>());
                if (connections.size() < maxIdlePerRoute) {
                    connections.addFirst(connection);
                    return;
                }
            }
        }
        connection.close();
    }

    /** Closes every idle connection; later releases close their connection. */
    void close() {
        List<Connection> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(all::addAll);
            idle.clear();
        }
        all.forEach(Connection::close);
    }
}
