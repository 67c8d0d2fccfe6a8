package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.core.spi.SmackSession;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.WhiteboardException;
import org.causerie.whiteboard.WhiteboardInvitation;
import org.causerie.whiteboard.internal.sxe.JingleSxe;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.jingle.element.Jingle;
import org.jivesoftware.smackx.jingle.element.JingleAction;
import org.jivesoftware.smackx.jingle.element.JingleReason;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * One-to-one sessions negotiated with Jingle (XEP-0284 §4): invitations out and
 * in, accept and decline. Handles the session's Jingle requests; a Jingle
 * request that is not about SXE goes to the handler that was there before (it
 * is put back when this bundle stops), or is answered feature-not-implemented.
 */
final class JingleSessions {

    private static final Logger LOG = System.getLogger(JingleSessions.class.getName());

    private record Outgoing(String peer, CompletableFuture<BoardSnapshot> result) {
    }

    private final AccountBoards boards;
    private final SmackSession session;
    private final Notifier notifier;
    private final Map<String, Outgoing> invited = new ConcurrentHashMap<>();
    private final Map<String, WhiteboardInvitation> invitations = new ConcurrentHashMap<>();
    private final IQRequestHandler handler = new AbstractIqRequestHandler(Jingle.ELEMENT, Jingle.NAMESPACE,
            IQ.Type.set, IQRequestHandler.Mode.sync) {
        @Override
        public IQ handleIQRequest(IQ request) {
            return JingleSessions.this.handle(request);
        }
    };
    private IQRequestHandler previous;

    JingleSessions(AccountBoards boards, SmackSession session, Notifier notifier) {
        this.boards = boards;
        this.session = session;
        this.notifier = notifier;
    }

    synchronized void start() {
        previous = session.connection().registerIQRequestHandler(handler);
    }

    synchronized void stop() {
        session.connection().unregisterIQRequestHandler(handler);
        if (previous != null) {
            session.connection().registerIQRequestHandler(previous);
        }
        invited.values().forEach(o -> o.result().completeExceptionally(new WhiteboardException("the account went away")));
        invited.clear();
    }

    List<WhiteboardInvitation> invitations() {
        return List.copyOf(invitations.values());
    }

    CompletableFuture<BoardSnapshot> invite(String peer) {
        String sid = Board.newId();
        CompletableFuture<BoardSnapshot> result = new CompletableFuture<>();
        invited.put(sid, new Outgoing(peer, result));
        try {
            FullJid self = JidCreate.fullFrom(session.boundJid());
            session.send(JingleSxe.request(Jingle.builder(session.connection()), JingleAction.session_initiate,
                    JidCreate.from(peer), self, Optional.empty(), sid, self.toString()));
        } catch (Exception e) {
            invited.remove(sid);
            result.completeExceptionally(new WhiteboardException("cannot invite " + peer, e));
        }
        return result;
    }

    CompletableFuture<BoardSnapshot> accept(WhiteboardInvitation invitation) {
        if (invitations.remove(invitation.session()) == null) {
            return CompletableFuture.failedFuture(new WhiteboardException("no such invitation"));
        }
        try {
            FullJid host = JidCreate.fullFrom(invitation.from());
            session.send(JingleSxe.request(Jingle.builder(session.connection()), JingleAction.session_accept, host,
                    host, Optional.of(JidCreate.fullFrom(session.boundJid())), invitation.session(), host.toString()));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new WhiteboardException("cannot accept", e));
        }
        return boards.openDirect(invitation.from(), invitation.session(), false);
    }

    CompletableFuture<Void> decline(WhiteboardInvitation invitation) {
        invitations.remove(invitation.session());
        return terminate(invitation.from(), invitation.from(), invitation.session(), JingleReason.Reason.decline);
    }

    /** Ends a one-to-one session we take part in (reason success). */
    CompletableFuture<Void> end(BoardId board, boolean host) {
        return terminate(board.peer(), host ? session.boundJid() : board.peer(), board.session(),
                JingleReason.Reason.success);
    }

    private CompletableFuture<Void> terminate(String to, String initiator, String sid, JingleReason.Reason reason) {
        try {
            session.send(JingleSxe.terminate(Jingle.builder(session.connection()), JidCreate.from(to),
                    JidCreate.fullFrom(initiator), sid, reason));
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new WhiteboardException("cannot send to " + to, e));
        }
    }

    private IQ handle(IQ request) {
        if (!(request instanceof Jingle jingle) || request.getFrom() == null) {
            return delegate(request);
        }
        String from = request.getFrom().toString();
        Optional<JingleSxe.Offer> offer = JingleSxe.read(jingle);
        JingleAction action = jingle.getAction();
        if (action == JingleAction.session_initiate && offer.isPresent()) {
            WhiteboardInvitation invitation = new WhiteboardInvitation(boards.accountId(), from, jingle.getSid());
            invitations.put(jingle.getSid(), invitation);
            notifier.post(l -> l.invitationReceived(invitation));
            return IQ.createResultIQ(request);
        }
        Outgoing ours = invited.get(jingle.getSid());
        if (action == JingleAction.session_accept && ours != null && offer.isPresent()) {
            invited.remove(jingle.getSid());
            // The responder's full JID is the session's other party from now on.
            boards.openDirect(from, jingle.getSid(), true).whenComplete((s, e) -> {
                if (e != null) {
                    ours.result().completeExceptionally(e);
                } else {
                    ours.result().complete(s);
                }
            });
            return IQ.createResultIQ(request);
        }
        if (action == JingleAction.session_terminate) {
            String reason = jingle.getReason() == null ? "ended" : jingle.getReason().asEnum().toString();
            if (ours != null) {
                invited.remove(jingle.getSid());
                ours.result().completeExceptionally(new WhiteboardException(ours.peer() + " declined (" + reason + ")"));
                return IQ.createResultIQ(request);
            }
            if (invitations.remove(jingle.getSid()) != null
                    || boards.board(new BoardId(boards.accountId(), BoardId.Kind.DIRECT, from, jingle.getSid()))
                            .isPresent()) {
                boards.close(new BoardId(boards.accountId(), BoardId.Kind.DIRECT, from, jingle.getSid()),
                        "the other party ended the session (" + reason + ")");
                return IQ.createResultIQ(request);
            }
        }
        return delegate(request);
    }

    private IQ delegate(IQ request) {
        IQRequestHandler before = previous;
        if (before != null) {
            return before.handleIQRequest(request);
        }
        LOG.log(Level.DEBUG, () -> "a Jingle request that is not about SXE from " + request.getFrom());
        return IQ.createErrorResponse(request, StanzaError.Condition.feature_not_implemented);
    }
}
