package org.causerie.bench.muc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jxmpp.jid.impl.JidCreate;

/**
 * The occupants' JVM (started by {@link Occupants}): makes the room with
 * {@link RoomSetup}, prints {@code READY <occupants seen by the owner>}, keeps the
 * sessions until its standard input closes, then disconnects them and exits.
 */
public final class OccupantsMain {

    private OccupantsMain() {
    }

    /** @param args the set-up file written by {@link Occupants} */
    public static void main(String[] args) throws Exception {
        Properties setup = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            setup.load(in);
        }
        RoomSetup.Server server = new RoomSetup.Server(setup.getProperty("host"),
                Integer.parseInt(setup.getProperty("port")), setup.getProperty("domain"));
        List<RoomSetup.Login> logins = new ArrayList<>();
        for (int i = 0; setup.containsKey("user." + i); i++) {
            logins.add(new RoomSetup.Login(setup.getProperty("user." + i), setup.getProperty("password." + i)));
        }
        try (RoomSetup room = RoomSetup.create(server, JidCreate.entityBareFrom(setup.getProperty("room")), logins,
                Integer.parseInt(setup.getProperty("messages")))) {
            System.out.println("READY " + room.occupantsSeenByOwner(logins.size()));
            System.out.flush();
            waitForEndOfInput();
        }
        System.exit(0);
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() != -1) {
            // the benchmark closes our input when it is done
        }
    }
}
