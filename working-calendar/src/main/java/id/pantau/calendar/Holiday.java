package id.pantau.calendar;

import java.time.LocalDate;

/** A day off decreed for the whole country: a national holiday or a cuti bersama (collective leave). */
public record Holiday(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** Hari libur nasional. */
        LIBUR_NASIONAL,
        /** Cuti bersama: a working day the government gives off, which public offices observe. */
        CUTI_BERSAMA
    }
}
