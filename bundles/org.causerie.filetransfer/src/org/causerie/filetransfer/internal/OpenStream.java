package org.causerie.filetransfer.internal;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

import org.causerie.filetransfer.TransferMethod;

/**
 * An established bytestream: the method that carried it and its streams.
 *
 * @param method how the bytes travel
 * @param in to read (receiver)
 * @param out to write (sender)
 * @param closer closes the whole bytestream
 */
record OpenStream(TransferMethod method, InputStream in, OutputStream out, Closeable closer) {
}
