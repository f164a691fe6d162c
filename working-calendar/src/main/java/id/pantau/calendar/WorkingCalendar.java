package id.pantau.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Indonesian working days for public offices: Monday to Friday, except national holidays and cuti bersama.
 * The days off come from one data file per year ({@code holidays/<year>.csv}, transcribed from that year's
 * SKB of the Ministers of Religious Affairs, Manpower and PANRB), so a new year is a new file, not new code.
 * A year without a file counts weekends only: {@link #covers(int)} tells which years are known.
 */
public final class WorkingCalendar {

    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2100;
    private static final WorkingCalendar INDONESIA = load();

    private final Map<LocalDate, Holiday> holidays;
    private final Set<Integer> years;

    public WorkingCalendar(Collection<Holiday> holidays) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        Set<Integer> covered = new TreeSet<>();
        for (Holiday holiday : holidays) {
            byDate.put(holiday.date(), holiday);
            covered.add(holiday.date().getYear());
        }
        this.holidays = Map.copyOf(byDate);
        this.years = Set.copyOf(covered);
    }

    /** The calendar of every year whose data file ships with this module. */
    public static WorkingCalendar indonesia() {
        return INDONESIA;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The {@code days}-th working day after {@code start} ({@code start} itself never counts); 0 is {@code start}. */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when to is not after from. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int days = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    private static WorkingCalendar load() {
        Collection<Holiday> holidays = new java.util.ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            InputStream in = WorkingCalendar.class.getResourceAsStream("holidays/" + year + ".csv");
            if (in != null) {
                holidays.addAll(read(Year.of(year), in));
            }
        }
        return new WorkingCalendar(holidays);
    }

    private static Collection<Holiday> read(Year year, InputStream in) {
        Collection<Holiday> holidays = new java.util.ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", 3);
                Holiday holiday = new Holiday(LocalDate.parse(fields[0]), Holiday.Kind.valueOf(fields[1]), fields[2]);
                if (holiday.date().getYear() != year.getValue()) {
                    throw new IllegalStateException("holidays/" + year + ".csv lists a day of another year: " + line);
                }
                holidays.add(holiday);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holidays;
    }
}
