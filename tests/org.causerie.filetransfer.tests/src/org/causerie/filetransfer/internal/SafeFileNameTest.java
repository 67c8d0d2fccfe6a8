package org.causerie.filetransfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.causerie.filetransfer.SafeFileName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name policy, on the names a hostile sender would try. */
class SafeFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "report.pdf|report.pdf",
        "../../x|x",
        "/etc/passwd|passwd",
        "..\\..\\Windows\\win.ini|win.ini",
        "C:\\boot.ini|boot.ini",
        "..|file",
        ".|file",
        "''|file",
        ".bashrc|bashrc",
        "name. . .|name",
        "a<b>c:d\"e?g*h|a_b_c_d_e_g_h",
        "CON|_CON",
        "nul.txt|_nul.txt",
        "com1.tar.gz|_com1.tar.gz",
        "Lpt9|_Lpt9",
        "CONSOLE.txt|CONSOLE.txt",
        "été à Paris.jpg|été à Paris.jpg",
    })
    void offeredNamesBecomeSafe(String offered, String safe) {
        assertEquals(safe, SafeFileName.of(offered));
    }

    @Test
    void controlAndBidiCharactersGo() {
        assertEquals("ab[2Jexe.png", SafeFileName.of("a\u0000b\u001b[2J\u202Eexe.png"));
        assertEquals("tab", SafeFileName.of("t\ta\nb\r"));
        assertEquals("x", SafeFileName.of("\u0085x\u009f\u007f"));
        assertEquals("file", SafeFileName.of(null));
    }

    @Test
    void tenThousandCharactersAreCutKeepingTheExtension() {
        String name = SafeFileName.of("a".repeat(10_000) + ".txt");
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, name.length() + "");
        assertTrue(name.endsWith(".txt"));
        String wide = SafeFileName.of("é".repeat(10_000));
        assertTrue(wide.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES);
        assertFalse(wide.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "/abs/path", "..", "sub/../../..", "\u0000", "a/b/c/../../../../d"})
    void resolvedPathsStayDirectChildren(String offered) {
        Path folder = Path.of("/tmp/inbox");
        assertEquals(folder, SafeFileName.resolve(folder, offered).getParent());
    }

    @Test
    void numberedAlternativesKeepTheExtension() {
        assertEquals("a (2).tar", SafeFileName.numbered("a.tar", 2));
        assertEquals("noext (1)", SafeFileName.numbered("noext", 1));
    }
}
