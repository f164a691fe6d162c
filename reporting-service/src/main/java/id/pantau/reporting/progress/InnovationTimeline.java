package id.pantau.reporting.progress;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** The time an innovation was given, from its start date to its target date (both days included). */
public record InnovationTimeline(LocalDate start, LocalDate target) {

    public InnovationTimeline {
        if (start == null || target == null) {
            throw new IllegalArgumentException("a timeline needs a start and a target date");
        }
    }

    /** Days from the start to today over days from the start to the target date, in whole percent, 0–100. */
    public int timeUsedPercent(LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, target);
        if (total <= 0) {
            return today.isBefore(target) ? 0 : 100;
        }
        long used = ChronoUnit.DAYS.between(start, today);
        return (int) Math.max(0, Math.min(100, used * 100 / total));
    }

    /**
     * The target time as Indonesian action plans write it: "6 bulan", "1 tahun", "18 bulan", "2 bulan 15 hari".
     * A plan's target date is written either as its last day (1 Jan – 30 Jun) or as the day after (1 Jan – 1 Jul);
     * both read "6 bulan".
     */
    public String targetTimeInWords() {
        Period inclusive = Period.between(start, target.plusDays(1));
        Period exclusive = Period.between(start, target);
        Period length = inclusive.getDays() != 0 && exclusive.getDays() == 0 ? exclusive : inclusive;
        long months = length.toTotalMonths();
        int days = length.getDays();
        if (months <= 0) {
            return Math.max(days, 0) + " hari";
        }
        String words = months % 12 == 0 ? months / 12 + " tahun" : months + " bulan";
        return days == 0 ? words : months + " bulan " + days + " hari";
    }
}
