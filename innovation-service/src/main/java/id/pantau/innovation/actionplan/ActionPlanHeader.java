package id.pantau.innovation.actionplan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each column of an action-plan table is, by its header; and the headers the import does not know. */
public final class ActionPlanHeader {

    private final Map<ActionPlanColumn, Integer> positions;
    private final List<String> ignored;

    private ActionPlanHeader(Map<ActionPlanColumn, Integer> positions, List<String> ignored) {
        this.positions = positions;
        this.ignored = ignored;
    }

    /**
     * @throws id.pantau.defaults.problem.ApiProblem 422 {@code import-columns-missing} naming every required
     *                                               column not found, {@code import-column-twice} for a column
     *                                               given twice
     */
    public static ActionPlanHeader of(List<String> headers) {
        Map<ActionPlanColumn, Integer> positions = new EnumMap<>(ActionPlanColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (ActionPlanColumn.normal(header).isEmpty()) {
                continue;
            }
            Optional<ActionPlanColumn> column = java.util.Arrays.stream(ActionPlanColumn.values())
                    .filter(candidate -> candidate.matches(header)).findFirst();
            if (column.isEmpty()) {
                ignored.add(header.strip());
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw ImportProblems.columnTwice(column.get().header());
            }
        }
        List<String> missing = java.util.Arrays.stream(ActionPlanColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column))
                .map(ActionPlanColumn::header).toList();
        if (!missing.isEmpty()) {
            throw ImportProblems.columnsMissing(missing);
        }
        return new ActionPlanHeader(positions, List.copyOf(ignored));
    }

    /** The row's cell in the column, "" when the table has no such column. */
    public String cell(SheetTable.Row row, ActionPlanColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    public boolean has(ActionPlanColumn column) {
        return positions.containsKey(column);
    }

    /** Headers the import does not read, so the report can say so. */
    public List<String> ignored() {
        return ignored;
    }
}
