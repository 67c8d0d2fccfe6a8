package org.causerie.whiteboard.internal.sxe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.causerie.whiteboard.internal.doc.StateItem;

/**
 * Cuts a state transfer's items (XEP-0284 §8.4) into {@code <sxe><state/></sxe>} elements
 * and writes each item's XML once, as it is added: an element is cut by the exact UTF-8
 * size of what it will send (escapes and non-ASCII characters included, so a hostile text
 * cannot push a stanza over a server's limit), and Smack's writer sends the text already
 * written instead of writing the element again.
 */
public final class StateElements {

    private static final String END = "</state></sxe>";

    private final String session;
    private final Supplier<String> ids;
    private final int maxItems;
    private final int maxBytes;
    private final Consumer<SxeElement> out;
    private final StringBuilder body = new StringBuilder();
    private List<StateItem> items = new ArrayList<>();
    private long bytes;
    private String id;

    /**
     * @param ids the element ids, one per element
     * @param maxItems items per element, at most
     * @param maxBytes UTF-8 bytes of one element's items, at most (an item larger alone goes alone)
     * @param out where each element goes as soon as it is cut
     */
    public StateElements(String session, Supplier<String> ids, int maxItems, int maxBytes, Consumer<SxeElement> out) {
        this.session = session;
        this.ids = ids;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
        this.out = out;
    }

    /** Adds the next item, handing over the element before it when the item does not fit. */
    public void add(StateItem item) {
        if (id == null) {
            begin();
        }
        int start = body.length();
        int extra = SxeXml.item(body, item); // the non-ASCII characters' extra bytes, counted as written
        long size = body.length() - start + (long) extra;
        if (!items.isEmpty() && (items.size() >= maxItems || bytes + size > maxBytes)) {
            String written = body.substring(start);
            body.setLength(start);
            flush();
            begin();
            body.append(written);
        }
        items.add(item);
        bytes += size;
    }

    /** Starts the next element: its start tag goes first in the text (one copy of it when it is handed over). */
    private void begin() {
        id = ids.get();
        SxeXml.start(body, session, id, Optional.empty());
        body.append("><state>");
    }

    /** Hands over the element being filled, if it holds anything. */
    public void flush() {
        if (items.isEmpty()) {
            return;
        }
        body.append(END);
        out.accept(new SxeElement(session, id, Optional.empty(), new SxePayload.State(items), List.of(),
                body.toString()));
        items = new ArrayList<>();
        body.setLength(0);
        bytes = 0;
        id = null;
    }
}
