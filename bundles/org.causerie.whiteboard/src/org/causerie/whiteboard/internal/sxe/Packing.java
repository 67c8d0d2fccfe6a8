package org.causerie.whiteboard.internal.sxe;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A snapshot's XML packed for storage: UTF-8, deflated (RFC 1951, zlib's default level),
 * base64 (RFC 4648 §4, no line breaks). Unpacking is bounded: it stops at the most bytes a
 * snapshot may have, so a small hostile item cannot inflate into a huge one.
 */
final class Packing {

    /** What unpacking gave: the XML, or why it was refused. */
    record Unpacked(Optional<String> xml, String refusal) {
    }

    private Packing() {
    }

    /** @return the XML deflated and in base64 */
    static String pack(byte[] utf8) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /**
     * @param base64 the parts' text, in order, joined
     * @param expected the UTF-8 bytes the head says the XML has
     * @param maxBytes the most UTF-8 bytes accepted
     */
    static Unpacked unpack(String base64, long expected, long maxBytes) {
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return refused("not base64: " + e.getMessage());
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 4L * packed.length + 64));
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return refused("the packed snapshot ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    return refused("a snapshot of more than " + maxBytes + " bytes, over the limit");
                }
            }
            if (inflater.getRemaining() > 0) {
                return refused(inflater.getRemaining() + " bytes after the packed snapshot");
            }
            if (out.size() != expected) {
                return refused("the head names " + expected + " bytes, the parts hold " + out.size());
            }
            return new Unpacked(Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString()), "");
        } catch (DataFormatException e) {
            return refused("not deflated data: " + e.getMessage());
        } catch (CharacterCodingException e) {
            return refused("not UTF-8: " + e);
        } finally {
            inflater.end();
        }
    }

    private static Unpacked refused(String why) {
        return new Unpacked(Optional.empty(), why);
    }
}
