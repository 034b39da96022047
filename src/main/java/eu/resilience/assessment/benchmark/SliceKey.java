package eu.resilience.assessment.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A slice of a campaign's population: a sector, a size class and a country, each fixed or open (null). The slice with
 * nothing fixed is the whole campaign.
 */
public record SliceKey(String sector, String size, String country) {

    public static final SliceKey ALL = new SliceKey(null, null, null);

    public static SliceKey sector(String sector) {
        return new SliceKey(sector, null, null);
    }

    public boolean contains(String memberSector, String memberSize, String memberCountry) {
        return (sector == null || sector.equals(memberSector))
                && (size == null || size.equals(memberSize))
                && (country == null || country.equals(memberCountry));
    }

    /** The slice written by {@link #toString()}: sector/size/country, "*" for an open dimension. */
    public static SliceKey parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a slice: " + text);
        }
        return new SliceKey(open(parts[0]), open(parts[1]), open(parts[2]));
    }

    private static String open(String part) {
        return "*".equals(part) ? null : part;
    }

    /** How many dimensions are fixed. */
    public int depth() {
        return (sector == null ? 0 : 1) + (size == null ? 0 : 1) + (country == null ? 0 : 1);
    }

    /** Every slice that contains this one: the keys with some of its fixed dimensions opened. */
    public List<SliceKey> ancestors() {
        List<SliceKey> ancestors = new ArrayList<>();
        for (int mask = 0; mask < 8; mask++) {
            SliceKey candidate = new SliceKey(
                    (mask & 1) != 0 ? null : sector, (mask & 2) != 0 ? null : size, (mask & 4) != 0 ? null : country);
            if (!candidate.equals(this) && !ancestors.contains(candidate)) {
                ancestors.add(candidate);
            }
        }
        return ancestors;
    }

    /** The eight slices a member with this profile belongs to. */
    static List<SliceKey> of(String sector, String size, String country) {
        List<SliceKey> keys = new ArrayList<>(8);
        for (int mask = 0; mask < 8; mask++) {
            keys.add(new SliceKey(
                    (mask & 1) != 0 ? sector : null, (mask & 2) != 0 ? size : null, (mask & 4) != 0 ? country : null));
        }
        return keys;
    }

    /** This slice with one more dimension fixed. */
    SliceKey with(Dimension dimension, String value) {
        return switch (dimension) {
            case SECTOR -> new SliceKey(value, size, country);
            case SIZE -> new SliceKey(sector, value, country);
            case COUNTRY -> new SliceKey(sector, size, value);
        };
    }

    boolean isOpen(Dimension dimension) {
        return switch (dimension) {
            case SECTOR -> sector == null;
            case SIZE -> size == null;
            case COUNTRY -> country == null;
        };
    }

    String value(Dimension dimension) {
        return switch (dimension) {
            case SECTOR -> sector;
            case SIZE -> size;
            case COUNTRY -> country;
        };
    }

    /** The dimensions a slice can be cut by. */
    enum Dimension {
        SECTOR,
        SIZE,
        COUNTRY
    }

    @Override
    public String toString() {
        return Objects.toString(sector, "*") + "/" + Objects.toString(size, "*") + "/" + Objects.toString(country, "*");
    }
}
