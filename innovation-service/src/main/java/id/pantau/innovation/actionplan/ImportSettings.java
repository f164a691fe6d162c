package id.pantau.innovation.actionplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest action-plan file accepted (413 above it)
 * @param maxRows     the most data rows one file may hold (422 above it): an import answers in one request
 */
@ConfigurationProperties("pantau.innovation.import")
public record ImportSettings(@DefaultValue("1MB") DataSize maxFileSize, @DefaultValue("500") int maxRows) {
}
