package org.causerie.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Parses a command line and runs its command; the body of {@link org.causerie.cli.CliMain}. */
public final class Commands {

    private Commands() {
    }

    /**
     * @return the exit code
     */
    public static ExitCode run(AccountService accounts, String[] args, PrintStream out, PrintStream err,
            CountDownLatch stop) {
        if (args.length > 0 && args[0].equals("plugins")) {
            ExitCode code = PluginsCommand.run(Arrays.asList(args).subList(1, args.length), out, err,
                    Commands::platformIds);
            out.flush();
            err.flush();
            return code;
        }
        Options options;
        try {
            options = OptionsParser.parse(args);
        } catch (UsageException e) {
            return usage(e, err);
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            out.flush();
            return ExitCode.OK;
        }
        Account account;
        char[] password = null;
        try {
            Command command = command(options.command().orElseThrow());
            account = account(options);
            password = PasswordFile.read(options.passwordFile());
            Invocation invocation = new Invocation(accounts, options, account, out, err, stop);
            try {
                return command.run(invocation, password);
            } catch (UsageException e) {
                throw e;
            } catch (Exception e) {
                return Failures.report(e, account, err);
            }
        } catch (UsageException e) {
            return usage(e, err);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            out.flush();
            err.flush();
        }
    }

    /** @return the symbolic names of the bundles of this installation */
    private static Set<String> platformIds() {
        Bundle self = FrameworkUtil.getBundle(Commands.class);
        if (self == null || self.getBundleContext() == null) {
            return Set.of();
        }
        return Arrays.stream(self.getBundleContext().getBundles()).map(Bundle::getSymbolicName)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Command command(String name) {
        return switch (name) {
            case "send" -> new SendCommand();
            case "listen" -> new ListenCommand();
            case "presence" -> new PresenceCommand();
            case "register" -> new RegisterCommand();
            default -> throw new IllegalStateException("unchecked command " + name);
        };
    }

    private static Account account(Options options) throws UsageException {
        String jid = options.jid().orElseThrow(() -> new UsageException("--jid is required"));
        try {
            return Account.builder(jid)
                    .id("cli-" + UUID.randomUUID())
                    .host(options.host().orElse(null))
                    .port(options.port().orElse(0))
                    .resource(options.resource().orElse("causerie-cli-" + UUID.randomUUID().toString().substring(0, 8)))
                    .priority(options.priority().orElse(0))
                    .tlsPolicy(options.tls())
                    .pinnedCertificate(options.trust().orElse(null))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static ExitCode usage(UsageException e, PrintStream err) {
        err.println(Failures.PREFIX + e.getMessage()
                + (e.showUsage() ? "" : " (see causerie-cli --help)"));
        if (e.showUsage()) {
            err.println();
            err.print(Usage.TEXT);
        }
        err.flush();
        return ExitCode.USAGE;
    }
}
