package org.causerie.pubsub.internal.pep;

import static org.causerie.pubsub.internal.Payloads.escape;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.Tune;

/** Writes the personal eventing payloads; an empty value is the empty element that clears it. */
final class PepWriter {

    /** An XML element name made of the letters, digits and underscores the XEPs' value lists use. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private PepWriter() {
    }

    /** XEP-0107 §2.1. */
    static String mood(Optional<Mood> mood) {
        StringBuilder xml = new StringBuilder("<mood xmlns='").append(PepNodes.MOOD).append("'>");
        mood.ifPresent(m -> {
            xml.append('<').append(name(m.value(), "mood")).append("/>");
            m.text().filter(t -> !t.isBlank()).ifPresent(t -> xml.append("<text>").append(escape(t)).append("</text>"));
        });
        return xml.append("</mood>").toString();
    }

    /** XEP-0108 §2.1. */
    static String activity(Optional<Activity> activity) {
        StringBuilder xml = new StringBuilder("<activity xmlns='").append(PepNodes.ACTIVITY).append("'>");
        activity.ifPresent(a -> {
            String general = name(a.general(), "activity");
            xml.append('<').append(general);
            if (a.specific().isPresent()) {
                xml.append("><").append(name(a.specific().get(), "activity")).append("/></").append(general).append('>');
            } else {
                xml.append("/>");
            }
            a.text().filter(t -> !t.isBlank()).ifPresent(t -> xml.append("<text>").append(escape(t)).append("</text>"));
        });
        return xml.append("</activity>").toString();
    }

    /** XEP-0118 §2.1. */
    static String tune(Optional<Tune> tune) {
        StringBuilder xml = new StringBuilder("<tune xmlns='").append(PepNodes.TUNE).append("'>");
        tune.ifPresent(t -> {
            child(xml, "artist", t.artist());
            if (t.length().isPresent()) {
                child(xml, "length", Optional.of(Integer.toString(t.length().getAsInt())));
            }
            child(xml, "source", t.source());
            child(xml, "title", t.title());
            child(xml, "uri", t.uri());
        });
        return xml.append("</tune>").toString();
    }

    /** XEP-0080 §4. */
    static String geoloc(Optional<GeoLocation> location) {
        StringBuilder xml = new StringBuilder("<geoloc xmlns='").append(PepNodes.GEOLOC).append("'>");
        location.ifPresent(g -> {
            number(xml, "accuracy", g.accuracy());
            child(xml, "country", g.country());
            number(xml, "lat", g.lat());
            child(xml, "locality", g.locality());
            number(xml, "lon", g.lon());
            child(xml, "text", g.text());
        });
        return xml.append("</geoloc>").toString();
    }

    /** XEP-0172 §4: an empty nick element clears it. */
    static String nick(Optional<String> nick) {
        return "<nick xmlns='" + PepNodes.NICK + "'>" + nick.map(String::strip).map(PepWriter::escapeText).orElse("")
                + "</nick>";
    }

    private static String escapeText(String text) {
        return escape(text);
    }

    private static void child(StringBuilder xml, String name, Optional<String> value) {
        value.filter(v -> !v.isBlank())
                .ifPresent(v -> xml.append('<').append(name).append('>').append(escape(v)).append("</").append(name)
                        .append('>'));
    }

    private static void number(StringBuilder xml, String name, OptionalDouble value) {
        if (value.isPresent()) {
            child(xml, name, Optional.of(Double.toString(value.getAsDouble())));
        }
    }

    private static String name(String value, String what) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(v).matches()) {
            throw new IllegalArgumentException("not a " + what + " value: " + value);
        }
        return v;
    }
}
