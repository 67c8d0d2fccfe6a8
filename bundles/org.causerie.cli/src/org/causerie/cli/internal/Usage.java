package org.causerie.cli.internal;

/** The {@code --help} text. */
public final class Usage {

    /** The text printed by {@code --help} and after a command line that cannot be understood. */
    public static final String TEXT = """
            Usage: causerie-cli --jid USER@DOMAIN --password-file FILE [options] COMMAND [arguments]

            Commands:
              send TO-JID TEXT        send one chat message and wait until the server has it
              listen [--count N] [--timeout S]
                                      print each received message as one JSON object per line
              presence MODE [--status TEXT] [--priority N] [--hold S]
                                      MODE: available, chat, away, xa, dnd, invisible;
                                      stays connected S seconds (default: leaves once sent)
              register                create the account in band (XEP-0077)
              plugins ...             list, install, enable, disable, uninstall the workbench's plugins
                                      (no account needed: causerie-cli plugins --help)

            Options:
              --jid USER@DOMAIN       the account (bare JID)
              --password-file FILE    file whose first line is the password (never on the command line)
              --host HOST             server host (default: the JID's domain)
              --port PORT             server port (default: 5222)
              --resource NAME         resource to bind (default: causerie-cli-RANDOM)
              --tls MODE              required (default), if-possible or disabled
              --trust SHA256          trust this server certificate fingerprint (hex, colons allowed)
              --verbose               log connection events on standard error
              --help                  show this text
              --                      ends the options (for a TEXT starting with --)

            Exit codes: 0 done, 1 other error, 2 usage, 3 wrong password, 4 untrusted certificate,
              5 server unreachable, 6 TLS failure, 7 registration refused, 8 listen timed out before --count.
            """;

    private Usage() {
    }
}
