package org.causerie.pubsub.pep;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A geographical location (XEP-0080), the fields a person sets by hand.
 *
 * @param lat latitude in decimal degrees (WGS84)
 * @param lon longitude in decimal degrees (WGS84)
 * @param accuracy horizontal accuracy in meters
 * @param locality a town or city
 * @param country a country
 * @param text a description
 */
public record GeoLocation(OptionalDouble lat, OptionalDouble lon, OptionalDouble accuracy, Optional<String> locality,
        Optional<String> country, Optional<String> text) {

    public GeoLocation {
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(text, "text");
        if (lat.isPresent() && Math.abs(lat.getAsDouble()) > 90 || lon.isPresent() && Math.abs(lon.getAsDouble()) > 180) {
            throw new IllegalArgumentException("latitude within ±90°, longitude within ±180°");
        }
    }

    /** @return a location given by coordinates only */
    public static GeoLocation at(double lat, double lon) {
        return new GeoLocation(OptionalDouble.of(lat), OptionalDouble.of(lon), OptionalDouble.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
