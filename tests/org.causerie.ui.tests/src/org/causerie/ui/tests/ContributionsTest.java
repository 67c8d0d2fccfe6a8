package org.causerie.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.causerie.ui.ContactRef;
import org.causerie.ui.Contributions;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A view tracking roster actions sees them arrive and leave, in order. */
class ContributionsTest {

    private final BundleContext context = FrameworkUtil.getBundle(ContributionsTest.class).getBundleContext();

    @Test
    void actionsArriveAndLeaveInOrder() {
        List<List<String>> seen = new ArrayList<>();
        try (Contributions<RosterActionContribution> actions = Contributions.track(context,
                RosterActionContribution.class, Runnable::run, list -> seen.add(ids(list)))) {
            assertEquals(List.of(), ids(actions.current()));

            ServiceRegistration<RosterActionContribution> buzz = register(new Action("buzz", 20));
            ServiceRegistration<RosterActionContribution> file = register(new Action("file", 10));
            assertEquals(List.of("file", "buzz"), ids(actions.current()));
            assertEquals(List.of("file", "buzz"), seen.get(seen.size() - 1), "the view was told, in order");

            buzz.unregister();
            assertEquals(List.of("file"), ids(actions.current()));
            assertEquals(List.of("file"), seen.get(seen.size() - 1));

            file.unregister();
            assertTrue(actions.current().isEmpty());
        }
    }

    @Test
    void contactRefNamesTheResourceWhenOneIsChosen() {
        assertEquals("bob@x", new ContactRef("a", "bob@x", Optional.empty()).address());
        assertEquals("bob@x/phone", new ContactRef("a", "bob@x", Optional.of("phone")).address());
    }

    private ServiceRegistration<RosterActionContribution> register(RosterActionContribution action) {
        Dictionary<String, Object> properties = new Hashtable<>();
        return context.registerService(RosterActionContribution.class, action, properties);
    }

    private static List<String> ids(List<RosterActionContribution> list) {
        return list.stream().map(RosterActionContribution::id).toList();
    }

    private record Action(String id, int order) implements RosterActionContribution {
        @Override
        public String label() {
            return id;
        }

        @Override
        public boolean appliesTo(ContactRef contact) {
            return true;
        }

        @Override
        public void run(ContactRef contact, Shell shell) {
            // not run by this test
        }
    }
}
