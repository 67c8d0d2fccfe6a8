package org.causerie.whiteboard.internal.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;

/**
 * A room without a network: clients edit their boards concurrently, the room
 * orders their elements one at a time (keeping each sender's order, bouncing
 * some), and delivers the log to each client at its own pace. Late joiners get
 * the state from a member, as XEP-0284 §7–§8 says. Seeded: a seed replays exactly.
 */
final class SimulatedRoom {

    record Entry(String sender, String id, List<SxeRecord> records) {
    }

    final class Client {
        final String name;
        BoardModel model;
        final Deque<BoardModel.Outgoing> outbox = new ArrayDeque<>();
        int delivered;
        Joining joining;
        int joinedAt;

        Client(String name, int joinedAt) {
            this.name = name;
            this.joinedAt = joinedAt;
            this.delivered = joinedAt;
            this.model = model(name);
        }
    }

    final List<Entry> log = new ArrayList<>();
    final List<Client> clients = new ArrayList<>();
    final Random random;
    int bounced;
    int rolledBack;
    int refused;
    int joins;

    SimulatedRoom(long seed, int members) {
        random = new Random(seed);
        for (int i = 0; i < members; i++) {
            clients.add(new Client("c" + i, 0));
        }
    }

    private static BoardModel model(String name) {
        int[] counter = {0};
        return new BoardModel(Records.SVG, name, () -> name + "-" + ++counter[0]);
    }

    /** One random thing happens. */
    void step() {
        int dice = random.nextInt(100);
        if (dice < 35) {
            Client c = member();
            if (c.joining == null) {
                c.outbox.addAll(randomEdit(c.model));
            }
        } else if (dice < 60) {
            order();
        } else if (dice < 97) {
            deliver(clients.get(random.nextInt(clients.size())));
        } else if (dice < 98 && clients.size() < 8) {
            Client joiner = new Client("c" + clients.size(), log.size());
            joiner.joining = new Joining(100_000, 1_000_000);
            clients.add(joiner);
            joins++;
        }
    }

    /** Everything still waiting is ordered and delivered. */
    void settle() {
        while (clients.stream().anyMatch(c -> !c.outbox.isEmpty())) {
            order();
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Client c : clients) {
                if (c.delivered < log.size() || c.joining != null) {
                    deliver(c);
                    moved = true;
                }
            }
        }
    }

    private Client member() {
        return clients.get(random.nextInt(clients.size()));
    }

    private void order() {
        List<Client> waiting = clients.stream().filter(c -> !c.outbox.isEmpty()).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Client c = waiting.get(random.nextInt(waiting.size()));
        BoardModel.Outgoing out = c.outbox.removeFirst();
        if (random.nextInt(100) < 3) {
            bounced++;
            rolledBack += c.model.replica().lost(out.id()).rolledBack().size();
        } else {
            log.add(new Entry(c.name, out.id(), out.records()));
        }
    }

    private void deliver(Client c) {
        if (c.joining != null) {
            offerState(c);
            return;
        }
        if (c.delivered >= log.size()) {
            return;
        }
        Entry e = log.get(c.delivered++);
        Replica.Report report = c.model.replica().received(e.sender(), e.id(), e.records(), e.sender().equals(c.name));
        rolledBack += report.rolledBack().size();
        refused += report.refused().size();
    }

    /** The joiner keeps what arrives; a member that has seen its connect sends the state. */
    private void offerState(Client joiner) {
        if (joiner.delivered < log.size() && random.nextBoolean()) {
            Entry e = log.get(joiner.delivered++);
            joiner.joining.keep(new Joining.Kept(e.sender(), e.id(), e.records(), false));
            return;
        }
        // The room relays the state after everything the sender had applied, so the joiner
        // has received those entries first: a member is ready when it is between the two.
        List<Client> ready = clients.stream().filter(c -> c.joining == null && c.delivered >= joiner.joinedAt
                && c.delivered <= joiner.delivered).toList();
        if (ready.isEmpty()) {
            return;
        }
        Client sender = ready.get(random.nextInt(ready.size()));
        joiner.joining.offer(sender.name);
        List<StateItem> items = new ArrayList<>();
        items.add(new StateItem.DocumentBegin(StateWriter.PROLOG));
        items.addAll(sender.model.replica().confirmed(StateWriter::records));
        Optional<Replica.Marker> last = sender.model.replica().lastConfirmed();
        items.add(new StateItem.DocumentEnd(last.map(m -> "room@muc/" + m.sender()).orElse(""),
                last.map(Replica.Marker::id).orElse("")));
        Joining.Done done = joiner.joining.state(sender.name, items).orElseThrow();
        joiner.joining = null;
        refused += joiner.model.replica().history(done.stateSender(), done.state()).refused().size();
        for (Joining.Kept k : done.after()) {
            joiner.model.replica().received(k.sender(), k.id(), k.records(), false);
        }
    }

    private List<BoardModel.Outgoing> randomEdit(BoardModel model) {
        List<Shape> shapes = model.shapes();
        int dice = random.nextInt(100);
        try {
            if (dice < 8) {
                return model.undo();
            }
            if (dice < 12) {
                return model.redo();
            }
            if (shapes.isEmpty() || dice < 40) {
                return model.edit(randomAdd());
            }
            String id = shapes.get(random.nextInt(shapes.size())).id();
            if (dice < 55) {
                return model.edit(new Edit.Move(id, random.nextInt(21) - 10, random.nextInt(21) - 10));
            } else if (dice < 65) {
                return model.edit(new Edit.Resize(id, point(), point()));
            } else if (dice < 78) {
                return model.edit(new Edit.Restyle(id, style()));
            } else if (dice < 88) {
                return model.edit(new Edit.Reorder(id, Edit.ZOrder.values()[random.nextInt(4)]));
            } else if (dice < 99) {
                return model.edit(new Edit.Delete(id));
            }
            return model.edit(new Edit.Clear());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private Edit randomAdd() {
        ShapeKind kind = ShapeKind.values()[random.nextInt(ShapeKind.values().length)];
        return switch (kind) {
            case PATH -> Edit.Add.of(kind, List.of(point(), point(), point(), point()), style());
            case TEXT -> new Edit.Add(kind, List.of(point()), style(), Optional.of("t" + random.nextInt(99)), 12,
                    Optional.empty());
            case IMAGE -> new Edit.Add(kind, List.of(point(), point()), style(), Optional.empty(), 0,
                    Optional.of("data:image/png;base64,iVBORw0KGgo="));
            default -> Edit.Add.of(kind, List.of(point(), point()), style());
        };
    }

    private Point point() {
        return new Point(random.nextInt(1000) / 4.0, random.nextInt(1000) / 4.0);
    }

    private Style style() {
        return new Style(String.format("#%06x", random.nextInt(0x1000000)), random.nextInt(10),
                random.nextBoolean() ? Optional.empty() : Optional.of("#00ff00"), random.nextInt(5) / 4.0);
    }
}
