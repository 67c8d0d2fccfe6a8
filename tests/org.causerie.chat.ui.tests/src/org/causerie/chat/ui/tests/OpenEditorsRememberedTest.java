package org.causerie.chat.ui.tests;

import java.util.Optional;

import org.causerie.chat.ConversationId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open chat editors are remembered for the next start (instance preferences,
 * read back at start-up): an editor opened is added, one closed is removed.
 */
@ExtendWith(EjabberdExtension.class)
class OpenEditorsRememberedTest extends EditorTestBase {

    private static final String NODE = "org.causerie.chat.ui";
    private static final String KEY = "open.conversations";

    @Test
    void openingAndClosingAnEditorUpdatesWhatIsReopened(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        waitForRemembered(pair.aliceBob, true);

        driver.open(pair.bobAlice, Optional.empty());
        waitForRemembered(pair.bobAlice, true);

        driver.close(pair.aliceBob);
        waitForRemembered(pair.aliceBob, false);
        waitForRemembered(pair.bobAlice, true);
    }

    private static void waitForRemembered(ConversationId id, boolean remembered) {
        String line = id.accountId() + "\t" + id.peer();
        ui.waitFor(id + (remembered ? " remembered" : " forgotten"), () -> {
            String stored = InstanceScope.INSTANCE.getNode(NODE).get(KEY, "");
            return Optional.of(stored.lines().anyMatch(line::equals) == remembered).filter(found -> found);
        });
    }
}
