package org.causerie.chat.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.ui.text.Emoticon;
import org.causerie.chat.ui.internal.text.RenderedMessage;
import org.causerie.ui.text.EmoticonPainter;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.SpanStyles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The messages of a conversation in a read-only, word-wrapping
 * {@link StyledText}. Each message is a block of text at a known offset, so a
 * change (delivery state, correction) replaces only its block. Bounded: message
 * bodies come cut ({@link org.causerie.ui.text.SafeText}) and only
 * the last {@value #MAX_MESSAGES} messages stay, so the styled text never grows
 * without limit. Clicks on its spans come through its {@link TranscriptPointer}.
 * Display thread only.
 */
final class Transcript {

    /** Messages kept in the widget; older ones are dropped from the top (they stay in the history). */
    static final int MAX_MESSAGES = 1000;
    private static final int DROP_BATCH = 100;

    /** What a click on a span does. */
    interface Actions {
        void openLink(String address);

        void showWhole(ChatMessage message);
    }

    private static final class Block {
        RenderedMessage rendered;
        int start;

        Block(RenderedMessage rendered, int start) {
            this.rendered = rendered;
            this.start = start;
        }

        int end() {
            return start + rendered.text().length();
        }
    }

    private final StyledText text;
    private final EmoticonPainter emoticons;
    private final SpanStyles styles;
    private final Actions actions;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Block> byKey = new HashMap<>();
    private boolean pictures;

    Transcript(Composite parent, Actions actions, boolean pictures) {
        this.actions = actions;
        this.pictures = pictures;
        text = WidgetIds.name(new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                WidgetIds.TRANSCRIPT);
        text.setMargins(6, 4, 6, 4);
        text.setLineSpacing(2);
        text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GC gc = new GC(text);
        FontMetrics metrics = gc.getFontMetrics();
        gc.dispose();
        emoticons = new EmoticonPainter(metrics.getHeight());
        styles = new SpanStyles(parent.getDisplay(), emoticons.size(), metrics.getAscent(),
                metrics.getDescent());
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof Emoticon emoticon) {
                emoticons.paint(e.gc, emoticon, e.x + 1, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        new TranscriptPointer(text, this);
    }

    StyledText control() {
        return text;
    }

    int size() {
        return blocks.size();
    }

    /** Replaces everything with these messages (the history), in one go. */
    void setAll(List<RenderedMessage> messages) {
        blocks.clear();
        byKey.clear();
        List<RenderedMessage> kept = messages.size() > MAX_MESSAGES
                ? messages.subList(messages.size() - MAX_MESSAGES, messages.size()) : messages;
        StringBuilder all = new StringBuilder();
        for (RenderedMessage message : kept) {
            Block block = new Block(message, all.length());
            blocks.add(block);
            byKey.put(message.key(), block);
            all.append(message.text());
        }
        text.setText(all.toString());
        restyle();
        scrollToEnd();
    }

    /**
     * Shows a batch of new and changed messages: known ones (same key) replace
     * their block, new ones are appended together in one change of the widget.
     */
    void show(List<RenderedMessage> messages) {
        // one repaint for the whole batch: measured, a burst of 300 messages stalled the display
        // thread up to ~0.5 s with repaints in between, ~0.13 s without (2 loaded cores)
        text.setRedraw(false);
        try {
            showBatch(messages);
        } finally {
            text.setRedraw(true);
        }
    }

    private void showBatch(List<RenderedMessage> messages) {
        Map<String, RenderedMessage> latest = new LinkedHashMap<>();
        messages.forEach(m -> latest.put(m.key(), m));
        boolean follow = atEnd();
        List<RenderedMessage> added = new ArrayList<>();
        for (RenderedMessage message : latest.values()) {
            Block known = byKey.get(message.key());
            if (known != null) {
                replace(known, message);
            } else {
                added.add(message);
                follow |= message.message().direction() == ChatMessage.Direction.OUT;
            }
        }
        if (!added.isEmpty()) {
            append(added);
        }
        if (follow && !added.isEmpty()) {
            scrollToEnd();
        }
    }

    private void append(List<RenderedMessage> added) {
        int start = text.getCharCount();
        StringBuilder all = new StringBuilder();
        List<StyleRange> ranges = new ArrayList<>();
        for (RenderedMessage message : added) {
            Block block = new Block(message, start + all.length());
            blocks.add(block);
            byKey.put(message.key(), block);
            ranges.addAll(styles.ranges(message.spans(), block.start, pictures));
            all.append(message.text());
        }
        text.replaceTextRange(start, 0, all.toString());
        text.replaceStyleRanges(start, all.length(), ranges.toArray(StyleRange[]::new));
        if (blocks.size() > MAX_MESSAGES + DROP_BATCH) {
            dropOldest(blocks.size() - MAX_MESSAGES);
        }
    }

    private void replace(Block block, RenderedMessage message) {
        int oldLength = block.rendered.text().length();
        int delta = message.text().length() - oldLength;
        text.replaceTextRange(block.start, oldLength, message.text());
        block.rendered = message;
        int index = blocks.indexOf(block);
        for (int i = index + 1; i < blocks.size(); i++) {
            blocks.get(i).start += delta;
        }
        applyStyles(block);
    }

    private void dropOldest(int count) {
        int cut = blocks.get(count).start;
        for (Block gone : blocks.subList(0, count)) {
            byKey.remove(gone.rendered.key());
        }
        blocks.subList(0, count).clear();
        blocks.forEach(b -> b.start -= cut);
        text.replaceTextRange(0, cut, "");
    }

    /** Shows emoticons as pictures or as their text. */
    void setPictures(boolean on) {
        if (pictures != on) {
            pictures = on;
            restyle();
        }
    }

    private void restyle() {
        List<StyleRange> ranges = new ArrayList<>();
        blocks.forEach(b -> ranges.addAll(styles.ranges(b.rendered.spans(), b.start, pictures)));
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    private void applyStyles(Block block) {
        List<StyleRange> ranges = styles.ranges(block.rendered.spans(), block.start, pictures);
        text.replaceStyleRanges(block.start, block.rendered.text().length(), ranges.toArray(StyleRange[]::new));
    }

    /** @return the messages shown that carry payloads (to lay out again when message renderers change) */
    List<ChatMessage> withPayloads() {
        return blocks.stream().map(b -> b.rendered.message()).filter(m -> !m.payloads().isEmpty()).toList();
    }

    /** @return the last message this client sent, the one a correction replaces */
    Optional<ChatMessage> lastOwn() {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            ChatMessage m = blocks.get(i).rendered.message();
            if (m.direction() == ChatMessage.Direction.OUT && !m.carbon()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** @return the message shown at an offset of the text, with the span there if any */
    Optional<RenderedMessage> messageAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start) {
                high = mid - 1;
            } else if (offset >= b.end()) {
                low = mid + 1;
            } else {
                return Optional.of(b.rendered);
            }
        }
        return Optional.empty();
    }

    /** @return the clickable span (link, show-whole action) at an offset of the text */
    Optional<Span> actionAt(int offset) {
        return messageAt(offset).flatMap(m -> {
            int relative = offset - byKey.get(m.key()).start;
            return m.spans().stream().filter(s -> s.kind() == Span.Kind.LINK || s.kind() == Span.Kind.SHOW_WHOLE)
                    .filter(s -> relative >= s.start() && relative < s.end()).findFirst();
        });
    }

    /** Runs the action of the span at an offset, as a click there would. */
    void activate(int offset) {
        actionAt(offset).ifPresent(span -> {
            if (span.kind() == Span.Kind.LINK) {
                actions.openLink(span.value());
            } else {
                messageAt(offset).ifPresent(m -> actions.showWhole(m.message()));
            }
        });
    }

    /** @return the offset of a message's block in the text */
    Optional<Integer> offsetOf(String key) {
        return Optional.ofNullable(byKey.get(key)).map(b -> b.start);
    }

    private boolean atEnd() {
        ScrollBar bar = text.getVerticalBar();
        return bar == null || !bar.isVisible() || bar.getSelection() + bar.getThumb() >= bar.getMaximum() - 4;
    }

    private void scrollToEnd() {
        int lines = text.getLineCount();
        if (lines > 0) {
            text.setTopIndex(lines - 1);
        }
    }
}
