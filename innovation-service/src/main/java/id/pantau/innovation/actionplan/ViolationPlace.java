package id.pantau.innovation.actionplan;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the table a field the registration rules refuse was written: {@code indicators[1].target} is the
 * "Target" cell of the innovation's second row, {@code opdCode} its "OPD Penanggung Jawab" cell.
 */
final class ViolationPlace {

    private static final Pattern INDICATOR = Pattern.compile("indicators\\[(\\d+)]\\.?([A-Za-z]*).*");
    private static final Map<String, ActionPlanColumn> INNOVATION_FIELDS = Map.ofEntries(
            Map.entry("regionCode", ActionPlanColumn.OPD), Map.entry("opdCode", ActionPlanColumn.OPD),
            Map.entry("title", ActionPlanColumn.TITLE), Map.entry("problem", ActionPlanColumn.PROBLEM),
            Map.entry("plannedInnovation", ActionPlanColumn.PLANNED_INNOVATION),
            Map.entry("form", ActionPlanColumn.FORM), Map.entry("supportingOpdCodes", ActionPlanColumn.SUPPORTING_OPDS),
            Map.entry("startDate", ActionPlanColumn.START_DATE), Map.entry("targetDate", ActionPlanColumn.TARGET_TIME),
            Map.entry("targetDuration", ActionPlanColumn.TARGET_TIME),
            Map.entry("indicators", ActionPlanColumn.INDICATOR));
    private static final Map<String, ActionPlanColumn> INDICATOR_FIELDS = Map.ofEntries(
            Map.entry("name", ActionPlanColumn.INDICATOR), Map.entry("kind", ActionPlanColumn.KIND),
            Map.entry("unit", ActionPlanColumn.UNIT), Map.entry("polarity", ActionPlanColumn.POLARITY),
            Map.entry("baseline", ActionPlanColumn.BASELINE), Map.entry("target", ActionPlanColumn.TARGET),
            Map.entry("deadline", ActionPlanColumn.DEADLINE), Map.entry("frequency", ActionPlanColumn.FREQUENCY),
            Map.entry("aggregation", ActionPlanColumn.AGGREGATION),
            Map.entry("achievementFormula", ActionPlanColumn.ACHIEVEMENT_FORMULA),
            Map.entry("periodTargets", ActionPlanColumn.TARGET));

    private ViolationPlace() {
    }

    record Place(int row, ActionPlanColumn column) {
    }

    /** @param rows the innovation's rows, one per indicator */
    static Place of(String field, List<Integer> rows) {
        Matcher indicator = INDICATOR.matcher(field);
        if (indicator.matches()) {
            int index = Integer.parseInt(indicator.group(1));
            int row = index < rows.size() ? rows.get(index) : rows.get(0);
            return new Place(row, INDICATOR_FIELDS.getOrDefault(indicator.group(2), ActionPlanColumn.INDICATOR));
        }
        String head = field.replaceAll("[\\[.].*", "");
        return new Place(rows.get(0), INNOVATION_FIELDS.getOrDefault(head, ActionPlanColumn.NO));
    }
}
