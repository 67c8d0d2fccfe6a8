package org.causerie.roster.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.RosterService;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.workbench.Ui;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the roster view's UI tests share: the one workbench of the test run, the
 * sessions a test connected (disconnected after it, the filter emptied), and
 * matchers of rows.
 */
@ExtendWith(RosterWorkbench.class)
abstract class RosterTestBase {

    static Ui ui;
    static Shell window;
    static RosterView view;
    private final List<XmppSession> sessions = new ArrayList<>();

    @BeforeAll
    static void findWorkbench() {
        ui = RosterWorkbench.running().ui();
        window = RosterWorkbench.running().window();
        view = RosterWorkbench.running().view();
    }

    @AfterEach
    void disconnect() {
        Sessions.disconnect(sessions.toArray(XmppSession[]::new));
        sessions.clear();
        ui.run(() -> Ui.named(window, Text.class, WidgetIds.KEY, WidgetIds.FILTER).setText(""));
    }

    /** Connects the user through the workbench's AccountService; disconnected after the test. */
    XmppSession connect(EjabberdServer server, TestAccount user) {
        XmppSession session = Sessions.connect(server, user);
        sessions.add(session);
        return session;
    }

    static RosterService roster() {
        return Services.get(RosterService.class);
    }

    static Predicate<Row> group(String name, int online, int total) {
        return r -> r instanceof GroupRow g && g.name().equals(name) && g.online() == online && g.total() == total;
    }

    static Predicate<Row> contact(String jid, Predicate<Contact> state) {
        return r -> r instanceof ContactRow c && c.contact().jid().equals(jid) && state.test(c.contact());
    }

    static Predicate<Row> inGroup(String jid, String group) {
        return r -> r instanceof ContactRow c && c.contact().jid().equals(jid) && c.group().equals(group);
    }
}
