/**
 * The Smack implementation of the file-transfer service: stream initiation
 * (XEP-0096) negotiated here rather than by Smack's FileTransferManager, so the
 * method chain (SOCKS5 direct, SOCKS5 proxy, in-band) and which method carried
 * a file are under Causerie's control; an own SOCKS5 stream host (XEP-0065
 * §5.3) with a configurable port; HTTP upload (XEP-0363) slots from Smack with
 * the PUT and GET done here; out-of-band data (XEP-0066).
 */
package org.causerie.filetransfer.internal;
