package org.causerie.example.attention;

/** Told about each buzz received, on a session's delivery thread (must not block). */
@FunctionalInterface
public interface BuzzListener {

    void buzzed(Buzz buzz);
}
