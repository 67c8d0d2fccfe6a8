package org.causerie.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causerie.ui.text.SafeText;
import org.junit.jupiter.api.Test;

/** Hostile and enormous text made safe and bounded. */
class SafeTextTest {

    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\td", SafeText.clean("a\u0000b\u0007c\td"));
        assertEquals("x\uFFFDy", SafeText.clean("x\u009By"), "C1 controls too");
    }

    @Test
    void bidiOverridesAndIsolatesAreDropped() {
        String trojan = "abc\u202Edcba\u202C \u2066x\u2069";
        assertEquals("abcdcba x", SafeText.clean(trojan));
    }

    @Test
    void lineEndsAreNormalised() {
        assertEquals("a\nb\nc\nd\ne", SafeText.clean("a\r\nb\rc\u2028d\u2029e"));
    }

    @Test
    void floodsOfCombiningMarksAreCapped() {
        String zalgo = "e" + "\u0301".repeat(500) + "f";
        String clean = SafeText.clean(zalgo);
        assertEquals("e\u0301\u0301\u0301f", clean);
    }

    @Test
    void longTextIsCutAtTheCharacterBound() {
        SafeText.Clip clip = SafeText.clip("x".repeat(1_000_000), 4000, 40);
        assertTrue(clip.truncated());
        assertEquals(4000, clip.shown().length());
    }

    @Test
    void manyLinesAreCutAtTheLineBound() {
        SafeText.Clip clip = SafeText.clip("line\n".repeat(100), 4000, 40);
        assertTrue(clip.truncated());
        assertEquals(40, clip.shown().split("\n", -1).length);
    }

    @Test
    void shortTextIsNotCut() {
        SafeText.Clip clip = SafeText.clip("hello\nworld", 4000, 40);
        assertFalse(clip.truncated());
        assertEquals("hello\nworld", clip.shown());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String emoji = "\uD83D\uDE00";
        SafeText.Clip clip = SafeText.clip("ab" + emoji.repeat(10), 3, 40);
        assertTrue(clip.truncated());
        assertEquals("ab" + emoji, clip.shown(), "the pair started before the bound is kept whole");
        assertEquals("a\uFFFDb", SafeText.clean("a\uD83Db"), "a lone surrogate is replaced");
    }

    @Test
    void oneLineJoinsLinesAndMarksTheCut() {
        assertEquals("a b", SafeText.oneLine("a\nb", 10));
        assertEquals("abc\u2026", SafeText.oneLine("abcdef", 3));
    }

    @Test
    void hardWrapBoundsEveryLineAndKeepsTheText() {
        String word = "w".repeat(5000);
        String wrapped = SafeText.hardWrap(word, 1000);
        assertTrue(wrapped.lines().allMatch(l -> l.length() <= 1000), "no line over the limit");
        assertEquals(word, wrapped.replace("\n", ""));

        String prose = "lorem ipsum dolor ".repeat(300);
        String wrappedProse = SafeText.hardWrap(prose, 100);
        assertTrue(wrappedProse.lines().allMatch(l -> l.length() <= 100));
        assertEquals(prose.replace(" ", ""), wrappedProse.replace("\n", "").replace(" ", ""),
                "breaks replace spaces or are added, nothing else changes");
        assertTrue(wrappedProse.lines().limit(5).allMatch(l -> !l.startsWith(" ") && l.length() > 75),
                "lines break at a space near the limit");
    }

    @Test
    void hardWrapDoesNotSplitSurrogatePairs() {
        String emoji = "\uD83D\uDE00".repeat(1000);
        String wrapped = SafeText.hardWrap(emoji, 7);
        wrapped.lines().forEach(l -> assertFalse(Character.isLowSurrogate(l.charAt(0)), "line starts mid-pair"));
    }
}
