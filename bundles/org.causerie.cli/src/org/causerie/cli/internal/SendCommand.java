package org.causerie.cli.internal;

/** {@code send TO TEXT}: one chat message, confirmed by the server before leaving. */
final class SendCommand implements Command {

    @Override
    public ExitCode run(Invocation invocation, char[] password) throws Exception {
        var arguments = invocation.options().arguments();
        if (arguments.size() != 2) {
            throw new UsageException("send needs a recipient and one text argument (quote the text), got "
                    + arguments.size() + " arguments");
        }
        String to = arguments.get(0);
        if (to.indexOf('@') < 0 && to.indexOf('.') < 0) {
            throw new UsageException("not a JID: " + to);
        }
        try (TransientSession connected = TransientSession.open(invocation, password)) {
            // leave only once the server has the message (XEP-0198 acknowledgement)
            TransientSession.await(connected.session().sendMessageAcknowledged(to, arguments.get(1)),
                    Invocation.NETWORK_TIMEOUT);
        }
        return ExitCode.OK;
    }
}
