package org.causerie.chat.ui.internal.editor;

import org.causerie.chat.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The transcript's context menu: copy, select all, emoticon pictures on or off, edit the last message. */
final class TranscriptMenu {

    TranscriptMenu(Transcript transcript, InputBox input, EmoticonPreference emoticons) {
        StyledText text = transcript.control();
        Menu menu = new Menu(text);
        MenuItem copy = item(menu, SWT.PUSH, Messages.menu_copy);
        copy.addListener(SWT.Selection, e -> text.copy());
        item(menu, SWT.PUSH, Messages.menu_selectAll).addListener(SWT.Selection, e -> text.selectAll());
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem pictures = item(menu, SWT.CHECK, Messages.menu_emoticonPictures);
        pictures.addListener(SWT.Selection, e -> emoticons.set(pictures.getSelection()));
        item(menu, SWT.PUSH, Messages.menu_editLast).addListener(SWT.Selection, e -> input.startCorrection());
        menu.addListener(SWT.Show, e -> {
            copy.setEnabled(text.getSelectionCount() > 0);
            pictures.setSelection(emoticons.pictures());
        });
        text.setMenu(menu);
    }

    private static MenuItem item(Menu menu, int style, String label) {
        MenuItem item = new MenuItem(menu, style);
        item.setText(label);
        return item;
    }
}
