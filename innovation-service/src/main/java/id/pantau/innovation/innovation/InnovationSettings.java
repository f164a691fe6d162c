package id.pantau.innovation.innovation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxIndicators how many success indicators one innovation may have
 * @param maxPlanLength the longest target time accepted, to catch mistyped dates such as 2206-06-30
 */
@ConfigurationProperties("pantau.innovation")
public record InnovationSettings(@DefaultValue("20") int maxIndicators, @DefaultValue("P10Y") Period maxPlanLength) {
}
