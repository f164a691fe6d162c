package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import java.util.List;
import java.util.Map;

/** How many innovations a filter holds, in total, per stage and per responsible OPD (most first). */
public record InnovationCounts(long total, Map<InnovationStage, Long> byStage, List<OpdCount> byOpd) {

    public record OpdCount(String regionCode, String opdCode, String opdName, long count) {
    }
}
