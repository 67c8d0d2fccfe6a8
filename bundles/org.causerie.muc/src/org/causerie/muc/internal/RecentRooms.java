package org.causerie.muc.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import org.causerie.muc.JoinRequest;
import org.causerie.muc.RoomId;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;

/**
 * The rooms each account joined lately, most recent first, in a properties file
 * ({@code <account>.<n> = <room JID> <nick>}, n from 0). Passwords are never
 * written. At most {@value #MAX} per account.
 */
final class RecentRooms {

    private static final Logger LOG = System.getLogger(RecentRooms.class.getName());
    static final int MAX = 20;

    private final Path file;
    private final Properties entries = new Properties();

    /**
     * @param instanceLocation the workbench's instance location, if any
     * @return the recent rooms kept in {@code .metadata/.plugins/org.causerie.muc/recent-rooms.properties}
     *         under the instance location, in the bundle's data area without one
     */
    static RecentRooms under(Location instanceLocation, BundleContext context) {
        return new RecentRooms(directory(instanceLocation, context).resolve("recent-rooms.properties"));
    }

    private static Path directory(Location location, BundleContext context) {
        if (location != null && location.getURL() != null) {
            try {
                return Path.of(location.getURL().toURI()).resolve(".metadata/.plugins/org.causerie.muc");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: URL; the bundle's data area then
            }
        }
        return context.getDataFile("").toPath();
    }

    RecentRooms(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "recent rooms not read from " + file, e);
            }
        }
    }

    synchronized List<JoinRequest> list(String accountId) {
        List<JoinRequest> rooms = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String line = entries.getProperty(accountId + "." + i);
            if (line == null) {
                break;
            }
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1) {
                continue;
            }
            try {
                rooms.add(new JoinRequest(new RoomId(accountId, line.substring(0, space)), line.substring(space + 1),
                        Optional.empty(), OptionalInt.empty()));
            } catch (IllegalArgumentException e) {
                // a damaged line is skipped
            }
        }
        return rooms;
    }

    synchronized void joined(RoomId room, String nick) {
        List<JoinRequest> rooms = new ArrayList<>(list(room.accountId()));
        rooms.removeIf(r -> r.room().equals(room));
        rooms.add(0, JoinRequest.of(room, nick));
        for (int i = 0; i < MAX; i++) {
            entries.remove(room.accountId() + "." + i);
        }
        for (int i = 0; i < Math.min(MAX, rooms.size()); i++) {
            entries.setProperty(room.accountId() + "." + i, rooms.get(i).room().room() + " " + rooms.get(i).nick());
        }
        write();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                entries.store(out, "Causerie recent rooms");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "recent rooms not written to " + file, e);
        }
    }
}
