package org.draftline.platform.postgres;

import javax.net.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Lets the PostgreSQL driver reach the embedded server on its Unix socket, given as the driver's
 * {@code socketFactoryArg}: the way in before the superuser has a password, open only to the owner of
 * the data directory that holds the socket. Uses the JDK's own Unix-domain channels.
 */
public class UnixDomainSocketFactory extends SocketFactory {

    private final Path socket;

    public UnixDomainSocketFactory(String socket) {
        this.socket = Path.of(socket);
    }

    @Override
    public Socket createSocket() {
        return new UnixDomainSocket(socket);
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("connects only through createSocket() and connect()");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("connects only through createSocket() and connect()");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("connects only through createSocket() and connect()");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("connects only through createSocket() and connect()");
    }

    /** A blocking Unix-domain channel behind the {@link Socket} calls the driver makes; TCP options do nothing. */
    private static final class UnixDomainSocket extends Socket {

        private final Path path;
        private SocketChannel channel;
        private InputStream input;
        private OutputStream output;
        private int timeout;

        UnixDomainSocket(Path path) {
            this.path = path;
        }

        @Override
        public void connect(SocketAddress ignored, int timeoutMillis) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(path));
            input = Channels.newInputStream(channel);
            output = Channels.newOutputStream(channel);
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return channel != null && !channel.isOpen();
        }

        @Override
        public InputStream getInputStream() {
            return input;
        }

        @Override
        public OutputStream getOutputStream() {
            return output;
        }

        @Override
        public void setSoTimeout(int timeout) {
            this.timeout = timeout;
        }

        @Override
        public int getSoTimeout() {
            return timeout;
        }

        @Override
        public void setTcpNoDelay(boolean on) {
        }

        @Override
        public void setKeepAlive(boolean on) {
        }

        @Override
        public void setReceiveBufferSize(int size) {
        }

        @Override
        public void setSendBufferSize(int size) {
        }

        @Override
        public int getSendBufferSize() {
            return 65536;
        }

        @Override
        public int getReceiveBufferSize() {
            return 65536;
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
