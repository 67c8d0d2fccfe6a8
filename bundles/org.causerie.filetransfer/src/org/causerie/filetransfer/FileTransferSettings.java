package org.causerie.filetransfer;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of the service.
 *
 * @param localPort the port of this client's own SOCKS5 stream host (XEP-0065 §5.3, direct
 *        connections). 7777 is Smack's default and also many servers' proxy65 port: when it is
 *        taken another free port is used and {@link FileTransferService#localStreamHostPort()} says which
 * @param sizeLimit incoming files larger than this need {@link AcceptRequest#oversizeConsent()}
 * @param proxies per account id, a SOCKS5 proxy to use instead of discovering the server's
 *        (seed 003): "jid host:port" or just "jid" (asked for its address)
 */
public record FileTransferSettings(int localPort, long sizeLimit, Map<String, String> proxies) {

    public static final int DEFAULT_PORT = 7777;
    public static final long DEFAULT_SIZE_LIMIT = 2L * 1024 * 1024 * 1024;

    public FileTransferSettings {
        if (localPort < 0 || localPort > 65535) {
            throw new IllegalArgumentException("port 0-65535: " + localPort);
        }
        if (sizeLimit < 0) {
            throw new IllegalArgumentException("negative size limit: " + sizeLimit);
        }
        proxies = Map.copyOf(Objects.requireNonNull(proxies, "proxies"));
    }

    public static FileTransferSettings defaults() {
        return new FileTransferSettings(DEFAULT_PORT, DEFAULT_SIZE_LIMIT, Map.of());
    }

    public FileTransferSettings withLocalPort(int port) {
        return new FileTransferSettings(port, sizeLimit, proxies);
    }

    public FileTransferSettings withSizeLimit(long limit) {
        return new FileTransferSettings(localPort, limit, proxies);
    }

    public FileTransferSettings withProxy(String accountId, String proxy) {
        Map<String, String> copy = new java.util.HashMap<>(proxies);
        copy.put(accountId, proxy);
        return new FileTransferSettings(localPort, sizeLimit, copy);
    }
}
