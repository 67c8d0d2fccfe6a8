package org.causerie.whiteboard.ui.internal.editor;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.WidgetIds;
import org.causerie.whiteboard.ui.internal.canvas.Tool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The editor's palette: one radio item per tool, the colour and the width of what
 * is drawn next, and the board's commands (zoom, undo, redo, export, import), which
 * the editor wires. Display thread only.
 */
public final class Palette {

    /** {@link ToolItem#getData(String)} of the tool items: the {@link Tool}; of command items: their name. */
    public static final String KEY = "org.causerie.whiteboard.palette";

    private static final double[] WIDTHS = {1, 2, 4, 8, 16};

    private final Composite row;
    private final ToolBar tools;
    private ToolBar commands;
    private final Combo colours;
    private final Combo widths;
    private final Map<Tool, ToolItem> toolItems = new EnumMap<>(Tool.class);
    private final Map<String, String> colourValues = new LinkedHashMap<>();
    private Tool tool = Tool.PEN;
    private String otherColour = "#000000";
    private Runnable styleChanged = () -> { };

    Palette(Composite parent) {
        row = WidgetIds.name(new Composite(parent, SWT.NONE), WidgetIds.PALETTE);
        row.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        tools = new ToolBar(row, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        for (Tool t : Tool.values()) {
            ToolItem item = new ToolItem(tools, SWT.RADIO);
            item.setText(label(t));
            item.setData(KEY, t);
            item.setSelection(t == tool);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    tool = t;
                }
            });
            toolItems.put(t, item);
        }
        new Label(row, SWT.NONE).setText(Messages.colour);
        colourValues.put(Messages.colour_black, "#000000");
        colourValues.put(Messages.colour_red, "#d32f2f");
        colourValues.put(Messages.colour_green, "#388e3c");
        colourValues.put(Messages.colour_blue, "#1976d2");
        colourValues.put(Messages.colour_orange, "#f57c00");
        colours = new Combo(row, SWT.READ_ONLY);
        colourValues.keySet().forEach(colours::add);
        colours.add(Messages.colour_other);
        colours.select(0);
        colours.addListener(SWT.Selection, e -> {
            if (colours.getSelectionIndex() == colourValues.size()) {
                pickOther();
            }
            styleChanged.run();
        });
        new Label(row, SWT.NONE).setText(Messages.width);
        widths = new Combo(row, SWT.READ_ONLY);
        for (double w : WIDTHS) {
            widths.add(Integer.toString((int) w));
        }
        widths.select(1);
        widths.addListener(SWT.Selection, e -> styleChanged.run());
        group();
    }

    private void pickOther() {
        ColorDialog dialog = new ColorDialog(row.getShell());
        RGB rgb = dialog.open();
        if (rgb != null) {
            otherColour = String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
        }
    }

    /** Starts a new group of commands: a tool bar of its own, which the row wraps as a whole. */
    void group() {
        commands = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
    }

    /** Adds a command to the palette, in the current group. */
    ToolItem command(String name, String label, Runnable action) {
        ToolItem item = new ToolItem(commands, SWT.PUSH);
        item.setText(label);
        item.setData(KEY, name);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** Runs the action when the user picks another colour or width (the editor restyles the selection). */
    void onStyleChange(Runnable action) {
        styleChanged = action;
    }

    /** Picks a colour of the list (its index) or a width, as the user does; tells the editor. */
    public void pick(int colourIndex, double width) {
        colours.select(colourIndex);
        for (int i = 0; i < WIDTHS.length; i++) {
            if (WIDTHS[i] == width) {
                widths.select(i);
            }
        }
        styleChanged.run();
    }

    Composite control() {
        return row;
    }

    /** @return the tool chosen */
    public Tool tool() {
        return tool;
    }

    /** Chooses a tool, as a click on its item does. */
    public void choose(Tool next) {
        tool = next;
        toolItems.forEach((t, item) -> item.setSelection(t == next));
    }

    /** @return how the next shape is drawn */
    public Style style() {
        int index = colours.getSelectionIndex();
        String colour = index >= 0 && index < colourValues.size()
                ? colourValues.values().stream().skip(index).findFirst().orElseThrow() : otherColour;
        double width = WIDTHS[Math.max(0, widths.getSelectionIndex())];
        return new Style(colour, width, Optional.empty(), 1);
    }

    private static String label(Tool t) {
        return switch (t) {
            case PEN -> Messages.tool_PEN;
            case LINE -> Messages.tool_LINE;
            case ARROW -> Messages.tool_ARROW;
            case RECTANGLE -> Messages.tool_RECTANGLE;
            case ELLIPSE -> Messages.tool_ELLIPSE;
            case TEXT -> Messages.tool_TEXT;
            case SELECT -> Messages.tool_SELECT;
            case ERASER -> Messages.tool_ERASER;
        };
    }
}
