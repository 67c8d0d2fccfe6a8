package org.causerie.cli.internal;

/** {@code register}: creates the account in band (XEP-0077) with the password file's password. */
final class RegisterCommand implements Command {

    @Override
    public ExitCode run(Invocation invocation, char[] password) throws Exception {
        if (!invocation.options().arguments().isEmpty()) {
            throw new UsageException("register takes no arguments");
        }
        TransientSession.await(invocation.accounts().register(invocation.account(), password),
                Invocation.NETWORK_TIMEOUT);
        return ExitCode.OK;
    }
}
