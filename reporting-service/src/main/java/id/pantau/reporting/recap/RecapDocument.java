package id.pantau.reporting.recap;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.recap.RecapReport.Counts;
import id.pantau.reporting.recap.RecapReport.OpdCounts;
import id.pantau.reporting.recap.RecapReport.StageByForm;
import id.pantau.reporting.report.Labels;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The recap as two tables: per OPD (with a total line), and stage by form. */
final class RecapDocument {

    static final String TITLE = "Rekapitulasi Inovasi Daerah";
    static final String FILE = "rekapitulasi-inovasi";
    static final String TOTAL = "Jumlah";

    static final List<String> FORMULAS = List.of(
            "Dihitung: inovasi yang dimulai paling lambat pada akhir periode (tanpa tanggal mulai: tanggal pendaftaran).",
            "Baru: dimulai di dalam periode; berjalan: dimulai sebelum periode. Tanpa periode: tahun berjalan.",
            "Tahapan adalah tahapan terkini (inisiatif, uji coba, penerapan, dihentikan).");

    private RecapDocument() {
    }

    static ReportDocument of(RecapReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<Column> perOpd = new ArrayList<>(List.of(new Column("No", CellType.INTEGER), new Column("OPD", CellType.TEXT)));
        for (InnovationStage stage : InnovationStage.values()) {
            perOpd.add(new Column(Labels.of(stage), CellType.INTEGER));
        }
        for (InnovationForm form : InnovationForm.values()) {
            perOpd.add(new Column(Labels.of(form), CellType.INTEGER));
        }
        perOpd.addAll(List.of(new Column("Baru", CellType.INTEGER), new Column("Berjalan", CellType.INTEGER),
                new Column(TOTAL, CellType.INTEGER)));
        List<List<Object>> opdRows = new ArrayList<>();
        for (OpdCounts opd : report.opds()) {
            opdRows.add(line(opd.no(), opd.opdName(), opd.counts()));
        }
        opdRows.add(line(null, TOTAL, report.total()));

        List<Column> crossed = new ArrayList<>(List.of(new Column("Tahapan", CellType.TEXT)));
        for (InnovationForm form : InnovationForm.values()) {
            crossed.add(new Column(Labels.of(form), CellType.INTEGER));
        }
        crossed.add(new Column(TOTAL, CellType.INTEGER));
        List<List<Object>> stageRows = new ArrayList<>();
        for (StageByForm stage : report.stageByForm()) {
            List<Object> row = new ArrayList<>(Arrays.asList(Labels.of(stage.stage())));
            row.addAll(stage.byForm().values());
            row.add(stage.total());
            stageRows.add(row);
        }
        List<Object> totals = new ArrayList<>(Arrays.asList(TOTAL));
        totals.addAll(report.total().byForm().values());
        totals.add(report.total().total());
        stageRows.add(totals);

        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                report.period().label(), report.generatedAt(), zone,
                List.of(new Section("Per OPD", perOpd, opdRows), new Section("Tahapan x Bentuk", crossed, stageRows)),
                FORMULAS);
    }

    private static List<Object> line(Integer no, String opd, Counts counts) {
        List<Object> line = new ArrayList<>(Arrays.asList(no, opd));
        line.addAll(counts.byStage().values());
        line.addAll(counts.byForm().values());
        line.addAll(List.of(counts.newInnovations(), counts.ongoing(), counts.total()));
        return line;
    }
}
