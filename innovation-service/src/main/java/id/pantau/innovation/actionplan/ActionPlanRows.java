package id.pantau.innovation.actionplan;

import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.Polarity;
import id.pantau.innovation.indicator.NewIndicator;
import id.pantau.innovation.innovation.NewInnovation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the rows of an action-plan table into registrations. A row starts an innovation; a row that leaves
 * "No" empty (or repeats it) and names no other planned innovation continues the one above with another
 * indicator, as merged cells in a spreadsheet do. Cells are read by the Indonesian rules of
 * {@link IndonesianNumber}, {@link IndonesianDuration} and {@link IndonesianDate}; what a cell does not say
 * right is refused with its row and column, and the registration rules judge the rest later.
 */
public final class ActionPlanRows {

    private final ActionPlanHeader header;
    private final String regionCode;
    private final List<OpdLabel> opds;
    private final LocalDate defaultStart;

    /**
     * @param opds         the OPDs of the region, to find the one a cell names
     * @param defaultStart the start of a row without "Tanggal Mulai"
     */
    public ActionPlanRows(ActionPlanHeader header, String regionCode, List<OpdLabel> opds, LocalDate defaultStart) {
        this.header = header;
        this.regionCode = regionCode;
        this.opds = opds;
        this.defaultStart = defaultStart;
    }

    public List<PlanDraft> read(List<SheetTable.Row> rows) {
        List<List<SheetTable.Row>> groups = new ArrayList<>();
        for (SheetTable.Row row : rows) {
            if (!groups.isEmpty() && continues(groups.get(groups.size() - 1).get(0), row)) {
                groups.get(groups.size() - 1).add(row);
            } else {
                groups.add(new ArrayList<>(List.of(row)));
            }
        }
        return groups.stream().map(this::draft).toList();
    }

    private boolean continues(SheetTable.Row first, SheetTable.Row row) {
        String no = cell(row, ActionPlanColumn.NO);
        String planned = cell(row, ActionPlanColumn.PLANNED_INNOVATION);
        return (no.isEmpty() || no.equals(cell(first, ActionPlanColumn.NO)))
                && (planned.isEmpty() || planned.equals(cell(first, ActionPlanColumn.PLANNED_INNOVATION)));
    }

    private PlanDraft draft(List<SheetTable.Row> rows) {
        SheetTable.Row first = rows.get(0);
        int line = first.number();
        List<RowRefusal> refusals = new ArrayList<>();
        String planned = cell(first, ActionPlanColumn.PLANNED_INNOVATION);
        String title = cell(first, ActionPlanColumn.TITLE).isEmpty() ? planned : cell(first, ActionPlanColumn.TITLE);
        String opd = opd(line, ActionPlanColumn.OPD, cell(first, ActionPlanColumn.OPD), refusals);
        List<String> supporting = new ArrayList<>();
        for (String name : cell(first, ActionPlanColumn.SUPPORTING_OPDS).split("[;,\\n]")) {
            if (!name.isBlank()) {
                supporting.add(opd(line, ActionPlanColumn.SUPPORTING_OPDS, name.strip(), refusals));
            }
        }
        InnovationForm form = choice(line, ActionPlanColumn.FORM, first, ActionPlanChoices::form, refusals)
                .orElse(null);
        LocalDate start = date(line, ActionPlanColumn.START_DATE, cell(first, ActionPlanColumn.START_DATE), refusals)
                .orElse(defaultStart);
        PlannedTime targetTime = targetTime(line, cell(first, ActionPlanColumn.TARGET_TIME), refusals);
        List<NewIndicator> indicators = new ArrayList<>();
        for (SheetTable.Row row : rows) {
            indicators.add(indicator(row, refusals));
        }
        List<Integer> numbers = rows.stream().map(SheetTable.Row::number).toList();
        String no = cell(first, ActionPlanColumn.NO);
        if (!refusals.isEmpty()) {
            return new PlanDraft(line, numbers, no, title, null, List.copyOf(refusals));
        }
        NewInnovation innovation = new NewInnovation(regionCode, opd, List.copyOf(supporting), title,
                cell(first, ActionPlanColumn.PROBLEM), planned, form, null, start, targetTime.date(),
                targetTime.duration(), null, null, List.copyOf(indicators));
        return new PlanDraft(line, numbers, no, title, innovation, List.of());
    }

    /**
     * The indicator of a row. Without "Jenis Indikator" its kind follows from its values: baseline and target
     * make a trend, a target alone a bound, neither a milestone; a trend's polarity follows from its direction.
     */
    private NewIndicator indicator(SheetTable.Row row, List<RowRefusal> refusals) {
        int line = row.number();
        String name = cell(row, ActionPlanColumn.INDICATOR);
        if (name.isEmpty()) {
            refusals.add(RowRefusal.of(line, ActionPlanColumn.INDICATOR, "required"));
        }
        BigDecimal baseline = number(line, ActionPlanColumn.BASELINE, row, refusals);
        BigDecimal target = number(line, ActionPlanColumn.TARGET, row, refusals);
        Optional<IndicatorKind> stated = choice(line, ActionPlanColumn.KIND, row, ActionPlanChoices::kind, refusals);
        IndicatorKind kind = stated.orElseGet(() -> baseline != null && target != null ? IndicatorKind.TREND
                : target != null ? IndicatorKind.BOUND : baseline != null ? IndicatorKind.TREND : IndicatorKind.MILESTONE);
        if (kind != IndicatorKind.MILESTONE && target == null && cell(row, ActionPlanColumn.TARGET).isEmpty()) {
            refusals.add(RowRefusal.of(line, ActionPlanColumn.TARGET, "import-target-missing", name));
        }
        Polarity polarity = choice(line, ActionPlanColumn.POLARITY, row, ActionPlanChoices::polarity, refusals)
                .orElseGet(() -> inferredPolarity(kind, baseline, target));
        String unit = cell(row, ActionPlanColumn.UNIT);
        if (unit.isEmpty() && (cell(row, ActionPlanColumn.TARGET).endsWith("%")
                || cell(row, ActionPlanColumn.BASELINE).endsWith("%"))) {
            unit = "%";
        }
        LocalDate deadline = date(line, ActionPlanColumn.DEADLINE, cell(row, ActionPlanColumn.DEADLINE), refusals)
                .orElse(null);
        return new NewIndicator(name, kind, unit.isEmpty() ? null : unit, polarity, baseline, target, deadline,
                choice(line, ActionPlanColumn.FREQUENCY, row, ActionPlanChoices::frequency, refusals).orElse(null),
                choice(line, ActionPlanColumn.AGGREGATION, row, ActionPlanChoices::aggregation, refusals).orElse(null),
                choice(line, ActionPlanColumn.ACHIEVEMENT_FORMULA, row, ActionPlanChoices::achievementFormula,
                        refusals).orElse(null),
                null,
                choice(line, ActionPlanColumn.EVIDENCE_REQUIRED, row, ActionPlanChoices::yesNo, refusals).orElse(null));
    }

    private static Polarity inferredPolarity(IndicatorKind kind, BigDecimal baseline, BigDecimal target) {
        if (kind == IndicatorKind.MILESTONE) {
            return Polarity.HIGHER_IS_BETTER;
        }
        if (kind == IndicatorKind.TREND && baseline != null && target != null && target.compareTo(baseline) != 0) {
            return target.compareTo(baseline) > 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
        }
        return null;
    }

    /** The code of the OPD a cell names by code, name or short name; null (and refused) when none or several. */
    private String opd(int line, ActionPlanColumn column, String text, List<RowRefusal> refusals) {
        if (text.isEmpty()) {
            refusals.add(RowRefusal.of(line, column, "required"));
            return null;
        }
        if (opds.stream().anyMatch(label -> label.code().equals(text))) {
            return text;
        }
        String name = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> codes = opds.stream()
                .filter(label -> name.equals(lower(label.name())) || name.equals(lower(label.shortName())))
                .map(OpdLabel::code).distinct().toList();
        if (codes.size() == 1) {
            return codes.get(0);
        }
        refusals.add(codes.isEmpty() ? RowRefusal.of(line, column, "opd-unknown", text, regionCode)
                : RowRefusal.of(line, column, "import-opd-ambiguous", text, String.join(", ", codes)));
        return null;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static PlannedTime targetTime(int line, String text, List<RowRefusal> refusals) {
        if (text.isEmpty()) {
            refusals.add(RowRefusal.of(line, ActionPlanColumn.TARGET_TIME, "required"));
            return new PlannedTime(null, null);
        }
        Optional<PlannedTime> time = IndonesianDuration.parse(text);
        if (time.isEmpty()) {
            refusals.add(RowRefusal.of(line, ActionPlanColumn.TARGET_TIME, "import-duration-unreadable", text));
        }
        return time.orElse(new PlannedTime(null, null));
    }

    private static Optional<LocalDate> date(int line, ActionPlanColumn column, String text,
                                            List<RowRefusal> refusals) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = IndonesianDate.parse(text);
        if (date.isEmpty()) {
            refusals.add(RowRefusal.of(line, column, "import-date-unreadable", text));
        }
        return date;
    }

    private BigDecimal number(int line, ActionPlanColumn column, SheetTable.Row row, List<RowRefusal> refusals) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> number = IndonesianNumber.parse(text);
        if (number.isEmpty()) {
            refusals.add(RowRefusal.of(line, column, "import-number-unreadable", text));
        }
        return number.orElse(null);
    }

    private <T> Optional<T> choice(int line, ActionPlanColumn column, SheetTable.Row row,
                                   Function<String, Optional<T>> reader, List<RowRefusal> refusals) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = reader.apply(text);
        if (value.isEmpty()) {
            refusals.add(RowRefusal.of(line, column, "import-value-unknown", text));
        }
        return value;
    }

    private String cell(SheetTable.Row row, ActionPlanColumn column) {
        return header.cell(row, column);
    }
}
