package org.causerie.cli.internal;

/** One {@code causerie-cli} command. */
interface Command {

    /**
     * @param invocation the options, account and streams
     * @param password the password; cleared by the caller afterwards
     * @return how the process should exit
     * @throws Exception a failure that {@link Failures} turns into a message and an exit code
     */
    ExitCode run(Invocation invocation, char[] password) throws Exception;
}
