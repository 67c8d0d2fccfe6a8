package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.Optional;

/**
 * What one entity publishes about itself through personal eventing; a value is
 * empty when nothing was published or it was cleared.
 */
public record ExtendedPresence(Optional<Mood> mood, Optional<Activity> activity, Optional<Tune> tune,
        Optional<GeoLocation> geoloc, Optional<String> nick, Optional<AvatarInfo> avatar) {

    /** Nothing published. */
    public static final ExtendedPresence NONE = new ExtendedPresence(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ExtendedPresence {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(tune, "tune");
        Objects.requireNonNull(geoloc, "geoloc");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(avatar, "avatar");
    }

    /** @return whether nothing is published */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public ExtendedPresence withMood(Optional<Mood> value) {
        return new ExtendedPresence(value, activity, tune, geoloc, nick, avatar);
    }

    public ExtendedPresence withActivity(Optional<Activity> value) {
        return new ExtendedPresence(mood, value, tune, geoloc, nick, avatar);
    }

    public ExtendedPresence withTune(Optional<Tune> value) {
        return new ExtendedPresence(mood, activity, value, geoloc, nick, avatar);
    }

    public ExtendedPresence withGeoloc(Optional<GeoLocation> value) {
        return new ExtendedPresence(mood, activity, tune, value, nick, avatar);
    }

    public ExtendedPresence withNick(Optional<String> value) {
        return new ExtendedPresence(mood, activity, tune, geoloc, value, avatar);
    }

    public ExtendedPresence withAvatar(Optional<AvatarInfo> value) {
        return new ExtendedPresence(mood, activity, tune, geoloc, nick, value);
    }
}
