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
 * @param offerHash whether files sent carry their MD5 in the offer (XEP-0096 §3.1) for the receiver
 *        to check. Off by default, as in Smack, Psi and Pidgin: the hash must be in the offer, so the
 *        sender reads the whole file once before the first byte goes (a 100 MiB file by SOCKS5
 *        direct takes about four times as long here), while TCP already guards the bytes on the way
 *        and the receiver checks the size. A received offer's MD5 is always checked
 */
public record FileTransferSettings(int localPort, long sizeLimit, Map<String, String> proxies, boolean offerHash) {

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
        return new FileTransferSettings(DEFAULT_PORT, DEFAULT_SIZE_LIMIT, Map.of(), false);
    }

    public FileTransferSettings withLocalPort(int port) {
        return new FileTransferSettings(port, sizeLimit, proxies, offerHash);
    }

    public FileTransferSettings withSizeLimit(long limit) {
        return new FileTransferSettings(localPort, limit, proxies, offerHash);
    }

    public FileTransferSettings withProxy(String accountId, String proxy) {
        Map<String, String> copy = new java.util.HashMap<>(proxies);
        copy.put(accountId, proxy);
        return new FileTransferSettings(localPort, sizeLimit, copy, offerHash);
    }

    public FileTransferSettings withOfferHash(boolean offer) {
        return new FileTransferSettings(localPort, sizeLimit, proxies, offer);
    }
}
