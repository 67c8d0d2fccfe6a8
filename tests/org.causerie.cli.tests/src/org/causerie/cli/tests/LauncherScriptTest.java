package org.causerie.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppMessage;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The CLI as a user runs it: {@code bin/causerie-cli} of the built product, a
 * separate JVM, against the harness's ejabberd. Needs the product, which the
 * full build makes before the tests (system property causerie.product.dir).
 */
@ExtendWith(EjabberdExtension.class)
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void productLauncherSendsAMessageThatArrives(EjabberdServer server) throws Exception {
        Path script = productScript();
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        AccountService accounts = accounts();
        Account bobAccount = Account.builder(bob.jid()).host(server.host()).port(server.c2sPort())
                .resource("inbox").pinnedCertificate(server.certificateSha256()).build();
        XmppSession bobSession = accounts.connect(bobAccount, bob.password().toCharArray()).get(30, TimeUnit.SECONDS);
        List<XmppMessage> received = new CopyOnWriteArrayList<>();
        bobSession.addMessageListener(received::add);
        try {
            Path password = dir.resolve("alice.pw");
            Files.writeString(password, alice.password() + "\n");
            Process process = new ProcessBuilder(List.of(script.toString(), "--jid", alice.jid(),
                    "--password-file", password.toString(), "--host", server.host(),
                    "--port", Integer.toString(server.c2sPort()), "--trust", server.certificateSha256(),
                    "send", bob.jid(), "from the launcher script"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the CLI finishes");
            String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, received.size(), () -> "received " + received + "; CLI said: " + output);
            assertEquals("from the launcher script", received.get(0).body());
            assertTrue(received.get(0).from().startsWith(alice.jid() + "/"));
            assertTrue(!output.contains(alice.password()), "the password never appears in the output");
            // every bundle of the product starts cleanly (the Eclipse log goes to the console)
            assertTrue(!java.util.regex.Pattern.compile("!ENTRY \\S+ 4 ").matcher(output).find(),
                    () -> "errors in the product's log: " + output);
        } finally {
            accounts.disconnect(bobAccount.id()).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void productLauncherExplainsAWrongPasswordWithItsExitCode(EjabberdServer server) throws Exception {
        Path script = productScript();
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Path password = dir.resolve("wrong.pw");
        Files.writeString(password, "not-" + alice.password());
        List<String> command = new ArrayList<>(List.of(script.toString(), "--jid", alice.jid(), "--password-file",
                password.toString(), "--host", server.host(), "--port", Integer.toString(server.c2sPort()),
                "--trust", server.certificateSha256(), "send", alice.jid(), "x"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS));
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(3, process.exitValue(), output);
        assertTrue(output.contains("wrong password"), output);
    }

    @Test
    void productLauncherEditsTheWorkbenchPluginStore() throws Exception {
        Path script = productScript();
        Path workspace = dir.resolve("workspace");
        Path jar = dir.resolve("hello.jar");
        var manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.hello");
        manifest.getMainAttributes().putValue("Causerie-Xeps", "0199");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        for (List<String> arguments : List.of(List.of("plugins", "install", jar.toString()), List.of("plugins", "list"))) {
            List<String> command = new ArrayList<>(List.of(script.toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile());
            builder.environment().put("CAUSERIE_DATA", workspace.toString());
            Process process = builder.start();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS));
            String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("org.example.hello\t0.0.0\tenabled\tXEP-0199"), output);
        }
        // the store the workbench of that workspace loads at start (docs/plugins.md)
        assertTrue(Files.isRegularFile(workspace.resolve(
                ".metadata/.plugins/org.causerie.plugins/store/org.example.hello_0.0.0.jar")));
    }

    private static Path productScript() throws IOException {
        String product = System.getProperty("causerie.product.dir", "");
        Path script = Path.of(product.isEmpty() ? "." : product, "bin", "causerie-cli");
        assumeTrue(!product.isEmpty() && Files.isExecutable(script),
                "the product is not built in this run (build the whole reactor): " + script);
        return script;
    }

    private static AccountService accounts() throws InterruptedException {
        var context = FrameworkUtil.getBundle(LauncherScriptTest.class).getBundleContext();
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(context, AccountService.class,
                null);
        tracker.open();
        AccountService service = tracker.waitForService(30_000);
        if (service == null) {
            throw new AssertionError("no AccountService");
        }
        return service;
    }
}
